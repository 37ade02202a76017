import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n-provider';
import { citedItemPath } from '../../plan/detail/cite-engagement-dialog';
import type { BoardChart, RetreatCitation } from './retreat-types';

/** A citation in words: the chart by its number and question, the observation quoted, or what the community said (with a link to it). */
export function CitationText({ citation, charts, organizationId }: { citation: RetreatCitation; charts: BoardChart[]; organizationId: string }) {
  const t = useT();
  if (citation.kind === 'chart') {
    const index = charts.findIndex((chart) => chart.id === citation.chart_id);
    return <span>{index < 0 ? t('retreat.cite.goneChart') : t('retreat.cite.chart', { number: index + 1, question: charts[index]!.question })}</span>;
  }
  if (citation.kind === 'observation') {
    const index = charts.findIndex((chart) => chart.observations.some((observation) => observation.id === citation.observation_id));
    const observation = charts[index]?.observations.find((candidate) => candidate.id === citation.observation_id);
    return <span>{observation ? t(`retreat.cite.${observation.kind}`, { number: index + 1, text: observation.body }) : t('retreat.cite.goneObservation')}</span>;
  }
  return (
    <span>
      {t(citation.link?.kind === 'evidence_indicator' ? 'retreat.cite.data' : 'retreat.cite.community')}{' '}
      {citation.link ? <Link to={citedItemPath(organizationId, citation.link)}>{citation.text}</Link> : citation.text}
    </span>
  );
}
