/**
 * What an editor asks of one note, answered from the pipeline: its findings, what a
 * topic's heading is planned as (hover), where a prerequisite's topic is (go to
 * definition), what may be written next in a prerequisites or an owner field
 * (completion), its topics (document symbols), and the mechanical fixes of a finding
 * (code actions). Positions are the editor's: 0-based lines and UTF-16 columns. Pure:
 * the language server (src/cli/node/language-server.ts) owns the connection and the files.
 */
import type { Diagnostic } from '../model/diagnostic.js'
import type { CheckedRoadmap } from '../model/lint-report.js'
import type { Place } from '../model/place.js'
import type { PlannedTopic } from '../model/plan.js'
import type { Topic } from '../model/roadmap.js'
import type { SourceDocument } from '../model/document.js'
import { hintOf, messageOf } from '../diagnostics/words.js'
import { check } from '../pipeline/check.js'
import { plan, type PlannedRoadmap } from '../pipeline/plan.js'

/** A position in the editor: 0-based line, 0-based UTF-16 column. */
export interface EditorPosition {
  readonly line: number
  readonly character: number
}

/** A finding as the editor shows it. */
export interface EditorFinding {
  readonly ruleId: string
  readonly severity: Diagnostic['severity']
  readonly message: string
  readonly hint: string
  readonly start: EditorPosition
  readonly end: EditorPosition
}

/** A text edit that fixes a finding. */
export interface EditorFix {
  readonly title: string
  readonly ruleId: string
  readonly at: EditorPosition
  readonly insert: string
}

/** One open note: checked once per version, planned when first asked. */
export class NoteSession {
  readonly #source: SourceDocument
  readonly #settingsFile: SourceDocument | null
  readonly #today: string
  readonly #lines: readonly string[]
  readonly checked: CheckedRoadmap
  #planned: PlannedRoadmap | null | undefined

  constructor(source: SourceDocument, options: { readonly settingsFile?: SourceDocument | null; readonly today: string }) {
    this.#source = source
    this.#settingsFile = options.settingsFile ?? null
    this.#today = options.today
    this.#lines = source.text.split(/\r\n|\r|\n/)
    this.checked = check([source], { settingsFile: this.#settingsFile })
  }

  /** The note's findings (reading, resolving, lint, settings), each at its place in this file. */
  findings(): EditorFinding[] {
    return this.checked.lint.diagnostics.flatMap((d): EditorFinding[] => {
      const place = d.place !== null && d.place.file === this.#source.file ? d.place : null
      const start = place === null ? { line: 0, character: 0 } : this.#position(place)
      return [
        {
          ruleId: d.ruleId,
          severity: d.severity,
          message: messageOf(d),
          hint: hintOf(d),
          start,
          end: this.#wordEnd(start),
        },
      ]
    })
  }

  /** The plan of the note (`null` when it has no topics to plan, or cannot be planned). */
  planned(): PlannedRoadmap | null {
    if (this.#planned !== undefined) return this.#planned
    try {
      this.#planned = this.checked.roadmap.topics.length === 0 ? null : plan(this.checked, { today: this.#today })
    } catch {
      // A note that cannot be planned still has its findings; hovers just say less.
      this.#planned = null
    }
    return this.#planned
  }

  /** Markdown for a hover on a topic's heading: its planned dates, slack and why it starts then. */
  hover(at: EditorPosition): string | null {
    const topic = this.#topicAtHeading(at)
    if (topic === null) return null
    const planned = this.planned()?.plan.topics.find((t) => t.id === topic.id)
    const excluded = this.planned()?.plan.excluded.find((e) => e.id === topic.id)
    const lines = [`**${topic.title}**`]
    if (planned !== undefined) lines.push(...plannedLines(planned))
    else if (excluded !== undefined) lines.push(`Not planned: ${excluded.why}.`)
    else lines.push('Not planned yet (the note cannot be planned as it stands).')
    return lines.join('\n\n')
  }

  /** Where the topic a prerequisite at `at` links to is: its heading's place; `null` off a linked prerequisite. */
  definition(at: EditorPosition): Place | null {
    for (const topic of this.checked.roadmap.topics)
      for (const p of topic.prerequisites) {
        if (p.topic === null || p.place.file !== this.#source.file) continue
        const start = this.#position(p.place)
        if (start.line !== at.line || at.character < start.character || at.character > start.character + p.text.length) continue
        const target = this.checked.roadmap.topics.find((t) => t.id === p.topic)
        return target?.place ?? null
      }
    return null
  }

  /** What may be written at `at`: topic titles in a prerequisites field, people's names in an owner or team field. */
  completions(at: EditorPosition): { label: string; kind: 'topic' | 'person'; detail: string }[] {
    const before = (this.#lines[at.line] ?? '').slice(0, at.character)
    // A list item (or an empty line) under a field's label is in that field too.
    const inList = /^\s*(?:(?:[-*+]|\d+[.)])\s.*)?$/.test(before)
    const field = fieldBefore(before) ?? (inList ? this.#fieldAbove(at.line) : null)
    const { roadmap } = this.checked
    if (field === 'prerequisites')
      return roadmap.topics.map((t) => ({ label: t.title, kind: 'topic', detail: t.owners.join(', ') || 'unassigned' }))
    if (field === 'people')
      return roadmap.people.map((p) => ({
        label: p.name,
        kind: 'person',
        detail: `owns ${p.owns.length} topic${p.owns.length === 1 ? '' : 's'}`,
      }))
    return []
  }

  /** The note's topics, each with its heading's place. */
  symbols(): { name: string; detail: string; place: Place }[] {
    return this.checked.roadmap.topics
      .filter((t) => t.place.file === this.#source.file)
      .map((t) => ({ name: t.title, detail: t.owners.join(', ') || 'unassigned', place: t.place }))
  }

  /**
   * The mechanical fixes of a finding at `line`: a missing owner or estimate gets its
   * field, with a placeholder to fill, on the line after the topic's heading.
   */
  fixes(line: number): EditorFix[] {
    const fixes: EditorFix[] = []
    for (const d of this.checked.lint.diagnostics) {
      if (d.place === null || d.topic === undefined || d.place.file !== this.#source.file) continue
      if (this.#position(d.place).line !== line) continue
      const topic = this.checked.roadmap.topics.find((t) => t.id === d.topic)
      if (topic === undefined) continue
      const field = d.ruleId === 'missing-owner' ? 'Owner' : d.ruleId === 'missing-estimate' ? 'Estimated duration' : null
      if (field === null) continue
      // A field the topic has (`TODO`) is filled where it is; none, a new line after the heading.
      if (topic.fields.some((f) => f.key === (field === 'Owner' ? 'owner' : 'estimate'))) continue
      const heading = this.#position(topic.place)
      fixes.push({
        title: `Add **${field}** to “${topic.title}”`,
        ruleId: d.ruleId,
        at: { line: heading.line + 1, character: 0 },
        insert: `**${field}**: ${field === 'Owner' ? 'NAME' : '2 weeks'}\n`,
      })
    }
    return fixes
  }

  #position(place: Place): EditorPosition {
    return { line: Math.max(0, place.line - 1), character: Math.max(0, place.column - 1) }
  }

  /** The end of the word at `start` (a finding's range), at least one character. */
  #wordEnd(start: EditorPosition): EditorPosition {
    const line = this.#lines[start.line] ?? ''
    const rest = line.slice(start.character)
    const word = /^\S+/.exec(rest)?.[0].length ?? 1
    return { line: start.line, character: start.character + Math.max(1, Math.min(word, 80)) }
  }

  #topicAtHeading(at: EditorPosition): Topic | null {
    const onLine = this.checked.roadmap.topics.filter(
      (t) => t.place.file === this.#source.file && this.#position(t.place).line === at.line,
    )
    // A flattened note has every heading on one line: the last heading before the cursor.
    const before = onLine.filter((t) => this.#position(t.place).character <= at.character)
    return before.at(-1) ?? onLine[0] ?? null
  }

  /** The field whose label is on the nearest line above with one (a list of prerequisites under its label). */
  #fieldAbove(line: number): 'prerequisites' | 'people' | null {
    for (let k = line - 1; k >= 0 && k >= line - 30; k--) {
      const text = this.#lines[k] ?? ''
      if (/^\s*#/.test(text)) return null
      const field = fieldBefore(text)
      if (field !== null) return field
      if (text.trim() !== '' && !/^\s*(?:[-*+]|\d+[.)])\s/.test(text)) return null
    }
    return null
  }
}

/** The kind of field whose label ends `text` (`**Prerequisites**:`, `Owner(s):`), or `null`. */
function fieldBefore(text: string): 'prerequisites' | 'people' | null {
  const label = /(?:\*\*|__)?([A-Za-z][A-Za-z ()/-]{1,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?(?:(?!\*\*[A-Za-z][^*]*\*\*\s*:).)*$/.exec(
    text,
  )?.[1]
  if (label === undefined) return null
  if (/prerequisite|dependenc|depends|requires|blocked by/i.test(label)) return 'prerequisites'
  if (/^(?:owners?|owner\(s\)|tech lead|team|assignees?|author|co-?owners?)$/i.test(label.trim())) return 'people'
  return null
}

/** A planned topic in a hover's words. */
function plannedLines(t: PlannedTopic): string[] {
  const lines = [
    `Planned ${t.start} → ${t.finish} (${t.days} working days${t.assumed ? ', an assumed estimate' : ''})${t.critical ? ', on the critical path' : `, slack ${t.slack} working days`}.`,
    `Why then: it ${t.because}.`,
  ]
  if (t.unowned) lines.push('No one owns it yet: planned as if someone takes it when it can start.')
  if (t.missesDeadline && t.deadline !== null) lines.push(`Misses its deadline, ${t.deadline}.`)
  return lines
}
