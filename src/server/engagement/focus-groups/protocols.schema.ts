import { z } from 'zod';
import { protocolSchema } from '../../../core/engagement/focus-groups/protocol-format.js';
import { versionSchema } from '../../http/common.schema.js';

const localizedText = z.record(z.string(), z.string());

export const ProtocolDocument = z
  .object({
    title: localizedText,
    purpose: localizedText,
    constituency: z.string(),
    languages: z.array(z.string()),
    questions: z.array(z.object({ key: z.string(), text: localizedText, probes: z.array(localizedText), minutes: z.number().int() })),
  })
  .meta({ id: 'FocusGroupProtocolDocument' });

export const LibraryProtocolSchema = z
  .object({ key: z.string(), frameworks: z.array(z.string()), when: localizedText, protocol: ProtocolDocument })
  .meta({ id: 'FocusGroupLibraryProtocol' });

export const DistrictProtocol = z
  .object({ id: z.uuid(), library_key: z.string().nullable(), title: z.string(), protocol: ProtocolDocument, version: z.number().int(), created_at: z.string(), updated_at: z.string() })
  .meta({ id: 'FocusGroupProtocol' });

export const ProtocolList = z.object({ library: z.array(LibraryProtocolSchema), protocols: z.array(DistrictProtocol) }).meta({ id: 'FocusGroupProtocolList' });

export const DistrictParams = z.object({ districtId: z.uuid() });
export const ProtocolParams = z.object({ districtId: z.uuid(), protocolId: z.uuid() });

/** Where a new protocol comes from: exactly one of a library key, another protocol, or a whole document. */
export const NewProtocolBody = z.strictObject({
  library_key: z.string().max(64).optional(),
  protocol_id: z.uuid().optional(),
  protocol: protocolSchema.optional(),
});

export const SaveProtocolBody = z.strictObject({ version: versionSchema, protocol: protocolSchema });
