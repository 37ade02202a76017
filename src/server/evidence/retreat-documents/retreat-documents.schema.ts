import { z } from 'zod';
import { documentLanguageQuery } from '../../documents/document-language.js';

export { RetreatParams } from '../retreats/retreats.schema.js';

/** `?lang=en|es`, as on every document's address. */
export const RetreatDocumentQuery = z.object(documentLanguageQuery);

/** The retreat's two documents, by the name in their address. */
export const retreatDocumentKinds = ['diagnostic', 'data-picture'] as const;
export type RetreatDocumentKind = (typeof retreatDocumentKinds)[number];
