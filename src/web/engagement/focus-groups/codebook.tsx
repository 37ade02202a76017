import { useState } from 'react';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { ResourceStates } from '../../app/ui/resource-states';
import type { Resource } from '../../app/use-resource';
import { focusGroupsApi, type Theme } from './focus-groups-api';

interface Props {
  cycleId: string;
  themes: Resource<{ themes: Theme[] }>;
  canEdit: boolean;
  /** The synthesis counts themes too: it reloads after every change here. */
  onChanged: () => void;
}

/** The cycle's shared codebook: each theme in words (a name and what it covers), how widely it is used. */
export function Codebook({ cycleId, themes, canEdit, onChanged }: Props) {
  const { t } = useI18n();
  const say = useAnnounce();
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [fields, setFields] = useState({ name: '', description: '' });
  const list = themes.data?.themes ?? [];

  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      await themes.reload();
      onChanged();
      say(done);
      return true;
    } catch (cause) {
      setError(ApiError.from(cause));
      return false;
    }
  };

  const add = async () => {
    if (!fields.name.trim()) return;
    if (await run(() => api.post(focusGroupsApi.themes(cycleId), { name: fields.name, description: fields.description }), t('synthesis.themeAdded'))) setFields({ name: '', description: '' });
  };

  return (
    <section className="card" aria-labelledby="codebook-heading">
      <div className="card-header">
        <h2 id="codebook-heading">{t('synthesis.codebook')}</h2>
        <p className="muted">{t('synthesis.codebookHint')}</p>
      </div>
      {error && (
        <div className="card-body">
          <ErrorAlert error={error} title={t('synthesis.themeFailed')} onDismiss={() => setError(null)} />
        </div>
      )}
      <ResourceStates resource={themes} isEmpty={list.length === 0} emptyIcon="book" emptyTitle={t('synthesis.noThemes')}>
        <ul className="fg-codebook">
          {list.map((theme) =>
            editing === theme.id ? (
              <ThemeEditor
                key={theme.id}
                theme={theme}
                onCancel={() => setEditing(null)}
                onSave={async (values) => {
                  if (await run(() => api.patch(focusGroupsApi.theme(cycleId, theme.id), { version: theme.version, ...values }), t('synthesis.themeSaved'))) setEditing(null);
                }}
              />
            ) : (
              <li key={theme.id} className="fg-codebook-item">
                <div>
                  <strong>{theme.name}</strong>
                  {theme.description && <p className="muted">{theme.description}</p>}
                  <p className="fg-theme-use">
                    {t('synthesis.themeGroups', { count: theme.groups })} · {t('synthesis.passages', { count: theme.passages })}
                  </p>
                </div>
                {canEdit && (
                  <div className="row">
                    <Button size="small" onClick={() => setEditing(theme.id)}>
                      {t('synthesis.renameTheme')}
                    </Button>
                    <Button
                      size="small"
                      variant="quiet-danger"
                      onClick={() => window.confirm(t('synthesis.removeConfirm', { name: theme.name, count: theme.passages })) && void run(() => api.delete(focusGroupsApi.theme(cycleId, theme.id)), t('synthesis.themeSaved'))}
                    >
                      {t('synthesis.removeTheme')}
                    </Button>
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      </ResourceStates>
      {canEdit && (
        <div className="card-body fg-new-theme-form">
          <TextField label={t('synthesis.themeName')} name="theme-name" maxLength={80} value={fields.name} onChange={(event) => setFields({ ...fields, name: event.target.value })} />
          <TextField label={t('synthesis.themeDescription')} name="theme-description" maxLength={1000} isOptional value={fields.description} onChange={(event) => setFields({ ...fields, description: event.target.value })} />
          <Button variant="primary" onClick={add}>
            {t('synthesis.addTheme')}
          </Button>
        </div>
      )}
    </section>
  );
}

function ThemeEditor({ theme, onSave, onCancel }: { theme: Theme; onSave: (values: { name: string; description: string }) => Promise<void>; onCancel: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(theme.name);
  const [description, setDescription] = useState(theme.description);
  return (
    <li className="fg-codebook-item fg-codebook-editing">
      <TextField label={t('synthesis.themeName')} name="edit-theme-name" maxLength={80} value={name} onChange={(event) => setName(event.target.value)} />
      <TextField label={t('synthesis.themeDescription')} name="edit-theme-description" maxLength={1000} isOptional value={description} onChange={(event) => setDescription(event.target.value)} />
      <div className="row">
        <Button variant="primary" size="small" onClick={() => onSave({ name, description })}>
          {t('synthesis.saveTheme')}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('synthesis.cancel')}
        </Button>
      </div>
    </li>
  );
}
