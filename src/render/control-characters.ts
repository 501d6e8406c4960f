/**
 * Characters in untrusted text that change how other text looks without being seen:
 * bidirectional formatting characters reorder what a reader sees ("Trojan Source":
 * U+202E turns `txt.exe` into `exe.txt`), and control characters restyle a terminal. Every
 * output shows them as visible `\uXXXX` text instead, then escapes for its format.
 */

/** Bidirectional formatting: ALM, LRM, RLM, the embeddings and overrides, the isolates. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** C0 and C1 controls but tab and line feed, and the bidirectional formatting characters. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

const visible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** `text` with each bidirectional formatting character shown as `\uXXXX` (for every output). */
export function showBidiControls(text: string): string {
  return text.replace(BIDI, visible)
}

/** `text` with control and bidirectional formatting characters shown as `\uXXXX` (for a terminal). */
export function showControls(text: string): string {
  return text.replace(CONTROLS, visible)
}
