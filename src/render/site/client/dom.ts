/**
 * Building the page's elements. Text goes in as text nodes and attributes through
 * `setAttribute` with names written here, never as markup: nothing from the notes is
 * ever parsed as HTML or SVG. Links are made only for http(s) addresses.
 */
import { stripEnd } from '../../../text/strip-chars.js'

/** An attribute value; `false` and `null` leave the attribute out. */
export type AttributeValue = string | number | boolean | null

/** A child: an element, or text. */
export type Child = Node | string | null | false

const SVG = 'http://www.w3.org/2000/svg'

function fill(element: Element, attributes: Readonly<Record<string, AttributeValue>>, children: readonly Child[]): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children) {
    if (child === null || child === false) continue
    element.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
}

/** An HTML element. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  fill(element, attributes, children)
  return element
}

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, AttributeValue>> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag) as SVGElementTagNameMap[K]
  fill(element, attributes, children)
  return element
}

/** The address as a link target if it is http or https; otherwise `null`. */
export function safeHref(address: string): string | null {
  try {
    const url = new URL(address)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Text with its http(s) addresses as links (opened in a new tab, without the opener). */
export function linkified(text: string): Node[] {
  const out: Node[] = []
  let at = 0
  for (const match of text.matchAll(/https?:\/\/[^\s<>"'()]+/g)) {
    // Trailing punctuation is the sentence's, not the address's.
    const address = stripEnd(match[0], '.,;:!?')
    const href = safeHref(address)
    if (href === null) continue
    const index = match.index ?? 0
    if (index > at) out.push(document.createTextNode(text.slice(at, index)))
    out.push(h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, address))
    at = index + address.length
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)))
  return out
}

/** Removes every child of `element`. */
export function clear(element: Element): void {
  element.replaceChildren()
}

/** Sizes an SVG to `width` × `height` user units, shown at that size. */
export function sizeSvg(svg: SVGSVGElement, width: number, height: number): void {
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`)
  svg.setAttribute('width', String(width))
  svg.setAttribute('height', String(height))
}

/** An arrowhead marker with `id`; `critical` ones take the critical path's colour. */
export function arrowMarker(id: string, critical: boolean, orient = 'auto'): SVGMarkerElement {
  return s(
    'marker',
    { id, viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient },
    s('path', { d: 'M0,0 L8,4 L0,8 z', class: critical ? 'arrow-head critical' : 'arrow-head' }),
  )
}
