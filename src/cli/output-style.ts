/** Whether the CLI's output gets colour. */
import { COLOR, PLAIN, type Style } from '../render/terminal/style.js'
import type { Output } from './io.js'

/** Colour on a terminal, unless NO_COLOR is set (no-color.org); FORCE_COLOR forces it. */
export function styleFor(output: Output, env: Readonly<Record<string, string | undefined>>): Style {
  if (env['NO_COLOR']) return PLAIN
  if (env['FORCE_COLOR'] && env['FORCE_COLOR'] !== '0') return COLOR
  return output.isTTY ? COLOR : PLAIN
}
