import { useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api';
import type { PlanSummary } from '../../plan/api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { useOrganizationInUrl } from '../../app/layout/current-organization';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { SelectField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { PageHeader } from '../../app/ui/page-header';
import { useResource } from '../../app/use-resource';
import { PublicLinksSection } from './public-links-section';
import type { PublicSiteSettings } from './public-site-settings';
import { PublicTextsSection } from './public-texts-section';
import './public-site.css';

interface ScorecardOutline {
  goals: { key: string; title: string; measures: { key: string; name: string }[]; strategies: { measures: { key: string; name: string }[] }[] }[];
}

const publishable = new Set(['adopted', 'amending']);

/** Planners choose the plan the public sees, publish it, keep goals or measures off it, and translate its texts. */
export function PublicSitePage() {
  const t = useT();
  const { organization } = useOrganizationInUrl();
  const organizationId = organization!.id;
  const site = useResource<PublicSiteSettings>(`/api/districts/${organizationId}/public-site`);
  const plans = useResource<{ plans: PlanSummary[] }>(`/api/districts/${organizationId}/plans`);
  const [draft, setDraft] = useState<PublicSiteSettings | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const outline = useResource<ScorecardOutline>(draft?.planId ? `/api/plans/${draft.planId}/scorecard` : null);

  useEffect(() => {
    if (site.data) setDraft(site.data);
  }, [site.data]);

  const save = async () => {
    if (!draft) return;
    setIsSaving(true);
    setNotice(null);
    setError(null);
    try {
      const saved = await api.put<PublicSiteSettings>(`/api/districts/${organizationId}/public-site`, { planId: draft.planId, isPublished: draft.isPublished, hiddenKeys: draft.hiddenKeys, version: draft.version });
      site.setData(saved);
      setNotice({ tone: 'success', text: t('publicSite.saved') });
    } catch (cause) {
      const failure = ApiError.from(cause);
      if (failure.code === 'conflict') {
        await site.reload();
        setNotice({ tone: 'warning', text: t('publicSite.conflict') });
      } else setError(failure);
    } finally {
      setIsSaving(false);
    }
  };

  const plan = plans.data?.plans.find((p) => p.id === draft?.planId) ?? null;
  const toggleKey = (key: string, isShown: boolean) =>
    setDraft((d) => (d ? { ...d, hiddenKeys: isShown ? d.hiddenKeys.filter((k) => k !== key) : [...d.hiddenKeys, key] } : d));

  return (
    <div className="stack-lg">
      <PageHeader eyebrow={organization!.name} titleContext={organization!.name} title={t('publicSite.title')} description={t('publicSite.description')} />
      <section className="card" aria-labelledby="public-site-settings">
        <div className="card-header">
          <h2 id="public-site-settings">{t('publicSite.settingsTitle')}</h2>
        </div>
        <div className="card-body stack">
          {(site.isLoading || plans.isLoading) && !draft && <Loading />}
          {site.error && <ErrorAlert error={site.error} />}
          {notice && (
            <Alert tone={notice.tone} onDismiss={() => setNotice(null)}>
              {notice.text}
            </Alert>
          )}
          {error && <ErrorAlert error={error} title={t('publicSite.saveFailed')} />}
          {draft && plans.data && (
            <>
              <div style={{ maxWidth: '32rem' }}>
                <SelectField
                  label={t('publicSite.plan')}
                  name="planId"
                  value={draft.planId ?? ''}
                  hint={t('publicSite.onlyAdopted')}
                  error={error?.fieldErrors.planId}
                  onChange={(event) => setDraft({ ...draft, planId: event.target.value || null, hiddenKeys: [] })}
                  options={[{ value: '', label: t('publicSite.noPlan') }, ...plans.data.plans.filter((p) => publishable.has(p.lifecycle)).map((p) => ({ value: p.id, label: p.title }))]}
                />
              </div>
              <label className="checkbox-row">
                <input type="checkbox" checked={draft.isPublished} disabled={!plan} onChange={(event) => setDraft({ ...draft, isPublished: event.target.checked })} />
                <span>{t('publicSite.isPublished')}</span>
              </label>
              {error?.fieldErrors.isPublished && <p className="field-error">{error.fieldErrors.isPublished}</p>}
              {outline.data && (
                <fieldset className="public-keys">
                  <legend>{t('publicSite.hiddenTitle')}</legend>
                  <p className="field-hint">{t('publicSite.hiddenHint')}</p>
                  <ul>
                    {outline.data.goals.map((goal) => (
                      <li key={goal.key}>
                        <label className="checkbox-row">
                          <input type="checkbox" checked={!draft.hiddenKeys.includes(goal.key)} onChange={(event) => toggleKey(goal.key, event.target.checked)} />
                          <span>
                            <strong>{goal.key}</strong> {goal.title}
                          </span>
                        </label>
                        <ul>
                          {[...goal.measures, ...goal.strategies.flatMap((s) => s.measures)].map((measure) => (
                            <li key={measure.key}>
                              <label className="checkbox-row">
                                <input type="checkbox" checked={!draft.hiddenKeys.includes(measure.key)} disabled={draft.hiddenKeys.includes(goal.key)} onChange={(event) => toggleKey(measure.key, event.target.checked)} />
                                <span>
                                  {measure.key} {measure.name}
                                </span>
                              </label>
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              )}
              <div className="form-actions">
                <Button variant="primary" isBusy={isSaving} onClick={save}>
                  {t('action.save')}
                </Button>
              </div>
            </>
          )}
        </div>
      </section>
      {site.data && <PublicLinksSection site={site.data} goals={outline.data?.goals.filter((g) => !site.data!.hiddenKeys.includes(g.key)) ?? []} />}
      {site.data?.planId && <PublicTextsSection planId={site.data.planId} />}
    </div>
  );
}
