import { useId, useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { TextField } from '../../app/ui/field';
import { PlanErrorAlert } from '../../plan/plans/plan-error-alert';
import { usePlanWorkspace } from '../../plan/plans/plan-workspace-context';
import { formatDay } from './measure-value';
import { rolloverApi, type RolloverPreview, type YearClosure } from './rollover-api';
import { useStatusText } from './status-text';

/**
 * Closing a plan's year in two steps: the preview lists the open actions whose due dates will move
 * a year forward, so nobody carries work without seeing it; then the close keeps the year's
 * scorecard. Changing the year drops the preview, so what is closed is always what was shown.
 */
export function CloseYearDialog({ isOpen, onClose, onClosed }: { isOpen: boolean; onClose: () => void; onClosed: (closure: YearClosure) => void }) {
  const { t } = useI18n();
  const formId = useId();
  const [preview, setPreview] = useState<RolloverPreview | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const close = () => {
    setPreview(null);
    onClose();
  };
  return (
    <Dialog
      isOpen={isOpen}
      title={t('progress.rollover.title')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('action.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" isBusy={isBusy}>
            {preview ? t('progress.rollover.close') : t('progress.rollover.preview')}
          </Button>
        </>
      }
    >
      {isOpen && <CloseYearForm formId={formId} preview={preview} setPreview={setPreview} setIsBusy={setIsBusy} onClosed={(closure) => {
            setPreview(null);
            onClosed(closure);
          }} />}
    </Dialog>
  );
}

function CloseYearForm(props: {
  formId: string;
  preview: RolloverPreview | null;
  setPreview: (preview: RolloverPreview | null) => void;
  setIsBusy: (busy: boolean) => void;
  onClosed: (closure: YearClosure) => void;
}) {
  const { formId, preview, setPreview, setIsBusy, onClosed } = props;
  const { t, locale } = useI18n();
  const status = useStatusText();
  const { plan } = usePlanWorkspace();
  const [year, setYear] = useState(preview?.yearLabel ?? '');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async () => {
    if (!year.trim()) {
      setFieldError(t('progress.rollover.yearRequired'));
      return;
    }
    setFieldError(undefined);
    setError(null);
    setIsBusy(true);
    try {
      if (!preview) setPreview(await api.get<RolloverPreview>(rolloverApi.preview(plan.id, year.trim())));
      else onClosed(await api.post<YearClosure>(rolloverApi.close(plan.id), { year: preview.yearLabel }));
    } catch (cause) {
      const apiError = ApiError.from(cause);
      // The server names the year field (query/year for the preview, /year for the close): its words go under the field.
      const onYear = apiError.details.find((detail) => detail.path === 'query/year' || detail.path === '/year');
      if (onYear) setFieldError(onYear.message);
      else setError(apiError);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form
      id={formId}
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p>{t('progress.rollover.description')}</p>
      <TextField
        label={t('progress.rollover.year')}
        hint={t('progress.rollover.yearHint')}
        name="year"
        value={year}
        error={fieldError}
        onChange={(event) => {
          setYear(event.target.value);
          setPreview(null);
        }}
      />
      {preview && (
        <div className="stack">
          <h3>{t('progress.rollover.carriedTitle', { year: preview.yearLabel, date: formatDay(preview.yearEndsOn, locale) })}</h3>
          {preview.carried.length === 0 ? (
            <p>{t('progress.rollover.nothingToCarry')}</p>
          ) : (
            <ul className="rollover-carried">
              {preview.carried.map((action) => (
                <li key={action.key}>
                  <strong>{action.title}</strong> ({status.action(action.status)}):{' '}
                  {t('progress.rollover.moves', { from: formatDay(action.fromDue, locale), to: formatDay(action.toDue, locale) })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && <PlanErrorAlert error={error} title={t('progress.rollover.failed')} />}
    </form>
  );
}
