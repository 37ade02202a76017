import { z } from 'zod';
import { CohortEvent, requiredText } from '../cohorts/cohorts.schema.js';
import { CoachOfDistrict, EnrolmentDocument } from '../members/members.schema.js';

export const DistrictParams = z.object({ districtId: z.uuid() });
export const DistrictCohortParams = DistrictParams.extend({ cohortId: z.uuid() });
export const DistrictCohortDocumentParams = DistrictCohortParams.extend({ documentId: z.uuid() });

export const documentKind = z.enum(['notice_of_intent', 'letter_of_commitment', 'other']);

export const SignedFormBody = z.strictObject({
  kind: documentKind,
  signerName: requiredText(200),
  signerTitle: requiredText(200),
  statement: requiredText(4000).meta({ description: 'What the district commits to, as signed' }),
});

export const DocumentUploadQuery = z.strictObject({
  kind: documentKind,
  fileName: requiredText(200),
});

export const EnrolBody = z.strictObject({
  cycleId: z.uuid().nullable().optional().meta({ description: "A cycle of the district run from the cohort's template; left out, one is started from the template, dated from the cohort's start" }),
});

export const DistrictNetwork = z
  .object({
    cohorts: z.array(
      z.object({
        cohortId: z.uuid(),
        cohortName: z.string(),
        schoolYear: z.string(),
        networkId: z.uuid(),
        networkName: z.string(),
        templateId: z.string(),
        templateName: z.string().nullable(),
        startDate: z.string(),
        status: z.enum(['invited', 'enrolled', 'withdrawn']),
        cycleId: z.uuid().nullable(),
        invitedAt: z.string(),
        enrolledAt: z.string().nullable(),
        documents: z.array(EnrolmentDocument),
        upcomingEvents: z.array(CohortEvent),
      }),
    ),
    providers: z.array(z.object({ networkName: z.string(), providerName: z.string() })),
    coaches: z.array(CoachOfDistrict),
  })
  .meta({ id: 'DistrictNetwork' });
