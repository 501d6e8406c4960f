/**
 * Staffing as JSON (`waymark staff --json`): `{ deadline, unowned, options: [{ extra,
 * finish, p50, p85, deadlineChance }], smallestForDeadline, blockedBy, suggestions:
 * [{ topic, candidates: [{ person, reasons }] }] }`, dates ISO, plus what the plan
 * assumes (`asPlanned`), the confidence and the samples.
 */
import type { Staffing, StaffingOption } from '../../model/staffing.js'

/** Staffing as a JSON value. */
export function staffingJson(staffing: Staffing): Record<string, unknown> {
  const option = (o: StaffingOption): Record<string, unknown> => ({
    extra: o.extra,
    finish: o.finish,
    p50: o.p50,
    p85: o.p85,
    deadlineChance: o.deadlineChance,
  })
  return {
    deadline: staffing.deadline,
    unowned: staffing.unowned,
    options: staffing.options.map(option),
    smallestForDeadline: staffing.smallestForDeadline,
    blockedBy: staffing.blockedBy,
    suggestions: staffing.suggestions.map((s) => ({
      topic: s.topic,
      title: s.title,
      candidates: s.candidates.map((c) => ({ person: c.person, reasons: c.reasons })),
    })),
    asPlanned: option(staffing.asPlanned),
    confidence: staffing.confidence,
    samples: staffing.samples,
    seed: staffing.seed,
  }
}
