import { z } from 'zod';
import { DatasetMapping } from '../datasets/datasets.schema.js';

export const DistrictParams = z.object({ districtId: z.uuid() });

const Layout = z.object({ ref: z.string(), name: z.string(), description: z.string(), mapping: DatasetMapping }).meta({ id: 'DatasetLayout' });

export const Layouts = z.object({ library: z.array(Layout), saved: z.array(Layout) }).meta({ id: 'DatasetLayouts' });
