/**
 * Building the page's elements. Text goes in as text nodes and attributes through
 * `setAttribute` with names written here, never as markup: nothing from the notes is
 * ever parsed as HTML or SVG. Links are made only for http(s) addresses.
 */

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
    const address = match[0].replace(/[.,;:!?]+$/, '')
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

/** A share as a whole percentage, `<1%` and `>99%` at the ends. */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%'
  if (share < 1 && share >= 0.995) return '>99%'
  return `${Math.round(share * 100)}%`
}
