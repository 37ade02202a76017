import { z } from 'zod';
import { requiredText } from './retreats.schema.js';

export const CodeParams = z.object({ code: z.string().max(40) });
export const CodeItemParams = CodeParams.extend({ itemId: z.uuid() });

export const JoinBody = z.strictObject({
  display_name: requiredText(80).optional().meta({ description: 'A guest’s name as the room will see it; a signed-in member of the district joins as themselves without one' }),
});

export const Joined = z.object({ participant: z.object({ id: z.uuid(), display_name: z.string() }) }).meta({ id: 'RetreatParticipant' });

export const RoomQuery = z.object({
  chart_data: z.enum(['true', 'false']).optional().meta({ description: 'false leaves the charts’ data out: what a phone polls after its first load' }),
});

export const RoomObservation = z
  .object({ id: z.uuid(), kind: z.enum(['notice', 'wonder']), body: z.string(), is_mine: z.boolean(), created_at: z.string() })
  .meta({ id: 'RetreatRoomObservation' });
