import { useState } from 'react';
import { useI18n } from '../../app/i18n/i18n-provider';
import { planApi } from '../plans/plan-api';
import { usePlanWorkspace } from '../plans/plan-workspace-context';
import { MenuButton } from '../plans/menu-button';
import { ReimportDialog } from './reimport-dialog';

/**
 * The plan as files: the interchange format (JSON), the spreadsheet layout that imports back, and
 * the documents a board packet needs. Re-import brings an edited file back into this plan.
 */
export function DownloadMenu() {
  const { t, locale } = useI18n();
  const { plan, permissions } = usePlanWorkspace();
  const [isReimporting, setIsReimporting] = useState(false);
  const files = [
    { href: planApi.downloadJson(plan.id), label: t('download.json') },
    { href: planApi.downloadXlsx(plan.id), label: t('download.xlsx') },
    { href: planApi.downloadDocx(plan.id, locale), label: t('download.docx') },
    { href: planApi.downloadPdf(plan.id, locale), label: t('download.pdf') },
  ];
  return (
    <>
      <MenuButton label={t('download.menu')}>
        {(close) => (
          <>
            {files.map((file) => (
              <li key={file.href}>
                {/* download: the browser saves the file under the server's name instead of navigating. */}
                <a className="menu-item" href={file.href} download onClick={close}>
                  {file.label}
                </a>
              </li>
            ))}
            {permissions.canEdit && (
              <>
                <li className="menu-separator" aria-hidden="true" />
                <li>
                  <button
                    type="button"
                    className="menu-item"
                    onClick={() => {
                      close();
                      setIsReimporting(true);
                    }}
                  >
                    {t('reimport.open')}
                  </button>
                </li>
              </>
            )}
          </>
        )}
      </MenuButton>
      <ReimportDialog isOpen={isReimporting} onClose={() => setIsReimporting(false)} />
    </>
  );
}
