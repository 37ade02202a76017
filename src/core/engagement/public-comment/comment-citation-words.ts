/** A cited comment stays well inside an evidence text's 2,000 characters, with its words around it. */
export const MAX_CITED_COMMENT = 1500;

const clip = (text: string) => {
  const trimmed = text.trim();
  return trimmed.length > MAX_CITED_COMMENT ? `${trimmed.slice(0, MAX_CITED_COMMENT - 1).trimEnd()}…` : trimmed;
};

/**
 * How a plan element words its citation of public comment on a draft: the comment quoted with the
 * role its writer gave (never a name or an address), or a theme with how many comments it holds.
 * The same words whether the team cites from the picker or by answering a comment.
 */
export const commentCitationWords = {
  en: {
    source: 'Public comment on the draft',
    wholeDraft: 'Whole draft',
    comment: (body: string, role: string | null) => `“${clip(body)}” — ${role ? `${role}, ` : ''}public comment on the draft`,
    theme: (label: string, count: number) => `Public comment on the draft: theme “${label}” across ${count === 1 ? 'one comment' : `${count} comments`}`,
  },
  es: {
    source: 'Comentario público sobre el borrador',
    wholeDraft: 'Todo el borrador',
    comment: (body: string, role: string | null) => `«${clip(body)}» — ${role ? `${role}, ` : ''}comentario público sobre el borrador`,
    theme: (label: string, count: number) => `Comentario público sobre el borrador: tema «${label}» en ${count === 1 ? 'un comentario' : `${count} comentarios`}`,
  },
};
