import { useState } from 'react';
import { plannedMinutes, type Protocol } from '../../../core/engagement/focus-groups/protocol-format';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { Alert } from '../../app/ui/alert';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField, TextAreaField, TextField } from '../../app/ui/field';
import { focusGroupsApi, type DistrictProtocol } from './focus-groups-api';
import { useLanguageWords } from './focus-group-words';

interface Props {
  districtId: string;
  protocol: DistrictProtocol;
  onSaved: (protocol: DistrictProtocol) => void;
  onClose: () => void;
}

const newKey = (protocol: Protocol) => {
  for (let n = protocol.questions.length + 1; ; n++) if (!protocol.questions.some((question) => question.key === `q${n}`)) return `q${n}`;
};

/**
 * Edits one of the district's protocols, one language at a time (the other stays as it was): title,
 * purpose, and each question with its probes (one per line) and minutes. A stale save shows the
 * other person's version.
 */
export function ProtocolEditor({ districtId, protocol: original, onSaved, onClose }: Props) {
  const { t, locale } = useI18n();
  const say = useAnnounce();
  const languageName = useLanguageWords();
  const [draft, setDraft] = useState<Protocol>(() => structuredClone(original.protocol));
  const [version, setVersion] = useState(original.version);
  const [language, setLanguage] = useState(original.protocol.languages.includes(locale) ? locale : original.protocol.languages[0]!);
  const [error, setError] = useState<ApiError | null>(null);
  const [hasConflict, setHasConflict] = useState(false);
  const [isSaving, setIsSaving] = useState(false);

  const setText = (text: Record<string, string>, value: string) => ({ ...text, [language]: value });
  const changeQuestion = (index: number, change: (question: Protocol['questions'][number]) => Protocol['questions'][number]) =>
    setDraft((current) => ({ ...current, questions: current.questions.map((question, i) => (i === index ? change(question) : question)) }));

  const save = async () => {
    setIsSaving(true);
    setError(null);
    setHasConflict(false);
    try {
      const saved = await api.put<DistrictProtocol>(focusGroupsApi.protocol(districtId, original.id), { version, protocol: draft });
      setVersion(saved.version);
      onSaved(saved);
      say(t('protocols.editor.saved'));
    } catch (cause) {
      const failure = ApiError.from(cause);
      const current = (failure.body as { current?: DistrictProtocol }).current;
      if (failure.code === 'conflict' && current) {
        setHasConflict(true);
        setDraft(structuredClone(current.protocol));
        setVersion(current.version);
      } else setError(failure);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="protocol-editor-heading">
      <div className="card-header">
        <h2 id="protocol-editor-heading">{t('protocols.editor.title', { title: original.title })}</h2>
      </div>
      <div className="card-body stack">
        {hasConflict && <Alert tone="warning">{t('protocols.editor.conflict')}</Alert>}
        {error && <ErrorAlert error={error} title={t('protocols.editor.failed')} onDismiss={() => setError(null)} />}
        <SelectField label={t('protocols.editor.language')} name="language" value={language} onChange={(event) => setLanguage(event.target.value)} options={draft.languages.map((code) => ({ value: code, label: languageName(code) }))} />
        <TextField label={t('protocols.editor.titleField')} name="title" maxLength={200} value={draft.title[language] ?? ''} onChange={(event) => setDraft({ ...draft, title: setText(draft.title, event.target.value) })} />
        <TextAreaField label={t('protocols.editor.purpose')} name="purpose" rows={3} maxLength={2000} value={draft.purpose[language] ?? ''} onChange={(event) => setDraft({ ...draft, purpose: setText(draft.purpose, event.target.value) })} />
        <ol className="fg-editor-questions">
          {draft.questions.map((question, index) => (
            <li key={question.key} className="fg-editor-question stack">
              <p className="fg-question-meta">{t('protocols.editor.question', { number: index + 1 })}</p>
              <TextAreaField label={t('protocols.editor.questionText')} rows={2} maxLength={1000} value={question.text[language] ?? ''} onChange={(event) => changeQuestion(index, (q) => ({ ...q, text: setText(q.text, event.target.value) }))} />
              <TextAreaField
                label={t('protocols.editor.probes')}
                rows={3}
                value={question.probes.map((probe) => probe[language] ?? '').join('\n')}
                onChange={(event) => {
                  const lines = event.target.value.split('\n');
                  changeQuestion(index, (q) => ({ ...q, probes: lines.map((line, i) => ({ ...(q.probes[i] ?? {}), [language]: line })) }));
                }}
                onBlur={() => changeQuestion(index, (q) => ({ ...q, probes: q.probes.filter((probe) => Object.values(probe).some((value) => value.trim())) }))}
              />
              <div className="row fg-editor-question-actions">
                <TextField label={t('protocols.editor.minutes')} name={`minutes-${index}`} type="number" min={1} max={180} value={question.minutes} onChange={(event) => changeQuestion(index, (q) => ({ ...q, minutes: Number(event.target.value) }))} />
                {index > 0 && (
                  <Button size="small" onClick={() => setDraft({ ...draft, questions: [...draft.questions.slice(0, index - 1), question, draft.questions[index - 1]!, ...draft.questions.slice(index + 1)] })} aria-label={t('protocols.editor.moveUp', { number: index + 1 })}>
                    ↑
                  </Button>
                )}
                <Button size="small" variant="quiet-danger" onClick={() => setDraft({ ...draft, questions: draft.questions.filter((_, i) => i !== index) })} aria-label={t('protocols.editor.removeQuestion', { number: index + 1 })}>
                  {t('protocols.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
        <div className="row">
          <Button onClick={() => setDraft({ ...draft, questions: [...draft.questions, { key: newKey(draft), text: { [language]: '' }, probes: [], minutes: 10 }] })}>{t('protocols.editor.addQuestion')}</Button>
          <span className="muted">{t('protocols.editor.total', { minutes: t('protocols.minutes', { count: plannedMinutes(draft) }) })}</span>
        </div>
        <div className="row">
          <Button variant="primary" isBusy={isSaving} onClick={save}>
            {t('protocols.editor.save')}
          </Button>
          <Button onClick={onClose}>{t('synthesis.cancel')}</Button>
        </div>
      </div>
    </section>
  );
}
