import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Dialog } from '../../app/ui/dialog';
import { ErrorAlert } from '../../app/ui/error-message';
import { Loading } from '../../app/ui/loading';
import { useResource } from '../../app/use-resource';
import { compareNorms, normsApi, sameDecision, type NormsVersion } from './norms-api';
import { NormsView } from './norms-view';

/** An older version as it was saved, and what the current version added and dropped since. */
export function VersionDialog({ cycleId, number, current, onClose }: { cycleId: string; number: number | null; current: NormsVersion | null; onClose: () => void }) {
  const { t, formatDateTime } = useI18n();
  const version = useResource<NormsVersion>(number === null ? null : normsApi.version(cycleId, number));
  const v = version.data;
  const isCurrent = v !== null && current !== null && v.number === current.number;
  const diff = v && current && !isCurrent ? compareNorms(v.norms, current.norms) : null;

  return (
    <Dialog isOpen={number !== null} isWide title={t('norms.compare.title', { number: number ?? 0 })} onClose={onClose}>
      {version.error && <ErrorAlert error={version.error} title={t('norms.compare.loadFailed')} />}
      {!v && !version.error && <Loading />}
      {v && (
        <div className="stack-lg">
          <div>
            <p className="muted">{t('norms.savedBy', { number: v.number, author: v.author, date: formatDateTime(v.createdAt) })}</p>
            {v.changeNote && <p className="norms-text">{v.changeNote}</p>}
          </div>
          {isCurrent && <Alert tone="info" announce="none" title={t('norms.compare.isCurrent')} />}
          {diff && current && (
            <section className="norms-compare stack" aria-labelledby="norms-compare-heading">
              <h3 id="norms-compare-heading">{t('norms.compare.withCurrent', { number: current.number })}</h3>
              {diff.added.length === 0 && diff.removed.length === 0 && <p>{t('norms.compare.same')}</p>}
              {diff.added.length > 0 && (
                <div>
                  <p className="norms-label">{t('norms.compare.added')}</p>
                  <ul className="norms-diff">
                    {diff.added.map((norm) => (
                      <li key={norm} className="norms-diff-added">
                        <ins>{norm}</ins>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {diff.removed.length > 0 && (
                <div>
                  <p className="norms-label">{t('norms.compare.removed')}</p>
                  <ul className="norms-diff">
                    {diff.removed.map((norm) => (
                      <li key={norm} className="norms-diff-removed">
                        <del>{norm}</del>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {!sameDecision(v.decision, current.decision) && <p>{t('norms.compare.decisionChanged')}</p>}
            </section>
          )}
          <NormsView version={v} />
        </div>
      )}
    </Dialog>
  );
}
