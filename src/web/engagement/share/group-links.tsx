import { useEffect, useState } from 'react';
import { withQuery } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { ErrorAlert } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { useResource } from '../../app/use-resource';
import { useSurvey } from '../surveys/survey-context';

/** GET /api/surveys/{id}/group-links (src/server/engagement/invitations/list-group-links.ts). */
export interface GroupLinks {
  survey_id: string;
  cycle_id: string | null;
  groups: Array<{ id: string; name: string; ref: string; url: string | null }>;
}

export const groupLinksPath = (surveyId: string) => `/api/surveys/${surveyId}/group-links`;
const groupFlyerPath = (surveyId: string, ref: string) => withQuery(`/api/surveys/${surveyId}/flyer.pdf`, { g: ref });

/**
 * "Links for stakeholder groups" on the Share tab: a public link per group of the survey's planning
 * cycle, to copy into a group's newsletter or print on its own flyer. A response sent through one
 * counts for the group, so the results can be broken down by group without mailing anyone.
 */
export function GroupLinksSection() {
  const { t } = useI18n();
  const say = useAnnounce();
  const { survey } = useSurvey();
  const links = useResource<GroupLinks>(survey.cycle_id ? groupLinksPath(survey.id) : null);
  const [copied, setCopied] = useState<string | null>(null);
  const { reload } = links;
  // The cycle is chosen on this same tab (Dates and planning cycle): its groups come with it.
  useEffect(() => {
    if (survey.cycle_id) void reload();
  }, [survey.cycle_id, survey.public_code, reload]);

  const copy = async (group: { id: string; url: string | null }) => {
    if (!group.url) return;
    try {
      await navigator.clipboard.writeText(group.url);
      setCopied(group.id);
      say(t('share.copied'));
    } catch {
      // No clipboard (an insecure origin): the link is selectable text beside the button.
      document.getElementById(`group-link-${group.id}`)?.focus();
    }
  };

  const groups = links.data?.groups ?? [];
  return (
    <section className="card" aria-labelledby="share-group-links">
      <div className="card-header">
        <div>
          <h2 id="share-group-links">{t('share.groups.title')}</h2>
          <p>{t('share.groups.description')}</p>
        </div>
      </div>
      <div className="card-body stack">
        {!survey.cycle_id && <p className="muted">{t('share.groups.noCycle')}</p>}
        {links.error && <ErrorAlert error={links.error} title={t('share.groups.loadFailed')} />}
        {links.data && groups.length === 0 && <p className="muted">{t('share.groups.none')}</p>}
        {groups.length > 0 && (
          <ul className="group-links">
            {groups.map((group) => (
              <li key={group.id} className="group-link">
                <label className="group-link-name" id={`group-name-${group.id}`} htmlFor={`group-link-${group.id}`}>
                  {group.name}
                </label>
                <div className="share-link-row">
                  <input id={`group-link-${group.id}`} className="input mono" readOnly value={group.url ?? ''} onFocus={(event) => event.target.select()} />
                  {/* Described by the group's name, so each button says whose link it copies while its name stays its visible word. */}
                  <Button onClick={() => void copy(group)} aria-describedby={`group-name-${group.id}`}>
                    <Icon name="copy" size={16} />
                    {copied === group.id ? t('share.copied') : t('share.copy')}
                  </Button>
                  <a className="button button-secondary" href={groupFlyerPath(survey.id, group.ref)} download aria-describedby={`group-name-${group.id}`}>
                    {t('share.groups.flyer')}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        )}
        {groups.length > 0 && <p className="muted">{t('share.groups.note')}</p>}
      </div>
    </section>
  );
}
