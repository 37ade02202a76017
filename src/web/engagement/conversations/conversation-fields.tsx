import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Button } from '../../app/ui/button';
import { SelectField, TextAreaField, TextField } from '../../app/ui/field';
import { useResource } from '../../app/use-resource';
import type { CycleChoice, CyclePhaseChoice, EngagementEntryChoice, StakeholderGroupChoice } from '../api-types';
import { languageName } from '../surveys/survey-words';
import { surveysApi } from '../surveys/surveys-api';
import { conversationModeExplained, conversationModeLabel, moderationExplained, moderationLabel } from './conversation-words';
import type { ConversationDraft } from './conversation-draft';

interface Props {
  draft: ConversationDraft;
  onChange: (draft: ConversationDraft) => void;
  organizationId: string;
  errors: Record<string, string>;
  /** Once open only the words may change (the server says so too): the mode and moderation are shown, not offered. */
  isOpen: boolean;
  idPrefix: string;
}

/**
 * The fields of a conversation, for the new-conversation form and the Settings tab: the prompt in
 * each language, the way people respond and how statements are moderated (each explained in plain
 * words), the planning cycle and engagement-plan entry it serves, and its dates.
 */
export function ConversationFields({ draft, onChange, organizationId, errors, isOpen, idPrefix }: Props) {
  const { t, locale } = useI18n();
  const [newLanguage, setNewLanguage] = useState('');
  const set = (changes: Partial<ConversationDraft>) => onChange({ ...draft, ...changes });
  const cycles = useResource<{ cycles: CycleChoice[] }>(surveysApi.cycles(organizationId));
  const cycle = useResource<{ phases: CyclePhaseChoice[] }>(draft.cycleId ? surveysApi.cycle(draft.cycleId) : null);
  const plan = useResource<{ groups: StakeholderGroupChoice[]; engagements: EngagementEntryChoice[] }>(draft.cycleId ? surveysApi.engagementPlan(draft.cycleId) : null);
  const entryLabel = (entry: EngagementEntryChoice) => {
    const group = plan.data?.groups.find((g) => g.id === entry.stakeholderGroupId)?.name ?? '';
    const phase = cycle.data?.phases.find((p) => p.id === entry.phaseId)?.name ?? '';
    return [group, t(`stakeholders.method.${entry.method}` as MessageKey), phase].filter(Boolean).join(' · ');
  };
  const entries = plan.data?.engagements ?? [];
  // A refusal of the prompt as a whole (none given) shows on its first language; one of a language's text on that text.
  const isPromptErrorPlaced = draft.languages.some((code) => errors[`prompt/${code}`]);
  const promptError = (code: string) => errors[`prompt/${code}`] ?? (code === draft.languages[0] && !isPromptErrorPlaced ? errors.prompt : undefined);
  const addLanguage = () => {
    const code = newLanguage.trim().toLowerCase();
    if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i.test(code) || draft.languages.includes(code)) return;
    set({ languages: [...draft.languages, code] });
    setNewLanguage('');
  };

  return (
    <div className="stack">
      <fieldset className="stack conversation-fieldset">
        <legend>{t('conversations.field.prompt')}</legend>
        <p className="muted">{t('conversations.field.promptHint')}</p>
        {draft.languages.map((code, index) => (
          <div key={code} className="conversation-language-row">
            <TextAreaField
              id={`${idPrefix}-prompt-${code}`}
              name={`prompt-${code}`}
              label={t('conversations.field.promptIn', { language: languageName(locale, code) })}
              rows={2}
              maxLength={1000}
              value={draft.prompt[code] ?? ''}
              onChange={(event) => set({ prompt: { ...draft.prompt, [code]: event.target.value } })}
              error={promptError(code)}
            />
            {index > 0 && (
              <Button size="small" variant="quiet" onClick={() => set({ languages: draft.languages.filter((l) => l !== code) })} aria-label={t('conversations.field.removeLanguageLabel', { language: languageName(locale, code) })}>
                {t('conversations.field.removeLanguage')}
              </Button>
            )}
          </div>
        ))}
        <div className="conversation-add-language">
          <TextField name={`${idPrefix}-new-language`} label={t('conversations.field.addLanguage')} hint={t('conversations.field.addLanguageHint')} value={newLanguage} maxLength={12} onChange={(event) => setNewLanguage(event.target.value)} />
          <Button size="small" onClick={addLanguage}>
            {t('conversations.field.add')}
          </Button>
        </div>
        {errors.languages && <p className="field-error">{errors.languages}</p>}
      </fieldset>

      <fieldset className="stack conversation-fieldset" disabled={isOpen}>
        <legend>{t('conversations.field.mode')}</legend>
        {(['vote', 'rate'] as const).map((mode) => (
          <label key={mode} className="conversation-choice">
            <input type="radio" name={`${idPrefix}-mode`} value={mode} checked={draft.mode === mode} onChange={() => set({ mode })} />
            <span>
              <strong>{t(conversationModeLabel(mode))}</strong>
              <span className="muted"> {t(conversationModeExplained(mode))}</span>
            </span>
          </label>
        ))}
        {errors.mode && <p className="field-error">{errors.mode}</p>}
      </fieldset>

      <fieldset className="stack conversation-fieldset">
        <legend>{t('conversations.field.moderation')}</legend>
        {(['pre', 'post'] as const).map((mode) => (
          <label key={mode} className="conversation-choice">
            <input type="radio" name={`${idPrefix}-moderation`} value={mode} checked={draft.moderation === mode} onChange={() => set({ moderation: mode })} />
            <span>
              <strong>{t(moderationLabel(mode))}</strong>
              <span className="muted"> {t(moderationExplained(mode))}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="stack conversation-fieldset" disabled={isOpen}>
        <legend>{t('conversations.field.participation')}</legend>
        <label className="conversation-choice">
          <input type="checkbox" name={`${idPrefix}-verify-email`} checked={draft.verifyEmail} onChange={(event) => set({ verifyEmail: event.target.checked })} aria-describedby={`${idPrefix}-verify-email-hint`} />
          <span>
            <strong>{t('conversations.field.verifyEmail')}</strong>
            <span className="muted" id={`${idPrefix}-verify-email-hint`}>
              {' '}
              {t('conversations.field.verifyEmailHint')}
            </span>
          </span>
        </label>
        {errors.verify_email && <p className="field-error">{errors.verify_email}</p>}
      </fieldset>

      <div className="form-grid">
        <SelectField
          name={`${idPrefix}-cycle`}
          label={t('schedule.cycle')}
          isOptional
          value={draft.cycleId}
          onChange={(event) => set({ cycleId: event.target.value, entryId: '' })}
          options={[{ value: '', label: t('schedule.noCycle') }, ...(cycles.data?.cycles ?? []).map((c) => ({ value: c.id, label: c.name }))]}
          error={errors.cycle_id}
        />
        <SelectField
          name={`${idPrefix}-entry`}
          label={t('schedule.entry')}
          hint={draft.cycleId && plan.data && entries.length === 0 ? t('schedule.noEntries') : t('conversations.field.entryHint')}
          isOptional
          disabled={!draft.cycleId}
          value={draft.entryId}
          onChange={(event) => set({ entryId: event.target.value })}
          options={[{ value: '', label: t('schedule.noEntry') }, ...entries.map((entry) => ({ value: entry.id, label: entryLabel(entry) }))]}
          error={errors.engagement_entry_id}
        />
      </div>
      <div className="form-grid">
        <TextField name={`${idPrefix}-opens`} type="datetime-local" label={t('schedule.opensAt')} isOptional value={draft.opensAt} onChange={(event) => set({ opensAt: event.target.value })} error={errors.opens_at} />
        <TextField name={`${idPrefix}-closes`} type="datetime-local" label={t('schedule.closesAt')} isOptional value={draft.closesAt} onChange={(event) => set({ closesAt: event.target.value })} error={errors.closes_at} />
      </div>
    </div>
  );
}

