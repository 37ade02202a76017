import { useState } from 'react';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import type { PublicSiteSettings } from './public-site-settings';

/** The public page's addresses (whole plan, each goal) and the widget's embed code, ready to copy. */
export function PublicLinksSection({ site, goals }: { site: PublicSiteSettings; goals: { key: string; title: string }[] }) {
  const t = useT();
  const [isCopied, setIsCopied] = useState(false);
  const origin = window.location.origin;
  const pagePath = `/p/${encodeURIComponent(site.slug)}`;
  const embed = `<iframe src="${origin}${pagePath}/widget" title="${site.slug}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;

  const copy = async () => {
    await navigator.clipboard?.writeText(embed);
    setIsCopied(true);
  };

  return (
    <section className="card" aria-labelledby="public-site-links">
      <div className="card-header">
        <h2 id="public-site-links">{t('publicSite.linksTitle')}</h2>
      </div>
      <div className="card-body stack">
        {!site.isPublished && <p>{t('publicSite.notPublishedYet')}</p>}
        <p className="public-links">
          <a href={pagePath} target="_blank" rel="noreferrer">
            {t('publicSite.openPage')}
          </a>
          <a href={`${pagePath}?lang=es`} target="_blank" rel="noreferrer" lang="es" hrefLang="es">
            {t('publicSite.openSpanish')}
          </a>
        </p>
        {goals.length > 0 && (
          <div>
            <p>{t('publicSite.goalLinks')}</p>
            <ul className="public-goal-links">
              {goals.map((goal) => (
                <li key={goal.key}>
                  <a href={`${pagePath}/goals/${encodeURIComponent(goal.key)}`} target="_blank" rel="noreferrer">
                    {goal.key} {goal.title}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="field">
          <label className="field-label" htmlFor="public-embed">
            {t('publicSite.embedLabel')}
          </label>
          <textarea id="public-embed" className="textarea public-embed" readOnly rows={3} value={embed} aria-describedby="public-embed-hint" />
          <span className="field-hint" id="public-embed-hint">
            {t('publicSite.embedHint')}
          </span>
        </div>
        <div>
          <Button size="small" onClick={copy}>
            {isCopied ? t('publicSite.copied') : t('publicSite.copy')}
          </Button>
        </div>
      </div>
    </section>
  );
}
