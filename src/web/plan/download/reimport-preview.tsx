import type { ReimportResult } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { useFieldLabel } from '../plans/field-labels';

/** What a re-import would do, element by element, before anything is stored. */
export function ReimportPreview({ result }: { result: ReimportResult }) {
  const t = useT();
  const fieldLabel = useFieldLabel();
  const isEmpty = result.added.length + result.removed.length + result.changed.length + result.header.length === 0;
  if (isEmpty) return <Alert tone="info">{t('reimport.noChanges')}</Alert>;
  return (
    <section className="stack reimport-preview" aria-label={t('reimport.previewLabel')}>
      <p className="alert-title">{t('reimport.previewIntro')}</p>
      {result.added.length > 0 && (
        <div>
          <h3 className="change-heading">{t('reimport.added', { count: result.added.length })}</h3>
          <ul className="change-list">
            {result.added.map((item) => (
              <li key={item.key}>
                <code>{item.key}</code> {item.title}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.changed.length > 0 && (
        <div>
          <h3 className="change-heading">{t('reimport.changed', { count: result.changed.length })}</h3>
          <ul className="change-list">
            {result.changed.map((item) => (
              <li key={item.key}>
                <code>{item.key}</code> {item.title} <span className="muted">({item.changes.map(fieldLabel).join(', ')})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.removed.length > 0 && (
        <div>
          <h3 className="change-heading">{t('reimport.removed', { count: result.removed.length })}</h3>
          <ul className="change-list">
            {result.removed.map((item) => (
              <li key={item.key}>
                <code>{item.key}</code> {item.title}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.header.length > 0 && <p>{t('reimport.header', { fields: result.header.map(fieldLabel).join(', ') })}</p>}
    </section>
  );
}
