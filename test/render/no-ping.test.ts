/**
 * Markdown meant for a pull-request comment pings no one: every `@handle` from the notes
 * is written with a zero-width space after its `@` (GitHub links and notifies a mention only
 * when a name follows the `@` at once); `--mentions` keeps them.
 */
import { describe, expect, it } from 'vitest'
import { cli, MemoryFileSystem } from '../helpers.js'
import { quietMarkdownText } from '../../src/render/markdown/markdown-text.js'

/** What GitHub takes for a mention: `@name` or `@org/team` after anything but a word character or a backquote. */
const MENTION = /(?:^|[^\w`])@[A-Za-z0-9][\w-]*/m

describe('quiet mentions', () => {
  it('keep the text as written and make no mention', () => {
    expect(quietMarkdownText('@alice and @org/team review')).toBe('@&#8203;alice and @&#8203;org/team review')
    expect(quietMarkdownText('mail ana@example.org')).toBe('mail ana@example.org')
    expect(MENTION.test(quietMarkdownText('(@bob), [@carl]'))).toBe(false)
  })

  it('are the default of `diff --format markdown`, and `--mentions` keeps them', async () => {
    const note = (owner: string) => `# R\n### Topic: Parser @everyone\n**Owner**: ${owner}\n**Estimated duration**: 2 weeks\n`
    const fs = () => new MemoryFileSystem({ 'a.md': note('@alice'), 'b.md': note('@bob') })
    const quiet = await cli(['diff', 'a.md', 'b.md', '--format', 'markdown', '--samples', '20'], fs())
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).toContain('@&#8203;alice')
    expect(quiet.stdout).toContain('@&#8203;bob')
    expect(MENTION.test(quiet.stdout.replace(/`[^`]*`/g, ''))).toBe(false)
    const loud = await cli(['diff', 'a.md', 'b.md', '--format', 'markdown', '--mentions', '--samples', '20'], fs())
    expect(loud.stdout).toMatch(/@alice/)
  })
})
