/**
 * Which settings file belongs to which notes: a `waymark.yaml` (or `.yml`) in the folder
 * given, or beside the first file given. One rule for every command, the preview's
 * watcher and versions read from git.
 */

/** Settings files Waymark looks for beside the notes, in order. */
export const SETTINGS_FILE_NAMES: readonly string[] = ['waymark.yaml', 'waymark.yml']

/** Where the settings of the notes at `first` can be, in order: in the folder, or beside the file. */
export function settingsPaths(first: string, isFolder: boolean): string[] {
  const dir = isFolder ? first.replace(/\/+$/, '') : first.includes('/') ? first.slice(0, first.lastIndexOf('/')) : '.'
  return SETTINGS_FILE_NAMES.map((name) => (dir === '.' ? name : `${dir}/${name}`))
}
