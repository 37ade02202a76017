/**
 * Content-Disposition for a download named after what it holds (a plan, a survey, a report): an
 * ASCII name for old clients and the full UTF-8 name (RFC 6266) for the rest, since a header cannot
 * carry "Plan für Zürich" raw. `fallback` names a file whose title has no usable character.
 */
export function attachmentHeader(title: string, extension: string, fallback = 'download'): string {
  const name = title.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim().slice(0, 100) || fallback;
  const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/"/g, '').trim() || fallback;
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name}.${extension}`)}`;
}
