/**
 * A position in an input file. Lines and columns are 1-based; columns count UTF-16
 * code units, as editors, GitHub annotations and SARIF (its default `columnKind`) do.
 */
export interface Place {
  /** The file as the user named it (relative paths stay relative). */
  readonly file: string
  readonly line: number
  readonly column: number
}

/** Formats a place as `file:line:column`, the form editors and terminals link. */
export function formatPlace(place: Place): string {
  return `${place.file}:${place.line}:${place.column}`
}
