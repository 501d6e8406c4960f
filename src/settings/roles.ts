/**
 * The roadmap's own role words, from settings (`waymark: roles:` in the front matter, or
 * `roles:` in `waymark.yaml`):
 *
 * ```yaml
 * roles: [apprentice, "release crew"]
 * ```
 */

/**
 * The role words of a settings object (none when there are none or they are not words:
 * the planning settings' validation reports those).
 */
export function roleSettings(settings: unknown): { roles: string[] } {
  if (typeof settings !== 'object' || settings === null || !('roles' in settings)) return { roles: [] }
  const value = (settings as { roles: unknown }).roles
  const list = typeof value === 'string' ? [value] : value
  return { roles: Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [] }
}
