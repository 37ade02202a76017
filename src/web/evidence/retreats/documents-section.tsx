import { useI18n } from '../../app/i18n/i18n-provider';
import type { BoardWorkspace } from './board-workspace';
import { retreatApi } from './retreat-api';

const documents = ['diagnostic', 'data-picture'] as const;

/**
 * What the retreat leaves behind, drawn by the server from the board as it stands: the
 * organizational diagnostic report (charts, SWOT, gap analyses and root causes) and the data
 * picture, each as Word and PDF in the page's language.
 */
export function DocumentsSection({ workspace }: { workspace: BoardWorkspace }) {
  const { t, locale } = useI18n();
  const retreatId = workspace.board.retreat.id;
  return (
    <section className="card" aria-labelledby="documents-heading">
      <div className="card-header">
        <div>
          <h2 id="documents-heading">{t('retreat.documents.title')}</h2>
          <p>{t('retreat.documents.intro')}</p>
        </div>
      </div>
      <ul className="card-body retreat-list stack">
        {documents.map((name) => (
          <li key={name} className="document-row">
            <div>
              <h3>{t(`retreat.documents.${name}`)}</h3>
              <p className="muted">{t(`retreat.documents.${name}.text`)}</p>
            </div>
            <div className="row">
              <a className="button button-secondary" href={retreatApi.document(retreatId, name, 'docx', locale)} download aria-label={t('retreat.documents.wordLabel', { name: t(`retreat.documents.${name}`) })}>
                {t('retreat.documents.word')}
              </a>
              <a className="button button-secondary" href={retreatApi.document(retreatId, name, 'pdf', locale)} download aria-label={t('retreat.documents.pdfLabel', { name: t(`retreat.documents.${name}`) })}>
                {t('retreat.documents.pdf')}
              </a>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
