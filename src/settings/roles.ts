/**
 * The roadmap's own role words, from settings (`waymark: roles:` in the front matter, or
 * `roles:` in `waymark.yaml`):
 *
 * ```yaml
 * roles: [apprentice, "release crew"]
 * roles: { GSoC student: { capacity: 3 } }   # role words with a pool each
 * ```
 */

/**
 * The role words of a settings object (none when there are none or they are not words:
 * the planning settings' validation reports those).
 */
export function roleSettings(settings: unknown): { roles: string[] } {
  if (typeof settings !== 'object' || settings === null || !('roles' in settings)) return { roles: [] }
  const value = (settings as { roles: unknown }).roles
  // A mapping (`roles: { GSoC student: { capacity: 3 } }`) names its roles by its keys.
  const list =
    typeof value === 'string'
      ? [value]
      : typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.keys(value)
        : value
  return { roles: Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [] }
}
