import { useState } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import type { CycleDetail, CycleOptionalPath } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useAnnounce } from '../../app/ui/announcer';
import { Badge } from '../../app/ui/badge';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { cycleSectionPath } from './cycle-sections';
import { isConflict, processApi } from './process-api';
import './framework-options.css';

/** The parts of a template (as the templates list serves it) that offer a choice. */
export interface TemplateWithChoices {
  phases: Array<{ id: string; name: string }>;
  sessions?: Array<{
    id: string;
    phase: string;
    name: string;
    count: number;
    lengthMinutes?: number;
    lengthLabel?: string;
    alternatives?: Array<{ name: string; count: number; lengthMinutes?: number; lengthLabel?: string; note?: string }>;
  }>;
  optionalPaths?: Array<{ id: string; name: string; phase: string; decidedIn?: string; description: string }>;
}

// The support that is the outreach kit's material, so it links to the cycle's Outreach kit tab.
const OUTREACH_SUPPORTS = new Set(['invitation-kit']);

/**
 * In the start dialog: how each session with alternatives is held (radio buttons named
 * `session:<id>`, the template's plan first) and which optional paths to take (checkboxes named
 * `optionalPaths`). Renders nothing for a template without choices.
 */
export function TemplateChoiceFields({ template }: { template: TemplateWithChoices | undefined }) {
  const t = useT();
  if (!template) return null;
  const phaseName = (id: string | undefined) => template.phases.find((phase) => phase.id === id)?.name ?? '';
  const withAlternatives = (template.sessions ?? []).filter((session) => session.alternatives?.length);
  const paths = template.optionalPaths ?? [];
  return (
    <>
      {withAlternatives.length > 0 && <p className="muted framework-intro">{t('framework.sessionsIntro')}</p>}
      {withAlternatives.map((session) => (
        <fieldset key={session.id} className="fieldset">
          <legend>{t('framework.sessionsLegend', { name: session.name, phase: phaseName(session.phase) })}</legend>
          <div className="choice-list">
            <label className="choice">
              <input type="radio" name={`session:${session.id}`} value="" defaultChecked />
              <span>
                <span className="choice-title">
                  {session.lengthMinutes
                    ? t('framework.asPlanned', { count: session.count, minutes: session.lengthMinutes })
                    : t('framework.asPlannedNoLength', { count: session.count })}
                </span>
                <span className="choice-text">{t('framework.asPlannedText')}</span>
              </span>
            </label>
            {session.alternatives!.map((alternative, index) => (
              <label key={alternative.name} className="choice">
                <input type="radio" name={`session:${session.id}`} value={String(index)} />
                <span>
                  <span className="choice-title">{alternative.name}</span>
                  <span className="choice-text">
                    {[t('framework.alternativeCount', { count: alternative.count }), alternative.lengthLabel ?? (alternative.lengthMinutes ? t('sessions.minutesShort', { count: alternative.lengthMinutes }) : null)]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {paths.length > 0 && (
        <fieldset className="fieldset">
          <legend>{t('framework.pathsLegend')}</legend>
          <p className="field-hint framework-intro">{t('framework.pathsHint')}</p>
          <div className="choice-list">
            {paths.map((path) => (
              <label key={path.id} className="choice">
                <input type="checkbox" name="optionalPaths" value={path.id} />
                <span>
                  <span className="choice-title">{path.name}</span>
                  <span className="choice-text">
                    {path.decidedIn ? t('framework.pathPhases', { phase: phaseName(path.phase), decidedIn: phaseName(path.decidedIn) }) : t('framework.pathPhase', { phase: phaseName(path.phase) })}
                  </span>
                  <span className="choice-text">{path.description}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}

/** What the start dialog's choice fields hold, as the API takes it. */
export function choicesOf(data: FormData): { sessionChoices: Record<string, number>; optionalPaths: string[] } {
  const sessionChoices: Record<string, number> = {};
  for (const [name, value] of data.entries()) {
    if (name.startsWith('session:') && typeof value === 'string' && value !== '') sessionChoices[name.slice('session:'.length)] = Number(value);
  }
  return { sessionChoices, optionalPaths: data.getAll('optionalPaths').filter((value): value is string => typeof value === 'string') };
}

interface FrameworkOptionsProps {
  cycle: CycleDetail;
  organizationId: string;
  canEdit: boolean;
  onChanged: () => Promise<void>;
}

/**
 * The overview's "Framework options" card: the optional paths, chosen or not, with a control
 * for planners to take or drop each (the framework decides them in a later phase), and the
 * support the framework includes. Nothing for a template that offers neither.
 */
export function FrameworkOptions({ cycle, organizationId, canEdit, onChanged }: FrameworkOptionsProps) {
  const t = useT();
  const say = useAnnounce();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const paths = cycle.optionalPaths ?? [];
  const supports = cycle.supports ?? [];
  if (!paths.length && !supports.length) return null;

  const toggle = async (path: CycleOptionalPath) => {
    setBusyId(path.id);
    setError(null);
    const chosen = paths.filter((p) => (p.id === path.id ? !p.chosen : p.chosen)).map((p) => p.id);
    try {
      await api.patch(processApi.cycle(cycle.id), { version: cycle.version, optionalPaths: chosen });
      await onChanged();
      say(t(path.chosen ? 'framework.droppedDone' : 'framework.chosenDone', { name: path.name }));
    } catch (cause) {
      const apiError = ApiError.from(cause);
      setError(apiError);
      if (isConflict(apiError)) await onChanged();
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section className="card framework-options" aria-labelledby="framework-options-heading">
      <div className="card-header">
        <div>
          <h2 id="framework-options-heading">{t('framework.title')}</h2>
          <p>{t('framework.intro')}</p>
        </div>
      </div>
      <div className="card-body framework-options-body">
        {error &&
          (isConflict(error) ? (
            <Alert tone="warning" title={t('cycle.conflict')} onDismiss={() => setError(null)} />
          ) : (
            <ErrorAlert error={error} title={t('framework.saveFailed')} onDismiss={() => setError(null)} />
          ))}
        {paths.length > 0 && (
          <div>
            <h3 className="framework-options-subtitle">{t('framework.paths')}</h3>
            <ul className="framework-options-list">
              {paths.map((path) => (
                <li key={path.id} className="framework-option">
                  <div className="framework-option-main">
                    <span className="framework-option-name">{path.name}</span>
                    <Badge tone={path.chosen ? 'success' : 'neutral'}>{t(path.chosen ? 'framework.chosen' : 'framework.notChosen')}</Badge>
                  </div>
                  <p className="framework-option-text">
                    {path.phase && (path.decidedIn ? t('framework.pathPhases', { phase: path.phase, decidedIn: path.decidedIn }) : t('framework.pathPhase', { phase: path.phase }))}
                  </p>
                  <p className="framework-option-text">{path.description}</p>
                  {canEdit && (
                    <div>
                      <Button size="small" variant={path.chosen ? 'secondary' : 'primary'} isBusy={busyId === path.id} onClick={() => void toggle(path)}>
                        {t(path.chosen ? 'framework.drop' : 'framework.choose', { name: path.name })}
                      </Button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        {supports.length > 0 && (
          <div>
            <h3 className="framework-options-subtitle">{t('framework.supports')}</h3>
            <ul className="framework-options-list">
              {supports.map((support) => (
                <li key={support.id} className="framework-option">
                  <div className="framework-option-main">
                    <span className="framework-option-name">{support.name}</span>
                    {support.isOptional && <Badge tone="info">{t('framework.supportOptional')}</Badge>}
                  </div>
                  <p className="framework-option-text">{support.phase ? t('framework.supportPhase', { phase: support.phase }) : t('framework.supportWholeProcess')}</p>
                  <p className="framework-option-text">{support.description}</p>
                  {OUTREACH_SUPPORTS.has(support.id) && <Link to={cycleSectionPath(organizationId, cycle.id, 'outreach')}>{t('framework.openOutreach')}</Link>}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
