/**
 * The roadmap page: one self-contained `index.html` — its style, its script and its data
 * inline, nothing fetched, so it works offline and from `file://`. A strict
 * Content-Security-Policy allows exactly that style and that script (by their SHA-256
 * hashes), no other script, no plugin, no form, no base change, and no connection
 * (except the live-reload events of `waymark serve`). Text from the notes appears in the
 * markup only escaped; the data goes in a JSON block escaped so that `</script>`,
 * `<!--` and the line separators U+2028/U+2029 cannot end or break it.
 */
import { createHash } from 'node:crypto'
import type { SlipRow } from '../slip-rows.js'
import { ownerLabel } from '../owner-gap-text.js'
import type { SiteData } from './site-data.js'

/** The page's script and style (the built `client.js` and `styles.css`). */
export interface PageAssets {
  readonly script: string
  readonly style: string
}

/** What the page shows beyond its data: the slip chart (SVG made by Waymark) and the slip table; the staffing chart and table. */
export interface PageExtras {
  readonly slip?: { readonly chart: string; readonly rows: readonly SlipRow[] } | null
  readonly staffing?: {
    readonly chart: string
    readonly verdict: string
    readonly headings: readonly string[]
    readonly rows: readonly (readonly string[])[]
  } | null
}

/** The HTML of the page for `data`. */
export function renderPage(data: SiteData, assets: PageAssets, extras: PageExtras = {}): string {
  // The assets are Waymark's own; one that could close its element would be a build bug.
  if (/<\/script/i.test(assets.script) || /<\/style/i.test(assets.style))
    throw new Error('the page script or style contains a closing tag')
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(assets.script)}'`,
    `style-src '${sha256(assets.style)}'`,
    'img-src data:',
    `connect-src ${data.live ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  const title = `${data.title} — roadmap`
  const planned = data.topics
    .map((t) => `<tr><td>${html(t.title)}</td><td>${html(ownerLabel(t))}</td><td>${t.start}</td><td>${t.finish}</td></tr>`)
    .join('\n')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${html(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${html(data.generator)}">
<title>${html(title)}</title>
<style>${assets.style}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the roadmap</a>
<header>
<h1>${html(data.title)}</h1>
<p class="meta">Roadmap from ${html(data.files.join(', '))}${data.meetingDate ? `, meeting of ${data.meetingDate}` : ''}.</p>
<div id="summary"></div>
</header>
<section id="failure" hidden aria-live="assertive"><h2>The notes cannot be planned</h2><div id="failure-notes"></div></section>
<nav id="controls" aria-label="Filters and view"></nav>
<main id="main">
<section id="gantt-section" aria-labelledby="gantt-heading">
<h2 id="gantt-heading">Timeline</h2>
<div class="scroll"><svg id="gantt" role="group" aria-label="Gantt chart: one bar per topic; press Enter on a bar for its details"></svg></div>
<p class="legend">Red: the critical path. Hatched: an assumed estimate. A whisker after a bar: the forecast's P50 to P85 finish. Arrows: prerequisites.</p>
</section>
<aside id="details" hidden aria-labelledby="details-title"></aside>
<section id="graph-section" aria-labelledby="graph-heading">
<h2 id="graph-heading">Dependencies</h2>
<div class="scroll"><svg id="graph" role="group" aria-label="Dependency graph: prerequisites point right"></svg></div>
<p class="legend">Arrows: prerequisites. Dotted: relations the notes suggest, and prerequisites outside the roadmap. Red: the critical path.</p>
</section>
<section id="forecast-section" aria-labelledby="forecast-heading">
<h2 id="forecast-heading">Forecast</h2>
<div id="forecast-text"></div>
<svg id="forecast-chart" role="img" aria-label="Histogram of finish dates with the share finished by each date"></svg>
</section>
${extras.staffing ? staffingSection(extras.staffing) : ''}${extras.slip ? slipSection(extras.slip) : ''}<section id="changes-section" aria-labelledby="changes-heading" hidden>
<h2 id="changes-heading">Latest changes</h2>
<div id="changes"></div>
</section>
<section id="todo-section" aria-labelledby="todo-heading">
<h2 id="todo-heading">To do before the next meeting</h2>
<div id="todo"></div>
</section>
<section id="notes-section" aria-labelledby="notes-heading">
<h2 id="notes-heading">Notes on the notes</h2>
<div id="notes"></div>
</section>
</main>
<noscript><table><caption>Planned topics</caption><thead><tr><th>Topic</th><th>Owners</th><th>Start</th><th>Finish</th></tr></thead><tbody>
${planned}
</tbody></table></noscript>
<footer>Made by ${html(data.generator)} from the notes; edit them, not this page.</footer>
<script type="application/json" id="waymark-data">${inlineJson(data)}</script>
<script>${assets.script}</script>
</body>
</html>
`
}

/** The staffing section: the verdict, the chart inline (its texts are escaped where it is made) and the table. */
function staffingSection(staffing: NonNullable<PageExtras['staffing']>): string {
  const head = staffing.headings.map((h) => `<th>${html(h)}</th>`).join('')
  const rows = staffing.rows.map((r) => `<tr>${r.map((c) => `<td>${html(c)}</td>`).join('')}</tr>`).join('\n')
  return `<section id="staffing-section" aria-labelledby="staffing-heading">
<h2 id="staffing-heading">Staffing</h2>
<p>${html(staffing.verdict)}</p>
<figure class="staffing-chart">${staffing.chart}</figure>
<div class="scroll"><table class="staffing"><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></div>
</section>
`
}

/** The slip section: the chart inline (its texts are escaped where it is made) and the table. */
function slipSection(slip: NonNullable<PageExtras['slip']>): string {
  const rows = slip.rows
    .slice(0, 20)
    .map(
      (r) =>
        `<tr><td>${html(r.title)}</td><td>${r.firstSeen}</td><td>${html(r.finishes)}</td><td>${html(r.slip)}</td><td>${html(r.pace)}</td><td>${html(r.status)}</td></tr>`,
    )
    .join('\n')
  return `<section id="slip-section" aria-labelledby="slip-heading">
<h2 id="slip-heading">Slip</h2>
<figure class="slip-chart">${slip.chart}</figure>
<div class="scroll"><table class="slip"><thead><tr><th>Topic</th><th>First seen</th><th>Planned finish, first → last</th><th>Slip</th><th>Pace</th><th>Status</th></tr></thead><tbody>
${rows}
</tbody></table></div>
</section>
`
}

/** Text for HTML content and attribute values. */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` as `\\u` escapes
 * (so no `</script>` or `<!--` can appear) and the line separators too (old parsers).
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`
}
