/** One version, one P85: `forecast`, `diff`, `history` and `report` draw the same samples for the same notes. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { forecast } from '../../src/pipeline/forecast.js'
import { plan } from '../../src/pipeline/plan.js'
import { historyVersion, roadmapVersion } from '../../src/pipeline/roadmap-version.js'
import { check } from '../helpers.js'

const FILE = 'examples/unikraft-history/2022-11-17.md'
const TEXT = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')
const TODAY = '2026-12-04'

describe('the P85 of one version', () => {
  it('is the same number in the forecast, a diff side and a history point', async () => {
    const own = await forecast(plan(check({ [FILE]: TEXT }), { today: TODAY }))
    const side = await roadmapVersion({ label: 'new', sources: [{ file: FILE, text: TEXT }] }, { today: TODAY })
    const point = await historyVersion({ label: 'v4', sources: [{ file: FILE, text: TEXT }] }, { today: TODAY })
    expect(side.version.forecast?.finish.p85).toBe(own.finish.p85)
    expect(point?.version.forecast?.finish.p85).toBe(own.finish.p85)
  })
})
