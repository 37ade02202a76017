/**
 * A file's header row reduced to what identifies its layout: each header lower-cased, trimmed, inner
 * spaces collapsed and a byte-order mark dropped, blanks left out, then sorted so a file whose columns
 * moved is still the same layout. Saved layouts are looked up by it (evidence_layouts.fingerprint).
 */
export function layoutFingerprint(headers: string[]): string {
  const names = new Set<string>();
  for (const header of headers) {
    const name = normalizeHeader(header);
    if (name !== '') names.add(name);
  }
  return [...names].sort().join('|');
}

/** One header as the fingerprint and the layout library compare it. */
export function normalizeHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}
