/**
 * People named in settings, matched to the roadmap's people by the rules of people
 * resolution: any spelling the notes use, or a short name or initials that fit exactly
 * one person. Done once, when the roadmap is checked; the planner gets canonical names.
 */
import { diagnostic } from '../diagnostics/diagnostic.js'
import type { Diagnostic } from '../model/diagnostic.js'
import type { Place } from '../model/place.js'
import type { Roadmap } from '../model/roadmap.js'
import type { PersonSettings } from '../model/settings.js'
import { foldText } from '../text/fold.js'
import { resolvePeople } from './people.js'

/**
 * `people` (keyed as the settings spell them) keyed by the roadmap's canonical names, two
 * spellings of one person merged; a name that matches no one is reported.
 */
export function peopleInSettings(
  roadmap: Roadmap,
  people: Readonly<Record<string, PersonSettings>>,
  places: Readonly<Record<string, Place>> = {},
): { people: Record<string, PersonSettings>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  // No prototype: people are named by the notes (`constructor`, `__proto__` are names too).
  const byName: Record<string, PersonSettings> = Object.create(null) as Record<string, PersonSettings>
  for (const [name, p] of Object.entries(people)) {
    const person = personNamed(roadmap, name)
    if (person === null) {
      diagnostics.push(
        diagnostic(
          'unknown-person-setting',
          { name },
          Object.hasOwn(places, name) ? (places[name] as Place) : roadmap.meta.place,
        ),
      )
      continue
    }
    const before = byName[person]
    byName[person] = before === undefined ? p : { ...before, ...p, absences: [...before.absences, ...p.absences] }
  }
  return { people: byName, diagnostics }
}

/** The canonical name of the person written `name` in settings, or `null`. */
function personNamed(roadmap: Roadmap, name: string): string | null {
  const folded = foldText(name.trim())
  for (const p of roadmap.people) if (p.spellings.some((s) => foldText(s) === folded)) return p.name
  const nowhere = { file: '', line: 1, column: 1 }
  const mentions = [...roadmap.people.flatMap((p) => p.spellings), name].map((text) => ({ text, place: nowhere }))
  const resolved = resolvePeople(mentions).nameOf(name)
  return roadmap.people.some((p) => p.name === resolved) ? resolved : null
}
