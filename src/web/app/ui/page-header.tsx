import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-provider';

/** Sets the browser tab's title; every route names itself so history and tabs are readable. */
export function usePageTitle(title: string) {
  const t = useT();
  useEffect(() => {
    document.title = t('app.pageTitle', { page: title });
  }, [title, t]);
}

interface PageHeaderProps {
  title: string;
  /** Added to the tab title, so "People" of one district is told from "People" of another. */
  titleContext?: string;
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}

/**
 * The page's one h1. It can take focus (tabIndex -1) so that after a client-side navigation the
 * layout moves focus here and screen-reader users start reading the new page.
 */
export function PageHeader({ title, titleContext, eyebrow, description, actions }: PageHeaderProps) {
  usePageTitle(titleContext ? `${title} – ${titleContext}` : title);
  return (
    <div className="page-header">
      <div>
        {eyebrow && <p className="page-eyebrow">{eyebrow}</p>}
        <h1 tabIndex={-1}>{title}</h1>
        {description && <p className="page-description">{description}</p>}
      </div>
      {actions && <div className="row">{actions}</div>}
    </div>
  );
}
