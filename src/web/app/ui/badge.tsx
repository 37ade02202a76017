import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'brand';

/** A short label for a role or a status. The dot is decoration; the words carry the meaning. */
export function Badge({ tone = 'neutral', hasDot = true, children }: { tone?: BadgeTone; hasDot?: boolean; children: ReactNode }) {
  return <span className={`badge badge-${tone}${hasDot ? '' : ' badge-plain'}`}>{children}</span>;
}
