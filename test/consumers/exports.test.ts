/**
 * The exports, read back by their real consumers: iCalendar by ical.js (dates, stable
 * UIDs, escaped text), CSV by csv-parse (the same cells, spreadsheet-safe), JSON by a
 * JSON Schema validator (ajv) against the published schema, DOT by Graphviz — for the
 * seed and for hostile roadmaps.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parse as parseCsv } from 'csv-parse/sync'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { nextDay } from '../../src/model/iso-date.js'
import { CSV_COLUMNS, renderCsv, safe } from '../../src/render/csv/topics-csv.js'
import { renderDot } from '../../src/render/dot/dot-graph.js'
import { dependencyGraph } from '../../src/render/graph/dependency-graph.js'
import { renderCalendar } from '../../src/render/ics/calendar.js'
import { exportJson } from '../../src/render/json/export-json.js'
import { ROOT, SEED_FILE, SEED_TEXT } from '../helpers.js'
import { sampleHostileNotes } from '../support/hostile-roadmaps.js'
import { forecastNotes, planNotes, TODAY, type PlannedNotes, viewOf } from '../support/planned.js'

/** What every output makes of bidirectional formatting characters: visible `\\uXXXX` text (written here, not imported, as the oracle). */
const shownBidi = (text: string): string =>
  text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

const seed = planNotes({ [SEED_FILE]: SEED_TEXT })
const hostile = sampleHostileNotes(25).map((text) => planNotes({ 'hostile.md': text }, 200))
const all: [string, PlannedNotes][] = [
  ['the seed', seed],
  ...hostile.map((p, k): [string, PlannedNotes] => [`hostile roadmap ${k + 1}`, p]),
]

describe('iCalendar export, read by ical.js', () => {
  const calendar = (p: PlannedNotes): string => renderCalendar(viewOf(p), { today: TODAY, version: '1.2.3' })

  it("has the seed's 24 topics as all-day events with the planned dates and stable UIDs", () => {
    const text = calendar(seed)
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    expect(events.length).toBe(24)
    const uids = events.map((e) => e.uid)
    expect(new Set(uids).size).toBe(24)
    for (const [k, t] of seed.plan.topics.entries()) {
      const e = events[k] as ICAL.Event
      expect(e.uid).toBe(`${t.id}@examples.waymark`)
      expect(e.startDate.isDate).toBe(true)
      expect(e.startDate.toString()).toBe(t.start)
      expect(e.endDate.toString()).toBe(nextDay(t.finish))
      expect(e.summary).toBe(t.title)
    }
    // Planning again (another day, another seed) keeps the UIDs, so a re-import updates.
    const again = planNotes({ [SEED_FILE]: SEED_TEXT }, 50)
    const later = renderCalendar(viewOf(again), { today: '2027-01-15', version: '1.2.3' })
    const laterUids = new ICAL.Component(ICAL.parse(later)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).uid)
    expect(laterUids).toEqual(uids)
  })

  it("updates a subscribed calendar in place with the next meeting's notes: same UIDs, later SEQUENCE", () => {
    const history = (name: string) => readFileSync(join(ROOT, 'examples/unikraft-history', name), 'utf8')
    const first = planNotes({ 'examples/unikraft-history/2022-08-25.md': history('2022-08-25.md') }, 200)
    const second = planNotes({ 'examples/unikraft-history/2022-09-22.md': history('2022-09-22.md') }, 200)
    const options = { version: '1.2.3', roadmapId: 'unikraft-roadmap' }
    const events = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    // A calendar application's store: an event with a known UID replaces the old one when its SEQUENCE is not lower.
    const store = new Map<string, ICAL.Event>()
    const subscribe = (text: string): void => {
      for (const e of events(text)) {
        const old = store.get(e.uid)
        if (old === undefined || e.sequence >= old.sequence) store.set(e.uid, e)
      }
    }
    subscribe(renderCalendar(viewOf(first), { ...options, today: '2022-08-25' }))
    const before = store.size
    subscribe(renderCalendar(viewOf(second), { ...options, today: '2022-09-22' }))
    // The two notes have different titles; the events are the same ones, updated.
    expect(first.roadmap.meta.title).not.toBe(second.roadmap.meta.title)
    expect(store.size).toBe(before + second.plan.topics.filter((t) => !first.plan.topics.some((f) => f.id === t.id)).length)
    for (const t of second.plan.topics) {
      const e = store.get(`${t.id}@unikraft-roadmap.waymark`)
      expect(e?.endDate.toString()).toBe(nextDay(t.finish))
      expect(e?.sequence).toBeGreaterThan(0)
    }
    const stamp = events(renderCalendar(viewOf(second), { ...options, today: '2022-09-22' }))[0]
    expect(stamp?.component.getFirstPropertyValue('last-modified')?.toString()).toMatch(/^2022-09-22/)
  })

  it.each(all)('keeps every text of %s as written, in lines of at most 75 octets', (_, p) => {
    const text = calendar(p)
    expect(text.endsWith('\r\n')).toBe(true)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const root = new ICAL.Component(ICAL.parse(text))
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe(
      shownBidi(p.roadmap.meta.title?.replace(/\s+/g, ' ').trim() ?? 'Roadmap'),
    )
    const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c))
    // The topics' events, then the milestones' (their titles as written too).
    expect(events.map((e) => e.summary)).toEqual([
      ...p.plan.topics.map((t) => shownBidi(t.title.replace(/\p{Cc}/gu, ' '))),
      ...p.roadmap.milestones.map((m) => shownBidi(m.title.replace(/\p{Cc}/gu, ' '))),
    ])
    for (const [k, t] of p.plan.topics.entries()) {
      const description = (events[k] as ICAL.Event).description
      expect(description).toContain(`Why it starts then: ${shownBidi(t.because)}`)
      for (const owner of t.owners) expect(description).toContain(shownBidi(owner))
    }
  })
})

describe('CSV export, read by csv-parse', () => {
  it.each(all)('reads back the cells of %s, none a formula', (_, p) => {
    const text = renderCsv(viewOf(p))
    const rows = parseCsv(text, { relax_column_count: false }) as string[][]
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows.length).toBe(p.roadmap.topics.length + 1)
    const planned = new Map(p.plan.topics.map((t) => [t.id, t]))
    for (const [k, topic] of p.roadmap.topics.entries()) {
      const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, (rows[k + 1] as string[])[i]]))
      expect(row['id']).toBe(topic.id)
      expect(row['title']).toBe(safe(topic.title))
      expect(row['owners']).toBe(safe(topic.owners.join('; ')))
      expect(row['start']).toBe(planned.get(topic.id)?.start ?? '')
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    }
    expect(text.includes('\r\n')).toBe(true)
  })

  it('neutralises cells a spreadsheet would run', () => {
    expect(['=SUM(A1)', '+1', '-2', '@cmd', '\tx', '\rx', 'plain'].map(safe)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-2",
      "'@cmd",
      "'\tx",
      "'\rx",
      'plain',
    ])
  })
})

describe('JSON export, checked against docs/schema/waymark-export-1.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'docs/schema/waymark-export-1.schema.json'), 'utf8'))
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

  it.each(all)('%s matches the schema', async (_, p) => {
    const forecast = await forecastNotes(p, 100)
    const value = JSON.parse(JSON.stringify(exportJson(viewOf(p, forecast), '1.2.3')))
    expect(validate(value), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(value.format).toBe('waymark-export')
    expect(value.version).toBe(1)
    expect(value.plan.topics.length).toBe(p.plan.topics.length)
    expect(value.forecast.topics.length).toBe(p.plan.topics.length)
  })
})

describe('DOT graph, laid out by Graphviz', () => {
  it.each(all)('lays out %s with every node and no warning', (_, p) => {
    const graph = dependencyGraph(viewOf(p), 'owner')
    const dot = renderDot(graph, p.roadmap.meta.title ?? 'Roadmap')
    const svg = execFileSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] })
    expect(svg.match(/<g id="node\d+" class="node">/g)?.length ?? 0).toBe(graph.nodeCount)
    expect(svg.match(/<g id="edge\d+" class="edge">/g)?.length ?? 0).toBe(graph.edges.length)
  })
})
