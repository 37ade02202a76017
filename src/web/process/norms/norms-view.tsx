import { useT } from '../../app/i18n/i18n-provider';
import { methodHint, methodLabel, type NormsVersion } from './norms-api';

/** One version of the norms and decision protocol, read-only. */
export function NormsView({ version, headingLevel = 3 }: { version: NormsVersion; headingLevel?: 2 | 3 }) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { decision } = version;
  return (
    <div className="stack norms-view">
      <section className="stack">
        <Heading>{t('norms.listTitle')}</Heading>
        <ol className="norms-list">
          {version.norms.map((norm, index) => (
            <li key={index}>{norm}</li>
          ))}
        </ol>
        {version.notes && (
          <div>
            <p className="norms-label">{t('norms.notes')}</p>
            <p className="norms-text">{version.notes}</p>
          </div>
        )}
      </section>
      <section className="stack">
        <Heading>{t('decision.title')}</Heading>
        <dl className="norms-protocol">
          <dt>{t('decision.method')}</dt>
          <dd>
            <strong>{t(methodLabel(decision.method))}</strong>
            {decision.method !== 'other' && <span className="cell-sub">{t(methodHint(decision.method))}</span>}
          </dd>
          {decision.description && (
            <>
              <dt>{t('decision.description')}</dt>
              <dd className="norms-text">{decision.description}</dd>
            </>
          )}
          <dt>{t('decision.fallback')}</dt>
          <dd className="norms-text">{decision.fallback ?? <span className="muted">{t('decision.notSet')}</span>}</dd>
          <dt>{t('decision.quorum')}</dt>
          <dd className="norms-text">{decision.quorum ?? <span className="muted">{t('decision.notSet')}</span>}</dd>
        </dl>
      </section>
    </div>
  );
}
