/** The roadmap page's markup: escaping, the inline data, the CSP, and a script that never parses markup. */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { html, inlineJson, renderPage } from '../../src/render/site/html-page.js'
import { ROOT, SEED_FILE, SEED_TEXT } from '../helpers.js'
import { sitePage } from '../support/site-page.js'

describe('html', () => {
  it('escapes text for content and attributes', () => {
    expect(html(`<a href="x" onclick='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#60;/a&#62;')
  })
})

describe('inlineJson', () => {
  it('cannot end its script element or break old parsers, and parses back', () => {
    const value = { title: '</script><script>alert(1)</script> <!-- & \u2028\u2029' }
    const text = inlineJson(value)
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(text)).toEqual(value)
  })
})

describe('renderPage', () => {
  it('allows exactly its own script and style, by hash, and nothing else', async () => {
    const { html: page } = await sitePage({ [SEED_FILE]: SEED_TEXT }, 50)
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1]?.replace(/&#39;/g, "'")
    const script = /<script>([\s\S]*)<\/script>\s*<\/body>/.exec(page)?.[1] ?? ''
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? ''
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    expect(csp).toBe(
      `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'`,
    )
    // One executable script, no external resource of any kind.
    expect(page.match(/<script>/g)?.length).toBe(1)
    // No external resource: the only link is the skip link, to the page itself.
    expect(page.match(/\s(src|href)="[^#][^"]*"|<link\b|@import|url\(http/gi)).toBeNull()
  })

  it('refuses assets that could close their own element', async () => {
    const { data } = await sitePage({ [SEED_FILE]: SEED_TEXT }, 50)
    expect(() => renderPage(data, { script: 'x("</script>")', style: '' })).toThrow(/closing tag/)
  })
})

describe('the page script', () => {
  it('never parses markup or code from strings', () => {
    const dir = join(ROOT, 'src/render/site/client')
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(join(dir, file), 'utf8')
      expect(code, file).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"]style/,
      )
    }
  })
})
