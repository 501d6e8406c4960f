/**
 * The forecast as JSON (`waymark forecast --json`): `{ samples, seed, finish: { p50, p85,
 * p95 }, deadline: { date, probability } | null, topics: [{ id, p50, p85, criticality }] }`,
 * plus each topic's title, sensitivity and duration distribution, the plan's finish and
 * its probability, the risk drivers and the histogram.
 */
import type { Forecast } from '../../model/forecast.js'
import { deadlineSourceJson } from './deadline-json.js'

/** A forecast as a JSON value. */
export function forecastJson(forecast: Forecast): Record<string, unknown> {
  const { deadline } = forecast
  return {
    samples: forecast.samples,
    seed: forecast.seed,
    finish: forecast.finish,
    planned: forecast.planned,
    deadline:
      deadline === null
        ? null
        : {
            date: deadline.date,
            probability: deadline.probability,
            source: deadlineSourceJson(deadline.source),
          },
    topics: forecast.topics.map((t) => ({
      id: t.id,
      title: t.title,
      p50: t.p50,
      p85: t.p85,
      criticality: t.criticality,
      sensitivity: t.sensitivity,
      distribution: t.distribution,
    })),
    drivers: forecast.drivers,
    histogram: forecast.histogram,
  }
}
