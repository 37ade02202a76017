import { useI18n } from '../../app/i18n/i18n-provider';
import { fitPlaces, groupLetter, stackPlaces, stackRadius, type MapPlace } from './opinion-map-model';

/* Distinct on white and for the common colour-blindnesses (Okabe-Ito); groups past eight reuse them with their letter in the legend. */
export const groupColours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C6D00', '#000000'];
export const groupColour = (group: number | null) => (group === null ? '#9aa0a6' : groupColours[group % groupColours.length]!);
const SIZE = 320;
const MARGIN = 16;

/**
 * The map of opinions: each person a dot, near those who voted alike, coloured by opinion group.
 * Drawn as one image with a title and a description; the groups table beside it says the same in
 * words, so nothing on the map is only a colour.
 */
export function OpinionMap({ places, groupCount }: { places: readonly MapPlace[]; groupCount: number }) {
  const { t } = useI18n();
  const stacks = stackPlaces(fitPlaces(places, SIZE, MARGIN));
  const unplaced = places.filter((p) => p.group === null).length;
  return (
    <figure className="opinion-map">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby="opinion-map-title opinion-map-desc" className="opinion-map-svg">
        <title id="opinion-map-title">{t('opinionGroups.map.title')}</title>
        <desc id="opinion-map-desc">{t('opinionGroups.map.desc', { people: places.length, groups: groupCount })}</desc>
        <rect x={0} y={0} width={SIZE} height={SIZE} className="opinion-map-frame" />
        <line x1={SIZE / 2} y1={MARGIN / 2} x2={SIZE / 2} y2={SIZE - MARGIN / 2} className="opinion-map-axis" />
        <line x1={MARGIN / 2} y1={SIZE / 2} x2={SIZE - MARGIN / 2} y2={SIZE / 2} className="opinion-map-axis" />
        {stacks.map((p) => (
          <g key={p.key}>
            <circle cx={p.cx} cy={p.cy} r={stackRadius(p.count, p.group === null ? 2.5 : 4)} fill={groupColour(p.group)} fillOpacity={p.group === null ? 0.5 : 0.8} />
            {p.count > 1 && (
              <text x={p.cx} y={p.cy} className="opinion-map-count" textAnchor="middle" dominantBaseline="central">
                {p.count}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="opinion-legend">
          {Array.from({ length: groupCount }, (_, id) => (
            <li key={id}>
              <span className="opinion-swatch" style={{ background: groupColour(id) }} aria-hidden="true" />
              {t('opinionGroups.group', { letter: groupLetter(id) })}
            </li>
          ))}
          {unplaced > 0 && (
            <li>
              <span className="opinion-swatch" style={{ background: groupColour(null) }} aria-hidden="true" />
              {t('opinionGroups.map.unplaced')}
            </li>
          )}
        </ul>
        <p className="muted">{t('opinionGroups.map.howToRead')}</p>
      </figcaption>
    </figure>
  );
}
