import { describe, expect, it } from 'vitest';
import type { EnrolmentDocument, EnrolmentDocumentKind } from '../cohorts/cohorts-api';
import { hasEveryDocument, myNetworkApi, type DistrictCohort } from './my-network-api';

const document = (kind: EnrolmentDocumentKind, signed = true): EnrolmentDocument => ({
  id: `doc-${kind}`,
  kind,
  fileName: signed ? null : `${kind}.pdf`,
  contentType: signed ? null : 'application/pdf',
  sizeBytes: signed ? null : 10,
  signerName: signed ? 'Ana' : null,
  signerTitle: signed ? 'Superintendent' : null,
  statement: signed ? 'We intend to join.' : null,
  addedBy: 'Ana',
  addedAt: '2026-08-01T12:00:00.000Z',
});
const cohortWith = (documents: EnrolmentDocument[]) => ({ documents }) as DistrictCohort;

describe('whether a district may enrol', () => {
  it.each<[string, EnrolmentDocument[], boolean]>([
    ['nothing given', [], false],
    ['only the notice of intent', [document('notice_of_intent')], false],
    ['only the letter of commitment, uploaded', [document('letter_of_commitment', false)], false],
    ['an other document does not stand in for either', [document('notice_of_intent'), document('other')], false],
    ['both, one signed and one uploaded', [document('notice_of_intent'), document('letter_of_commitment', false)], true],
    ['both and more', [document('letter_of_commitment'), document('other'), document('notice_of_intent', false)], true],
  ])('%s', (_, documents, expected) => {
    expect(hasEveryDocument(cohortWith(documents))).toBe(expected);
  });

  it('names an uploaded file in the address, encoded', () => {
    expect(myNetworkApi.upload('d1', 'c1', 'letter_of_commitment', 'Lettre d’engagement & co.pdf')).toBe(
      '/api/districts/d1/cohorts/c1/documents?kind=letter_of_commitment&fileName=Lettre%20d%E2%80%99engagement%20%26%20co.pdf',
    );
  });
});
