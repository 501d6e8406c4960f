/**
 * Which of GFM's literal autolinks (`name@domain.tld`, `www.…`, `http://…`) a Markdown
 * text may hold: the parser tries only those constructs, and the plain reader takes only
 * texts with none.
 */

/** Which literal autolinks a text may hold, so which constructs its parse must try. */
export interface LiteralLinks {
  /** `name@domain.tld` */
  readonly emails: boolean
  /** `www.…`, `http://…`, `https://…` */
  readonly urls: boolean
}

/**
 * Literal autolinks cost much where there are none: micromark tries an email link at
 * every letter that may start a word, and mdast's literal-link pass walks the tree four
 * times. An email link needs an `@` with a dot after its domain's first word, a URL
 * `www.` or `http:`/`https:`, and the pass, which reads decoded text, may also find one
 * spelt with character references (`&commat;`, `&#64;`). A text is parsed with only the
 * constructs it may need, which gives the same tree (a property test checks it): a page
 * of `@handles` skips the email tokenizer, one of linked URLs still skips it.
 */
export function literalLinksIn(text: string): LiteralLinks {
  const references = /&#?\w+;/.test(text)
  return { emails: references || /@[-\w]*\./.test(text), urls: references || /www\.|https?:/i.test(text) }
}

/** A link's destination, `](url)`: no literal link, whatever it holds. */
const LINK_DESTINATION = /\]\([^()\s]*\)/g

/**
 * Whether a text may hold no literal link outside link destinations (for a reader that
 * reads only links it can read whole, so that every `](url)` it accepts is one).
 */
export function holdsNoLiteralLinkText(text: string): boolean {
  const links = literalLinksIn(text.includes('](') ? text.replace(LINK_DESTINATION, ']') : text)
  return !links.emails && !links.urls
}
