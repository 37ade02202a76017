import { z } from 'zod';
import { Priority } from './priorities.schema.js';
import { BoardChart, ChartData, ChartView, DataProblem, quadrantSchema, Retreat } from './retreats.schema.js';
import { SwotBoard } from './swot.schema.js';

/** The caller's own dots: how many they may spend and how many are left. */
export const MyDots = z.object({ allowance: z.number().int(), used: z.number().int(), left: z.number().int() }).meta({ id: 'RetreatMyDots' });

/** Everything the team's workspace shows of one retreat. */
export const RetreatBoard = z
  .object({
    retreat: Retreat,
    charts: z.array(BoardChart),
    swot: SwotBoard,
    my_dots: MyDots,
    participants: z.number().int(),
    priorities: z.array(Priority),
  })
  .meta({ id: 'RetreatBoard' });

/** An item as a phone sees it, after adding it. */
export const RoomSwotItem = z
  .object({ id: z.uuid(), quadrant: quadrantSchema, text: z.string(), area: z.string().nullable(), dots: z.number().int(), rank: z.number().int(), is_tied: z.boolean(), my_dots: z.number().int() })
  .meta({ id: 'RetreatRoomSwotItem' });

const RoomObservation = z.object({ id: z.uuid(), kind: z.enum(['notice', 'wonder']), body: z.string(), is_mine: z.boolean(), created_at: z.string() });

/** What a phone in the room polls: no names of who wrote or who voted, only the caller's own dots. */
export const RoomState = z
  .object({
    retreat: z.object({ title: z.string(), status: z.enum(['open', 'closed']), dots_per_person: z.number().int(), frame: z.enum(['none', 'performance_fact']) }),
    me: z.object({ participant_id: z.uuid(), display_name: z.string() }).nullable().meta({ description: 'null until this device (or signed-in member) joins' }),
    charts: z.array(
      z.object({
        id: z.uuid(),
        question: z.string(),
        metric: z.string(),
        view: ChartView,
        area: z.string().nullable(),
        data: ChartData.optional().meta({ description: 'Left out when asked with chart_data=false' }),
        data_problem: DataProblem.optional(),
        observations: z.array(RoomObservation),
      }),
    ),
    swot: z.array(RoomSwotItem).meta({ description: 'Items in the board’s order (quadrant, then place)' }),
    dots_left: z.number().int(),
    priorities: z.array(z.object({ id: z.uuid(), title: z.string() })),
  })
  .meta({ id: 'RetreatRoomState' });

