/**
 * Content-Disposition for a download named after the plan: an ASCII name for old clients and
 * the full UTF-8 name (RFC 6266) for the rest, since a header cannot carry "Plan für Zürich" raw.
 */
export function attachmentHeader(title: string, extension: string): string {
  const name = title.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim().slice(0, 100) || 'plan';
  const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/"/g, '').trim() || 'plan';
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name}.${extension}`)}`;
}
