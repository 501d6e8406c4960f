/**
 * A share as a whole percentage, the same in every output (terminal, Markdown, the page):
 * `<1%` and `>99%` at the ends, so a share that is almost all is never shown as all.
 */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%'
  if (share < 1 && share >= 0.995) return '>99%'
  return `${Math.round(share * 100)}%`
}
