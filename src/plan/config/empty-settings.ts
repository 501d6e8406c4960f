/** Planning settings with nothing set: every default applies. (No validator needed, so none is loaded.) */
import type { PlanSettings } from './plan-settings.js'

/** The settings of a roadmap that has none. */
export const NO_SETTINGS: PlanSettings = { holidays: [], people: {} }
