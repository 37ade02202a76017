import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { documentKindLabel, type EnrolmentDocument, type EnrolmentDocumentKind } from '../cohorts/cohorts-api';
import { myNetworkApi, requiredDocumentKinds, type DistrictCohort } from './my-network-api';
import { SignFormDialog } from './sign-form-dialog';
import { UploadDocumentDialog } from './upload-document-dialog';

interface EnrolmentDocumentsProps {
  districtId: string;
  districtName: string;
  cohort: DistrictCohort;
  /** An administrator of an invited district: signs or uploads; everyone else reads. */
  canGive: boolean;
  onGiven: () => void;
}

/**
 * The notice of intent and the letter of commitment, each given either by signing a short form in
 * Waymark or by uploading the signed file, and who gave it when; anything else the district added.
 */
export function EnrolmentDocuments({ districtId, districtName, cohort, canGive, onGiven }: EnrolmentDocumentsProps) {
  const { t } = useI18n();
  const [signing, setSigning] = useState<EnrolmentDocumentKind | null>(null);
  const [uploading, setUploading] = useState<EnrolmentDocumentKind | null>(null);
  const others = cohort.documents.filter((document) => !requiredDocumentKinds.includes(document.kind));
  const headingId = `cohort-${cohort.cohortId}-documents`;

  return (
    <section className="stack" aria-labelledby={headingId}>
      <h4 id={headingId} className="my-network-subheading">
        {t('myNetwork.documents')}
      </h4>
      <ul className="my-network-documents">
        {requiredDocumentKinds.map((kind) => {
          const given = cohort.documents.filter((document) => document.kind === kind);
          const label = t(documentKindLabel[kind]);
          return (
            <li key={kind} className="my-network-document">
              <div className="my-network-document-head">
                <span className="my-network-document-name">{label}</span>
                <Badge tone={given.length > 0 ? 'success' : 'warning'}>{t(given.length > 0 ? 'myNetwork.document.given' : 'myNetwork.document.missing')}</Badge>
              </div>
              {given.map((document) => (
                <GivenDocument key={document.id} districtId={districtId} cohortId={cohort.cohortId} document={document} />
              ))}
              {canGive && (
                <div className="row">
                  <Button size="small" onClick={() => setSigning(kind)}>
                    {t('myNetwork.sign')}
                    <span className="visually-hidden">: {label}</span>
                  </Button>
                  <Button size="small" onClick={() => setUploading(kind)}>
                    {t('myNetwork.upload')}
                    <span className="visually-hidden">: {label}</span>
                  </Button>
                </div>
              )}
            </li>
          );
        })}
        {others.map((document) => (
          <li key={document.id} className="my-network-document">
            <span className="my-network-document-name">{t(documentKindLabel[document.kind])}</span>
            <GivenDocument districtId={districtId} cohortId={cohort.cohortId} document={document} />
          </li>
        ))}
      </ul>
      {canGive && (
        <>
          <SignFormDialog
            kind={signing}
            districtId={districtId}
            districtName={districtName}
            cohort={cohort}
            onClose={() => setSigning(null)}
            onSigned={() => {
              setSigning(null);
              onGiven();
            }}
          />
          <UploadDocumentDialog
            kind={uploading}
            districtId={districtId}
            cohortId={cohort.cohortId}
            onClose={() => setUploading(null)}
            onUploaded={() => {
              setUploading(null);
              onGiven();
            }}
          />
        </>
      )}
    </section>
  );
}

/** Who gave a document and when, with the way to read it (the file, or the signed form as text). */
function GivenDocument({ districtId, cohortId, document }: { districtId: string; cohortId: string; document: EnrolmentDocument }) {
  const { t, formatDate } = useI18n();
  return (
    <p className="my-network-given">
      {document.signerName
        ? t('enrolmentDocument.signedBy', { name: document.signerName, title: document.signerTitle ?? '', date: formatDate(document.addedAt) })
        : t('enrolmentDocument.uploaded', { file: document.fileName ?? '', date: formatDate(document.addedAt) })}{' '}
      <a href={myNetworkApi.document(districtId, cohortId, document.id)} download>
        {t(document.signerName ? 'myNetwork.readSigned' : 'myNetwork.download')}
        <span className="visually-hidden"> {document.signerName ?? document.fileName}</span>
      </a>
    </p>
  );
}
