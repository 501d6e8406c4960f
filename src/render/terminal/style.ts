/**
 * Terminal styles. Colour is decided by the CLI (a TTY, and no `NO_COLOR`); renderers
 * only ask for a style, so their output is plain text in tests and pipes.
 */
import { showControls } from '../control-characters.js'

/** Wraps text in a style. */
export type Paint = (text: string) => string

/** The styles renderers use. */
export interface Style {
  readonly red: Paint
  readonly yellow: Paint
  readonly blue: Paint
  readonly green: Paint
  readonly dim: Paint
  readonly bold: Paint
  readonly underline: Paint
}

const ansi =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`

/** ANSI colours. */
export const COLOR: Style = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  blue: ansi(34, 39),
  green: ansi(32, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  underline: ansi(4, 24),
}

const plain: Paint = (text) => text

/** No styling. */
export const PLAIN: Style = { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain, underline: plain }

/**
 * Shows control characters in untrusted text as `\uXXXX` escapes: ANSI escape sequences
 * could restyle or move the cursor, and bidirectional overrides could reorder what a
 * reader sees ("Trojan Source").
 */
export const sanitizeForTerminal: (text: string) => string = showControls
