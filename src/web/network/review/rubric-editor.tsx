import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { fieldIssueMessage } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import { reviewApi, type Rubric, type RubricCriterion, type TemplateDeliverables } from './review-api';

const blankLevel = () => ({ label: '', description: '' });
const blankCriterion = (): RubricCriterion => ({ label: '', description: '', levels: [blankLevel(), blankLevel(), blankLevel()] });

interface RubricEditorProps {
  networkId: string;
  /** The rubric to change, or null for a new one. */
  rubric: Rubric | null;
  templates: Array<{ id: string; name: string }>;
  onSaved: (rubric: Rubric) => void;
  onCancel: () => void;
}

/** Writes or changes one rubric: its deliverable type (new ones only), name, and criteria with 2 to 6 levels each. */
export function RubricEditor({ networkId, rubric, templates, onSaved, onCancel }: RubricEditorProps) {
  const t = useT();
  const [templateId, setTemplateId] = useState(rubric?.templateId ?? '');
  const [deliverableKey, setDeliverableKey] = useState(rubric?.deliverableKey ?? '');
  const [name, setName] = useState(rubric?.name ?? '');
  const [criteria, setCriteria] = useState<RubricCriterion[]>(rubric?.criteria ?? [blankCriterion()]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const template = useResource<TemplateDeliverables>(templateId ? reviewApi.template(templateId) : null);
  const errorAt = (path: string) => {
    const detail = error?.details.find((candidate) => candidate.path === path);
    return detail ? fieldIssueMessage(detail) : undefined;
  };
  const changeCriterion = (index: number, change: Partial<RubricCriterion>) => setCriteria(criteria.map((criterion, i) => (i === index ? { ...criterion, ...change } : criterion)));
  const changeLevel = (index: number, levelIndex: number, change: Partial<RubricCriterion['levels'][number]>) =>
    changeCriterion(index, { levels: criteria[index]!.levels.map((level, j) => (j === levelIndex ? { ...level, ...change } : level)) });

  const save = async () => {
    setBusy(true);
    setError(null);
    const body = {
      name,
      criteria: criteria.map((criterion) => ({
        label: criterion.label,
        ...(criterion.description.trim() ? { description: criterion.description } : {}),
        levels: criterion.levels.map((level) => ({ label: level.label, ...(level.description.trim() ? { description: level.description } : {}) })),
      })),
    };
    try {
      const saved = rubric ? await api.put<Rubric>(reviewApi.rubric(networkId, rubric.id), { ...body, version: rubric.version }) : await api.post<Rubric>(reviewApi.rubrics(networkId), { ...body, templateId, deliverableKey });
      onSaved(saved);
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form rubric-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {!rubric && (
        <>
          <SelectField
            name="templateId"
            label={t('rubrics.template')}
            value={templateId}
            onChange={(event) => {
              setTemplateId(event.target.value);
              setDeliverableKey('');
            }}
            options={[{ value: '', label: t('rubrics.chooseTemplate') }, ...templates.map((candidate) => ({ value: candidate.id, label: candidate.name }))]}
            error={errorAt('/templateId')}
          />
          <SelectField
            name="deliverableKey"
            label={t('rubrics.deliverable')}
            value={deliverableKey}
            onChange={(event) => setDeliverableKey(event.target.value)}
            disabled={!template.data}
            options={[{ value: '', label: t('rubrics.chooseDeliverable') }, ...(template.data?.deliverables ?? []).map((deliverable) => ({ value: deliverable.id, label: deliverable.letter ? `${deliverable.letter}. ${deliverable.name}` : deliverable.name }))]}
            error={errorAt('/deliverableKey')}
          />
        </>
      )}
      <TextField name="name" label={t('rubrics.name')} value={name} onChange={(event) => setName(event.target.value)} maxLength={200} required error={errorAt('/name')} />
      {criteria.map((criterion, index) => (
        <fieldset key={index} className="fieldset criterion-block">
          <legend>{t('rubrics.criterion', { number: index + 1 })}</legend>
          <TextField name={`criterion-${index}`} label={t('rubrics.criterionLabel')} value={criterion.label} onChange={(event) => changeCriterion(index, { label: event.target.value })} maxLength={200} required error={errorAt(`/criteria/${index}/label`)} />
          <TextField name={`criterion-${index}-description`} label={t('rubrics.criterionDescription')} value={criterion.description} onChange={(event) => changeCriterion(index, { description: event.target.value })} maxLength={2000} isOptional />
          <p className="field-hint">{t('rubrics.levelsHint')}</p>
          {errorAt(`/criteria/${index}/levels`) && <p className="field-error">{errorAt(`/criteria/${index}/levels`)}</p>}
          {criterion.levels.map((level, levelIndex) => (
            <div key={levelIndex} className="level-row">
              <TextField name={`criterion-${index}-level-${levelIndex}`} label={t('rubrics.levelLabel', { number: levelIndex + 1 })} value={level.label} onChange={(event) => changeLevel(index, levelIndex, { label: event.target.value })} maxLength={120} required error={errorAt(`/criteria/${index}/levels/${levelIndex}/label`)} />
              <TextField name={`criterion-${index}-level-${levelIndex}-description`} label={t('rubrics.levelDescription', { number: levelIndex + 1 })} value={level.description} onChange={(event) => changeLevel(index, levelIndex, { description: event.target.value })} maxLength={1000} isOptional />
              <Button size="small" variant="quiet-danger" disabled={criterion.levels.length <= 2} onClick={() => changeCriterion(index, { levels: criterion.levels.filter((_, j) => j !== levelIndex) })}>
                {t('rubrics.removeLevel', { number: levelIndex + 1 })}
              </Button>
            </div>
          ))}
          <div className="row">
            <Button size="small" disabled={criterion.levels.length >= 6} onClick={() => changeCriterion(index, { levels: [...criterion.levels, blankLevel()] })}>
              {t('rubrics.addLevel')}
            </Button>
            <Button size="small" variant="quiet-danger" disabled={criteria.length <= 1} onClick={() => setCriteria(criteria.filter((_, i) => i !== index))}>
              {t('rubrics.removeCriterion', { number: index + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      {errorAt('/criteria') && <p className="field-error">{errorAt('/criteria')}</p>}
      <div className="row">
        <Button disabled={criteria.length >= 12} onClick={() => setCriteria([...criteria, blankCriterion()])}>
          {t('rubrics.addCriterion')}
        </Button>
      </div>
      {error && <ErrorAlert error={error} title={t('rubrics.saveFailed')} onDismiss={() => setError(null)} />}
      <div className="form-actions">
        <Button type="submit" variant="primary" isBusy={busy}>
          {t('rubrics.save')}
        </Button>
        <Button onClick={onCancel}>{t('rubrics.cancel')}</Button>
      </div>
    </form>
  );
}
