import type { RegisterRoutes } from '../domain.js';
import { registerDatasetRoutes } from './datasets/datasets.routes.js';
import { registerDatasetUploadRoutes } from './datasets/dataset-upload.routes.js';
import { registerEvidenceEntityRoutes } from './entities/entities.routes.js';
import { registerEvidenceGroupRoutes } from './groups/groups.routes.js';
import { registerDatasetLayoutRoutes } from './layouts/layouts.routes.js';
import { registerIndicatorRoutes } from './indicators/indicators.routes.js';
import { registerInstructionalFocusRoutes } from './instructional-focus/instructional-focus.routes.js';
import { registerCitableDataRoutes } from './citations/citable-data.routes.js';
import { registerMeasureFeedRoutes } from './measure-feeds/measure-feeds.routes.js';
import { registerRetreatRoutes } from './retreats/retreats.routes.js';
import { registerRetreatDocumentRoutes } from './retreat-documents/retreat-documents.routes.js';
import { registerRetreatPageRoutes } from './retreat-page/retreat-page.routes.js';

/** Evidence's resources, in the order they register. */
export const evidenceRoutes: readonly RegisterRoutes[] = [registerDatasetUploadRoutes, registerDatasetRoutes, registerDatasetLayoutRoutes, registerEvidenceEntityRoutes, registerEvidenceGroupRoutes, registerIndicatorRoutes, registerMeasureFeedRoutes, registerRetreatRoutes, registerRetreatPageRoutes, registerRetreatDocumentRoutes, registerInstructionalFocusRoutes, registerCitableDataRoutes];
