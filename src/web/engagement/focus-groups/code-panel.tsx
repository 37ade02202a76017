import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { focusGroupsApi, type FocusGroupCode, type Theme } from './focus-groups-api';

interface Props {
  cycleId: string;
  focusGroupId: string;
  questionKey: string;
  /** The words selected, or null for the whole note. */
  passage: string | null;
  themes: readonly Theme[];
  canAddThemes: boolean;
  onThemeAdded: () => Promise<void>;
  onCoded: (coded: FocusGroupCode[]) => void;
  onCancel: () => void;
}

/** Attaches themes of the cycle's codebook to the selected words or the whole note; a new theme can be added on the spot. */
export function CodePanel({ cycleId, focusGroupId, questionKey, passage, themes, canAddThemes, onThemeAdded, onCoded, onCancel }: Props) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [newTheme, setNewTheme] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const addTheme = async () => {
    const name = newTheme.trim();
    if (!name) return;
    setError(null);
    try {
      const theme = await api.post<Theme>(focusGroupsApi.themes(cycleId), { name });
      await onThemeAdded();
      setChosen((current) => new Set(current).add(theme.id));
      setNewTheme('');
    } catch (cause) {
      setError(ApiError.from(cause));
    }
  };

  const apply = async () => {
    if (chosen.size === 0) {
      setHint(t('notes.code.chooseOne'));
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      const result = await api.post<{ coded: FocusGroupCode[] }>(focusGroupsApi.codes(cycleId, focusGroupId), { question_key: questionKey, theme_ids: [...chosen], passage });
      onCoded(result.coded);
    } catch (cause) {
      setError(ApiError.from(cause));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="fg-code-panel stack" role="group" aria-label={passage ? t('notes.code.title') : t('notes.code.titleWhole')}>
      <p className="fg-code-title">{passage ? t('notes.code.passage', { passage: passage.length > 160 ? `${passage.slice(0, 160)}…` : passage }) : t('notes.code.titleWhole')}</p>
      {error && <ErrorAlert error={error} title={t('notes.code.failed')} onDismiss={() => setError(null)} />}
      <fieldset className="fg-theme-choices">
        <legend>{t('notes.code.themes')}</legend>
        {themes.length === 0 && <p className="muted">{t('notes.code.noThemes')}</p>}
        {themes.map((theme) => (
          <label key={theme.id} className="fg-theme-choice">
            <input type="checkbox" checked={chosen.has(theme.id)} onChange={() => toggle(theme.id)} />
            <span>
              <strong>{theme.name}</strong>
              {theme.description && <span className="muted"> — {theme.description}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      {canAddThemes && (
        <div className="fg-new-theme">
          <TextField label={t('notes.code.newTheme')} name="new-theme" value={newTheme} maxLength={80} onChange={(event) => setNewTheme(event.target.value)} onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), void addTheme())} />
          <Button onClick={addTheme}>{t('notes.code.addTheme')}</Button>
        </div>
      )}
      {hint && chosen.size === 0 && (
        <p className="field-error" role="alert">
          {hint}
        </p>
      )}
      <div className="row">
        <Button variant="primary" isBusy={isBusy} onClick={apply}>
          {t('notes.code.apply')}
        </Button>
        <Button onClick={onCancel}>{t('synthesis.cancel')}</Button>
      </div>
    </div>
  );
}
