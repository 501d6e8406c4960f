/**
 * A roadmap the pipeline cannot take further because of what its notes or settings say
 * (no topics to plan; a plan that would run past 9999-12-31). An input problem, never a
 * bug: the message names the files and what to change, and the CLI prints it in one line.
 */
export class RoadmapError extends Error {
  override readonly name = 'RoadmapError'
}
