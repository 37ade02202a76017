/**
 * The key that names one school or district of a file: its code when the file has one ("01M015"),
 * else its name lower-cased with spaces collapsed, so "P.S. 15  Roberto" and "p.s. 15 roberto" are
 * one entity. Names resolved to the district's schools are stored against this key.
 */
export function entityKeyOf(code: string | null, name: string): string {
  if (code !== null) {
    const trimmed = code.trim();
    if (trimmed !== '') return trimmed.toUpperCase();
  }
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
