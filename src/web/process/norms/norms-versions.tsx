import { useI18n } from '../../app/i18n/i18n-provider';
import { Badge } from '../../app/ui/badge';
import type { NormsVersionSummary } from './norms-api';

/** Every saved version, newest first; each older one opens for reading and comparing. */
export function NormsVersions({ versions, onView }: { versions: NormsVersionSummary[]; onView: (number: number) => void }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section className="card" aria-labelledby="norms-versions-heading">
      <div className="card-header">
        <h2 id="norms-versions-heading">{t('norms.versions.title')}</h2>
      </div>
      <ol className="norms-versions" reversed>
        {versions.map((version, index) => (
          <li key={version.number} className="norms-version">
            <div className="row">
              <button type="button" className="link-button norms-version-link" onClick={() => onView(version.number)}>
                {t('norms.versions.view', { number: version.number })}
              </button>
              {index === 0 && <Badge tone="brand" hasDot={false}>{t('norms.versions.current')}</Badge>}
            </div>
            <p className="norms-version-note">{version.changeNote ?? <span className="muted">{t('norms.versions.noNote')}</span>}</p>
            <p className="muted norms-version-meta">{t('norms.versions.by', { author: version.author, date: formatDateTime(version.createdAt) })}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
