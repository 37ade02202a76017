import { z } from 'zod';
import { documentLanguageQuery } from '../../documents/document-language.js';

export const PacketParams = z.object({ planId: z.uuid() });
export const PacketQuery = z.object(documentLanguageQuery);
