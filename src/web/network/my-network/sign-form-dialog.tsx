import { useId } from 'react';
import { api } from '../../app/api';
import { checkRequired } from '../../app/form-checks';
import { useT } from '../../app/i18n/i18n-provider';
import { useSignedIn } from '../../app/session';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { TextAreaField, TextField } from '../../app/ui/field';
import { textOf, useFormSubmit } from '../../app/use-form-submit';
import { documentKindLabel, type EnrolmentDocument, type EnrolmentDocumentKind } from '../cohorts/cohorts-api';
import { myNetworkApi, type DistrictCohort } from './my-network-api';

interface SignFormDialogProps {
  /** The document to sign; null keeps the dialog closed. */
  kind: EnrolmentDocumentKind | null;
  districtId: string;
  districtName: string;
  cohort: DistrictCohort;
  onClose: () => void;
  onSigned: (document: EnrolmentDocument) => void;
}

/**
 * Signs a notice of intent or a letter of commitment in Waymark: who signs, their title, and the
 * statement (a sensible one is written for them to adjust). Signing needs the signer to say they may
 * sign for the district; Waymark keeps who signed, when, and what.
 */
export function SignFormDialog({ kind, districtId, districtName, cohort, onClose, onSigned }: SignFormDialogProps) {
  const t = useT();
  const formId = useId();
  const { user } = useSignedIn();
  const form = useFormSubmit({
    validate: (data) => {
      const errors = checkRequired(t, data, ['signerName', 'signerTitle', 'statement']);
      if (data.get('authorised') !== 'yes') errors.authorised = t('signForm.authorisedRequired');
      return errors;
    },
    submit: async (data) => {
      onSigned(
        await api.post<EnrolmentDocument>(myNetworkApi.signedForms(districtId, cohort.cohortId), {
          kind,
          signerName: textOf(data, 'signerName'),
          signerTitle: textOf(data, 'signerTitle'),
          statement: textOf(data, 'statement'),
        }),
      );
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const words = { district: districtName, cohort: cohort.cohortName, network: cohort.networkName, schoolYear: cohort.schoolYear, template: cohort.templateName ?? cohort.templateId };
  const statement = kind === 'letter_of_commitment' ? t('signForm.statement.commitment', words) : t('signForm.statement.intent', words);

  return (
    <Dialog
      isOpen={kind !== null}
      isWide
      title={kind ? t('signForm.title', { document: t(documentKindLabel[kind]) }) : ''}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={form.isSubmitting}>
            {t('signForm.sign')}
          </Button>
        </>
      }
    >
      <form key={kind ?? ''} id={formId} ref={form.formRef} className="form" noValidate onSubmit={form.onSubmit}>
        {form.error && <ErrorAlert error={form.error} title={t('signForm.failed')} />}
        <p>{t('signForm.intro', { cohort: cohort.cohortName, network: cohort.networkName })}</p>
        <div className="form-grid">
          <TextField name="signerName" label={t('signForm.signerName')} autoComplete="name" defaultValue={user.name} error={form.fieldErrors.signerName} required maxLength={200} />
          <TextField name="signerTitle" label={t('signForm.signerTitle')} hint={t('signForm.signerTitleHint')} autoComplete="organization-title" error={form.fieldErrors.signerTitle} required maxLength={200} />
        </div>
        <TextAreaField name="statement" label={t('signForm.statement')} hint={t('signForm.statementHint')} defaultValue={statement} error={form.fieldErrors.statement} required rows={6} maxLength={4000} />
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" name="authorised" value="yes" aria-invalid={form.fieldErrors.authorised ? true : undefined} aria-describedby={form.fieldErrors.authorised ? `${formId}-authorised-error` : undefined} />
            <span>{t('signForm.authorised', { district: districtName })}</span>
          </label>
          {form.fieldErrors.authorised && (
            <span className="field-error" id={`${formId}-authorised-error`}>
              <Icon name="error" size={16} />
              <span>{form.fieldErrors.authorised}</span>
            </span>
          )}
        </div>
      </form>
    </Dialog>
  );
}
