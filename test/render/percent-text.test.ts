/** One way to print a share: criticality and load read the same in the terminal, the report and the page. */
import { describe, expect, it } from 'vitest'
import { forecast } from '../../src/pipeline/forecast.js'
import { plan } from '../../src/pipeline/plan.js'
import { roadmapView } from '../../src/pipeline/roadmap-view.js'
import { renderReport } from '../../src/render/markdown/report.js'
import { percent } from '../../src/render/percent-text.js'
import { renderForecast } from '../../src/render/terminal/forecast-report.js'
import { renderPlan } from '../../src/render/terminal/plan-report.js'
import { PLAIN } from '../../src/render/terminal/style.js'
import { siteData } from '../../src/render/site/site-model.js'
import { seed } from '../helpers.js'

describe('percent', () => {
  it('never shows almost all as all, nor almost none as none', () => {
    expect([0, 0.004, 0.005, 0.5, 0.994, 0.995, 0.999, 1].map(percent)).toEqual([
      '0%',
      '<1%',
      '1%',
      '50%',
      '99%',
      '>99%',
      '>99%',
      '100%',
    ])
  })

  it('prints each driver’s criticality and each bottleneck’s load the same way in every output', async () => {
    const planned = plan(seed(), { today: '2026-12-04' })
    const f = await forecast(planned, { samples: 200 })
    const view = roadmapView(planned, f)
    const terminal = renderForecast(view, PLAIN) + renderPlan(view, PLAIN)
    const report = renderReport(view, { by: 'owner', maxRows: 50, command: 'waymark report', version: 'test' })
    const page = JSON.stringify(siteData(view, { live: false, generator: 'test' }))
    for (const id of f.drivers) {
      const shown = `critical in ${percent(f.topics.find((t) => t.id === id)?.criticality ?? -1)} of samples`
      expect(terminal).toContain(shown)
      expect(report).toContain(shown)
    }
    for (const name of planned.plan.bottlenecks) {
      const load = `${percent(planned.plan.people.find((p) => p.name === name)?.utilization ?? -1)} busy`
      expect(terminal).toContain(load)
      expect(report).toContain(load)
    }
    expect(page).toContain('"criticality"')
  })
})
