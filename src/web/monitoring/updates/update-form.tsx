import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { FieldFrame, SelectField, TextAreaField } from '../../app/ui/field';
import { Icon } from '../../app/ui/icons';
import { useFormSubmit } from '../../app/use-form-submit';
import { formatDay } from '../../process/cycles/process-api';
import { useChoices } from '../../plan/fields/choices';
import { ValueRow } from './value-row';
import { useStudentGroups, type StudentGroup } from '../student-groups/student-groups-api';
import { allStudentsRowId, defaultPeriod, latestForPeriod, placeServerDetails, readUpdateForm, rowsFor, type ResultRow } from './update-form-model';
import { periodStateTone, useUnitText } from './update-format';
import type { ElementUpdate, ElementUpdates, UpdateBody } from './updates-api';

interface UpdateFormProps {
  element: ElementUpdates;
  /** The period asked for in the address (?period=), if any. */
  askedPeriod: string | null;
  /** A mailed link is for one period and posts without naming it. */
  isLinkForm?: boolean;
  /** The district whose student groups an added row chooses from. */
  districtId?: string | null;
  /** The district's groups when they came with the form (the mailed link has no session to read them). */
  studentGroups?: StudentGroup[];
  post: (body: UpdateBody) => Promise<ElementUpdate>;
  onPosted: (update: ElementUpdate) => void;
}

/**
 * The one-screen update: the numbers (all students and each group, with n) or the action's status
 * and percent, three short narrative fields, and a correction note when the period already has an
 * update. The first field takes focus and Enter posts, so a routine update takes a minute.
 */
export function UpdateForm({ element, askedPeriod, isLinkForm = false, districtId = null, studentGroups, post, onPosted }: UpdateFormProps) {
  const fetchedGroups = useStudentGroups(studentGroups ? null : districtId);
  const groups = studentGroups ?? fetchedGroups;
  const { t, locale, formatDateTime } = useI18n();
  const choices = useChoices();
  const unitText = useUnitText();
  const [period, setPeriod] = useState(() => defaultPeriod(element, askedPeriod));
  const [added, setAdded] = useState<ResultRow[]>([]);
  const nextAdded = useRef(1);
  const current = element.periods.find((candidate) => candidate.label === period) ?? null;
  const previous = period ? latestForPeriod(element.updates, period) : null;
  const isCorrection = previous !== null;
  const rows = useMemo(() => [...rowsFor(element, previous), ...added], [element, previous, added]);
  const lastAction = element.updates.find((update) => update.actionStatus !== null || update.percentComplete !== null) ?? null;
  const unit = unitText(element);

  const form = useFormSubmit({
    validate: (data) => readUpdateForm(data, { kind: element.kind, rows, isCorrection, periodLabel: period, t }).errors,
    submit: async (data) => {
      const { body, sentRows } = readUpdateForm(data, { kind: element.kind, rows, isCorrection, periodLabel: isLinkForm ? null : period, t });
      try {
        const posted = await post(body);
        setAdded([]);
        onPosted(posted);
      } catch (cause) {
        const error = ApiError.from(cause);
        if (error.code !== 'invalid_input') throw error;
        throw new ApiError(error.status, error.code, error.message, placeServerDetails(error.details, sentRows), error.body);
      }
    },
  });
  const { formRef, reset } = form;

  // The first field takes focus once the form is on screen and after a period is chosen (not after
  // a post: the confirmation above the form takes it then).
  const formKey = `${period}-${previous?.id ?? 'new'}`;
  useEffect(() => {
    const frame = requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[data-first-field]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [period, formRef]);

  const choosePeriod = (label: string) => {
    setPeriod(label);
    setAdded([]);
    reset();
  };

  const addGroup = () => {
    const id = `new${nextAdded.current++}`;
    setAdded((rows) => [...rows, { id, subgroup: null, isAdded: true }]);
    requestAnimationFrame(() => document.getElementById(`update-subgroup-${id}`)?.focus());
  };

  const removeGroup = (id: string) => {
    setAdded((rows) => rows.filter((row) => row.id !== id));
    requestAnimationFrame(() => document.getElementById('update-add-group')?.focus());
  };

  // Enter posts from the narrative too; Shift+Enter still starts a new line.
  const enterPosts = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  if (!period || !current) {
    return (
      <Alert tone="info" announce="none" title={t('updates.noPeriodsTitle')}>
        {t(element.kind === 'measure' ? 'updates.noPeriodsMeasure' : 'updates.noPeriodsAction')}
      </Alert>
    );
  }

  return (
    <form ref={formRef} className="form update-form" noValidate onSubmit={form.onSubmit} aria-label={t('updates.formLabel', { name: element.name })}>
      {form.error && <ErrorAlert error={form.error} title={t('updates.postFailed')} />}
      <div className="update-period-row">
        {isLinkForm || element.periods.length === 1 ? (
          <p className="update-period-fixed">
            <span className="field-label">{t('updates.period')}</span> <strong>{current.label}</strong>
          </p>
        ) : (
          <SelectField
            name="periodLabel"
            label={t('updates.period')}
            value={period}
            onChange={(event) => choosePeriod(event.target.value)}
            error={form.fieldErrors.periodLabel}
            className="update-period-select"
            options={element.periods.map((option) => ({ value: option.label, label: `${option.label} · ${t(`updates.state.${option.state}`)}` }))}
          />
        )}
        <p className="update-period-dates">
          <Badge tone={periodStateTone[current.state]}>{t(`updates.state.${current.state}`)}</Badge>
          <span>{t('updates.dueOn', { date: formatDay(locale, current.dueOn) })}</span>
          <span className="muted">{t('updates.periodSpan', { from: formatDay(locale, current.startsOn), to: formatDay(locale, current.endsOn) })}</span>
        </p>
      </div>

      <div key={formKey} className="stack update-fields">
        {isCorrection && (
          <Alert tone="info" announce="none" title={t('updates.correctingTitle', { period })}>
            {t('updates.correctingText', { revision: previous.revision, author: previous.author, date: formatDateTime(previous.createdAt), next: previous.revision + 1 })}
          </Alert>
        )}

        {element.kind === 'measure' ? (
          <fieldset className="fieldset">
            <legend>{t('updates.resultsLegend', { period })}</legend>
            <table className="table table-stack update-values">
              <thead>
                <tr>
                  <th scope="col">{t('updates.column.group')}</th>
                  <th scope="col">{unit ? t('updates.column.valueIn', { unit }) : t('updates.column.value')}</th>
                  <th scope="col">{t('updates.column.n')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('updates.column.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <ValueRow
                    key={row.id}
                    row={row}
                    previous={previous}
                    unit={unit}
                    errors={form.fieldErrors}
                    isFirst={row.id === allStudentsRowId}
                    groups={groups}
                    onRemove={row.isAdded ? () => removeGroup(row.id) : undefined}
                  />
                ))}
              </tbody>
            </table>
            <div className="row">
              <Button id="update-add-group" size="small" variant="quiet" onClick={addGroup}>
                <Icon name="plus" size={16} />
                {t('updates.addGroup')}
              </Button>
              <span className="field-hint">{t('updates.valuesHint')}</span>
            </div>
          </fieldset>
        ) : (
          <div className="form-grid">
            <FieldFrame label={t('updates.actionStatus')} error={form.fieldErrors.actionStatus}>
              {({ id, describedBy, isInvalid }) => (
                <select
                  id={id}
                  name="actionStatus"
                  className="select"
                  data-first-field
                  defaultValue={previous?.actionStatus ?? lastAction?.actionStatus ?? ''}
                  aria-describedby={describedBy}
                  aria-invalid={isInvalid || undefined}
                >
                  <option value="">{t('updates.chooseStatus')}</option>
                  {choices.statuses.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              )}
            </FieldFrame>
            <FieldFrame label={t('updates.percentComplete')} hint={t('updates.percentHint')} error={form.fieldErrors.percentComplete} isOptional>
              {({ id, describedBy, isInvalid }) => (
                <span className="update-suffixed">
                  <input
                    id={id}
                    name="percentComplete"
                    className="input"
                    inputMode="decimal"
                    autoComplete="off"
                    defaultValue={String(previous?.percentComplete ?? lastAction?.percentComplete ?? '')}
                    aria-describedby={describedBy}
                    aria-invalid={isInvalid || undefined}
                  />
                  <span aria-hidden="true">%</span>
                </span>
              )}
            </FieldFrame>
          </div>
        )}

        <fieldset className="fieldset update-narrative">
          <legend>{t('updates.narrativeLegend')}</legend>
          <div className="update-narrative-grid">
            <TextAreaField name="happened" label={t('updates.happened')} rows={2} maxLength={4000} defaultValue={previous?.happened ?? ''} error={form.fieldErrors.happened} onKeyDown={enterPosts} isOptional />
            <TextAreaField name="why" label={t('updates.why')} rows={2} maxLength={4000} defaultValue={previous?.why ?? ''} error={form.fieldErrors.why} onKeyDown={enterPosts} isOptional />
            <TextAreaField name="nextSteps" label={t('updates.nextSteps')} rows={2} maxLength={4000} defaultValue={previous?.nextSteps ?? ''} error={form.fieldErrors.nextSteps} onKeyDown={enterPosts} isOptional />
          </div>
        </fieldset>

        {isCorrection && (
          <TextAreaField name="correctionNote" label={t('updates.correctionNote')} hint={t('updates.correctionNoteHint')} rows={2} maxLength={1000} error={form.fieldErrors.correctionNote} onKeyDown={enterPosts} required />
        )}
      </div>

      <div className="form-actions">
        <Button type="submit" variant="primary" isBusy={form.isSubmitting}>
          {isCorrection ? t('updates.postCorrection') : t('updates.post')}
        </Button>
        <span className="field-hint">{t('updates.enterHint')}</span>
      </div>
    </form>
  );
}
