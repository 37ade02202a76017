import { useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { TextField } from '../../app/ui/field';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import type { EvidenceLink } from '../../../core/plan/format/evidence';

/** One item of GET /api/districts/{id}/citable-evidence (the engagement domain's list) or /citable-data (the evidence domain's). */
export interface CitableItem {
  link: EvidenceLink;
  source: string;
  label: string;
  text: string;
}

const kindLabel = {
  survey_result: 'evidence.cite.kind.survey_result',
  survey_theme: 'evidence.cite.kind.survey_theme',
  survey_quote: 'evidence.cite.kind.survey_quote',
  focus_group_theme: 'evidence.cite.kind.focus_group_theme',
  conversation_statement: 'evidence.cite.kind.conversation_statement',
  conversation_theme: 'evidence.cite.kind.conversation_theme',
  public_comment: 'evidence.cite.kind.public_comment',
  public_comment_theme: 'evidence.cite.kind.public_comment_theme',
  evidence_indicator: 'evidence.cite.kind.evidence_indicator',
} as const satisfies Record<EvidenceLink['kind'], string>;

/** Items by where they come from (a survey, the focus groups, one conversation), in the order the list gives them. */
function bySource(items: readonly CitableItem[]): Array<{ source: string; items: CitableItem[] }> {
  const groups = new Map<string, CitableItem[]>();
  for (const item of items) groups.set(item.source, [...(groups.get(item.source) ?? []), item]);
  return [...groups].map(([source, grouped]) => ({ source, items: grouped }));
}

/**
 * Picks what the community said (a survey result, a theme, a starred quote, a focus-group theme, a
 * conversation's bridging statement, top idea or theme, a public comment on a draft or a theme of
 * them) or a reading of the district's data to cite, grouped under the survey, conversation or
 * metric it comes from: the chosen item becomes evidence with its words and a typed link back.
 */
export function CiteEngagementDialog({ districtId, isOpen, onClose, onCite }: { districtId: string; isOpen: boolean; onClose: () => void; onCite: (item: CitableItem) => void }) {
  const { t } = useI18n();
  const voices = useResource<{ items: CitableItem[] }>(isOpen ? `/api/districts/${districtId}/citable-evidence` : null);
  // The district's data comes from the evidence domain; without it (an error) the voices still show.
  const data = useResource<{ items: CitableItem[] }>(isOpen ? `/api/districts/${districtId}/citable-data` : null);
  const items = useMemo(() => (voices.data ? [...voices.data.items, ...(data.data?.items ?? [])] : null), [voices.data, data.data]);
  const list = { data: items ? { items } : null, error: voices.error, isLoading: voices.isLoading || data.isLoading };
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return (items ?? []).filter((item) => words.every((word) => `${item.source} ${item.label} ${item.text}`.toLocaleLowerCase().includes(word)));
  }, [items, query]);

  return (
    <Dialog isOpen={isOpen} title={t('evidence.cite.title')} onClose={onClose} isWide>
      <div className="stack">
        <p className="muted">{t('evidence.cite.intro')}</p>
        <TextField name="citeSearch" type="search" label={t('evidence.cite.search')} value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
        {list.isLoading && !list.data && <Loading />}
        {list.error && <ErrorAlert error={list.error} title={t('evidence.cite.loadFailed')} />}
        {list.data && shown.length === 0 && <p className="muted">{t(list.data.items.length ? 'evidence.cite.noMatch' : 'evidence.cite.none')}</p>}
        <ul className="plain-list cite-list">
          {bySource(shown).map((group) => (
            <li key={group.source} className="cite-source">
              <h3 className="cite-source-title">{group.source}</h3>
              <ul className="plain-list cite-group">
                {group.items.map((item) => (
                  <li key={JSON.stringify(item.link)} className="cite-item">
                    <div>
                      <span className="muted">{t(kindLabel[item.link.kind])}</span>
                      <p>{item.text}</p>
                    </div>
                    <Button size="small" onClick={() => onCite(item)} aria-label={t('evidence.cite.chooseLabel', { text: item.label })}>
                      {t('evidence.cite.choose')}
                    </Button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </Dialog>
  );
}

/** Where a cited item lives in the application. */
export function citedItemPath(organizationId: string, link: EvidenceLink): string {
  switch (link.kind) {
    case 'survey_result':
      return `/o/${organizationId}/engagement/surveys/${link.survey_id}/results#question-${link.question_key}`;
    case 'survey_theme':
    case 'survey_quote':
      return `/o/${organizationId}/engagement/surveys/${link.survey_id}/answers/${encodeURIComponent(link.question_key)}`;
    case 'focus_group_theme':
      return `/o/${organizationId}/engagement/focus-groups`;
    case 'conversation_statement':
      return `/o/${organizationId}/engagement/conversations/${link.conversation_id}/statements`;
    case 'conversation_theme':
      return `/o/${organizationId}/engagement/conversations/${link.conversation_id}`;
    case 'public_comment':
      // The comments on a draft are read and answered in the plan they are about.
      return `/o/${organizationId}/plans/${link.plan_id}/public-comment`;
    case 'public_comment_theme':
      return `/o/${organizationId}/plans/${link.plan_id}/public-comment?tab=themes`;
    case 'evidence_indicator':
      return `/o/${organizationId}/data/indicators?${indicatorQuery(link)}`;
  }
}

/** The indicators explorer's address for a cited reading: the same metric, view, period, group and school. */
function indicatorQuery(link: Extract<EvidenceLink, { kind: 'evidence_indicator' }>): string {
  const query = new URLSearchParams({ metric: link.metric, by: link.by });
  if (link.period) query.set('period', link.period);
  if (link.group) query.set('group', link.group);
  if (link.school_id) query.set('school', link.school_id);
  return query.toString();
}
