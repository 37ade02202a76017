import { useI18n } from '../../app/i18n/i18n-provider';
import { publicCommentApi } from './public-comment-api';

/**
 * The files public comment leaves behind: the moderation log and the response log (CSV), and the
 * packet for the refinement meeting (Word, PDF) in the reader's language.
 */
export function DownloadsSection({ planId }: { planId: string }) {
  const { t, locale } = useI18n();
  const lang = locale === 'es' ? 'es' : 'en';
  const items = [
    { text: t('publicComment.downloads.moderationLogText'), links: [{ href: publicCommentApi.moderationLog(planId), label: t('publicComment.downloads.moderationLog') }] },
    { text: t('publicComment.downloads.responseLogText'), links: [{ href: publicCommentApi.responseLog(planId), label: t('publicComment.downloads.responseLog') }] },
    {
      text: t('publicComment.downloads.packetText'),
      links: [
        { href: publicCommentApi.packetDocx(planId, lang), label: t('publicComment.downloads.packetDocx') },
        { href: publicCommentApi.packetPdf(planId, lang), label: t('publicComment.downloads.packetPdf') },
      ],
    },
  ];
  return (
    <section className="card" aria-labelledby="comment-downloads-heading">
      <div className="card-header">
        <h2 id="comment-downloads-heading">{t('publicComment.downloads.title')}</h2>
      </div>
      <ul className="comment-downloads">
        {items.map((item) => (
          <li key={item.links[0]!.href} className="card-body comment-download">
            <p className="muted">{item.text}</p>
            <span className="row">
              {item.links.map((link) => (
                <a key={link.href} className="button button-secondary button-small" href={link.href} download>
                  {link.label}
                </a>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
