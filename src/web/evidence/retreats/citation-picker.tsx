import { useState } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { SelectField } from '../../app/ui/field';
import { CiteEngagementDialog } from '../../plan/detail/cite-engagement-dialog';
import { CitationText } from './citation-text';
import type { BoardChart, RetreatCitation } from './retreat-types';

interface CitationPickerProps {
  /** Names the group ("What it cites", "The evidence"). */
  legend: string;
  citations: RetreatCitation[];
  charts: BoardChart[];
  organizationId: string;
  onChange: (citations: RetreatCitation[]) => void;
}

const keyOf = (citation: RetreatCitation) => (citation.kind === 'chart' ? `chart:${citation.chart_id}` : citation.kind === 'observation' ? `observation:${citation.observation_id}` : `evidence:${JSON.stringify(citation.link ?? citation.text)}`);

/**
 * What an item or a priority cites: a chart of the data picture, an observation written on one, or
 * something the community said, picked from the same list the plan's cite dialog offers (surveys,
 * focus groups, conversations, public comment, the district's data) so the citation can travel on
 * to the goal.
 */
export function CitationPicker({ legend, citations, charts, organizationId, onChange }: CitationPickerProps) {
  const t = useT();
  const [choice, setChoice] = useState('');
  const [isCiting, setIsCiting] = useState(false);
  const cited = new Set(citations.map(keyOf));
  const options = charts.flatMap((chart, index) => [
    { value: `chart:${chart.id}`, label: t('retreat.cite.chart', { number: index + 1, question: chart.question }) },
    ...chart.observations.filter((observation) => !observation.is_hidden).map((observation) => ({ value: `observation:${observation.id}`, label: t(`retreat.cite.${observation.kind}`, { number: index + 1, text: observation.body }) })),
  ]).filter((option) => !cited.has(option.value));
  const add = (citation: RetreatCitation) => {
    if (!cited.has(keyOf(citation))) onChange([...citations, citation]);
  };

  return (
    <fieldset className="fieldset citation-picker">
      <legend>{legend}</legend>
      {citations.length === 0 ? (
        <p className="muted">{t('retreat.cite.none')}</p>
      ) : (
        <ul className="retreat-list stack-sm">
          {citations.map((citation, index) => (
            <li key={keyOf(citation)} className="citation-row">
              <CitationText citation={citation} charts={charts} organizationId={organizationId} />
              <Button size="small" variant="quiet-danger" aria-label={t('retreat.cite.removeLabel', { number: index + 1 })} onClick={() => onChange(citations.filter((_, at) => at !== index))}>
                {t('retreat.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {options.length > 0 && (
        <div className="row citation-add">
          <SelectField name="citation" label={t('retreat.cite.fromBoard')} value={choice} options={[{ value: '', label: t('retreat.cite.choose') }, ...options]} onChange={(event) => setChoice(event.target.value)} />
          <Button
            size="small"
            disabled={!choice}
            onClick={() => {
              const [kind, id] = choice.split(':') as ['chart' | 'observation', string];
              add(kind === 'chart' ? { kind, chart_id: id } : { kind, observation_id: id });
              setChoice('');
            }}
          >
            {t('retreat.cite.add')}
          </Button>
        </div>
      )}
      <div>
        <Button size="small" onClick={() => setIsCiting(true)}>
          {t('retreat.cite.communityOpen')}
        </Button>
      </div>
      <CiteEngagementDialog
        districtId={organizationId}
        isOpen={isCiting}
        onClose={() => setIsCiting(false)}
        onCite={(item) => {
          add({ kind: 'evidence', text: item.text.slice(0, 2000), link: item.link });
          setIsCiting(false);
        }}
      />
    </fieldset>
  );
}
