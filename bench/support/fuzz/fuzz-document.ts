/**
 * Document `index` of the run seeded `seed`: a note from the grammar, then a few
 * mutations. A pure function of the two numbers, so any document of any run can be
 * regenerated alone (`bench/fuzz.ts --seed S --replay I`).
 */
import { generateNote, type SourceText } from './grammar.js'
import { MAX_LENGTH, MUTATIONS } from './mutations.js'
import { Rng } from './random.js'

/** A fuzz document: its files and how it was made. */
export interface FuzzDocument {
  readonly files: readonly SourceText[]
  /** Layout choices, then each mutation applied, in order. */
  readonly recipe: readonly string[]
}

/** Regenerates document `index` of run `seed`. */
export function fuzzDocument(seed: number, index: number): FuzzDocument {
  const rng = new Rng(seed, index)
  const note = generateNote(rng)
  const files = [...note.files]
  const recipe = [...note.layout]
  const count = rng.weighted([
    [30, 0],
    [40, 1],
    [20, 2],
    [7, 3],
    [3, 5],
  ])
  for (let m = 0; m < count; m++) {
    const k = rng.int(0, files.length - 1)
    const file = files[k] as SourceText
    const { text, did } = rng.weighted(MUTATIONS)(file.text, rng)
    files[k] = { file: file.file, text: text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text }
    recipe.push(files.length > 1 ? `${did}@${k}` : did)
  }
  return { files, recipe }
}
