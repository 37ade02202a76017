import { useI18n } from '../../app/i18n/i18n-provider';
import { formatNumber } from '../../plan/plans/plan-format-text';
import type { Distribution } from './benchmarks-api';

/**
 * A distribution drawn as a box plot on one line (whiskers from lowest to highest, the box from
 * the lower to the upper quartile, the median as a bar, the reader's value as a dot), with the same
 * figures as a list beside it: the drawing is hidden from screen readers, the list is the text.
 */
export function RangeBar({ distribution, unit, label }: { distribution: Distribution; unit: string; label: string }) {
  const { t, locale } = useI18n();
  const { min, q1, median, q3, max, reader } = distribution as Required<Omit<Distribution, 'noProfile'>>;
  const low = Math.min(min, reader?.value ?? min);
  const high = Math.max(max, reader?.value ?? max);
  const span = high - low || 1;
  const at = (value: number) => 4 + ((value - low) / span) * 92;
  const number = (value: number) => `${formatNumber(value, locale)} ${unit}`.trim();
  const rows: Array<[string, number]> = [
    [t('benchmarks.range.min'), min],
    [t('benchmarks.range.q1'), q1],
    [t('benchmarks.range.median'), median],
    [t('benchmarks.range.q3'), q3],
    [t('benchmarks.range.max'), max],
  ];
  return (
    <figure className="range-bar">
      <figcaption className="range-bar-caption">{label}</figcaption>
      <svg className="range-bar-drawing" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <line x1={at(min)} x2={at(max)} y1="10" y2="10" className="range-bar-whisker" />
        <line x1={at(min)} x2={at(min)} y1="6" y2="14" className="range-bar-whisker" />
        <line x1={at(max)} x2={at(max)} y1="6" y2="14" className="range-bar-whisker" />
        <rect x={at(q1)} y="4" width={Math.max(at(q3) - at(q1), 0.5)} height="12" className="range-bar-box" />
        <line x1={at(median)} x2={at(median)} y1="3" y2="17" className="range-bar-median" />
        {reader && <line x1={at(reader.value)} x2={at(reader.value)} y1="0" y2="20" className="range-bar-reader" />}
      </svg>
      <dl className="range-bar-figures">
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{number(value)}</dd>
          </div>
        ))}
        {reader && (
          <div className="range-bar-yours">
            <dt>
              <span className="range-bar-swatch" aria-hidden="true" />
              {t('benchmarks.range.yours')}
            </dt>
            <dd>{number(reader.value)}</dd>
          </div>
        )}
      </dl>
      {reader && <p className="range-bar-standing">{t('benchmarks.standing', { percent: reader.betterThanPercent, standing: t(`benchmarks.standing.${reader.standing}`) })}</p>}
    </figure>
  );
}
