import { useI18n } from '../../app/i18n/i18n-provider';
import { Alert } from '../../app/ui/alert';
import { Button } from '../../app/ui/button';
import { describeValue, useFieldLabel } from '../plans/field-labels';
import { isSameJson } from '../fields/draft-path';
import { ScrollRegion } from '../plans/scroll-region';

interface ConflictNoticeProps {
  /** What this person started from. */
  base: Record<string, unknown>;
  /** What was saved meanwhile (error.current of the 409). */
  theirs: Record<string, unknown>;
  mine: Record<string, unknown>;
  isBusy: boolean;
  onTakeTheirs: () => void;
  onOverwrite: () => void;
}

/** Someone saved first: show what they changed next to what this person typed, and let them choose. */
export function ConflictNotice({ base, theirs, mine, isBusy, onTakeTheirs, onOverwrite }: ConflictNoticeProps) {
  const { t, locale } = useI18n();
  const fieldLabel = useFieldLabel();
  const names = [...new Set([...Object.keys(base), ...Object.keys(theirs)])].filter((name) => !isSameJson(base[name], theirs[name]));
  return (
    <Alert tone="warning" announce="alert" title={t('conflict.title')}>
      <p>{names.length > 0 ? t('conflict.text') : t('conflict.textNoFields')}</p>
      {names.length > 0 && (
        <ScrollRegion label={t('conflict.tableCaption')}>
          <table className="table conflict-table">
            <caption className="visually-hidden">{t('conflict.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('conflict.field')}</th>
                <th scope="col">{t('conflict.theirs')}</th>
                <th scope="col">{t('conflict.mine')}</th>
              </tr>
            </thead>
            <tbody>
              {names.map((name) => (
                <tr key={name}>
                  <th scope="row">{fieldLabel(name)}</th>
                  <td>{describeValue(theirs[name], locale, t('value.empty'))}</td>
                  <td>{describeValue(mine[name], locale, t('value.empty'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <div className="row">
        <Button size="small" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </Button>
        <Button size="small" variant="primary" isBusy={isBusy} onClick={onOverwrite}>
          {t('conflict.overwrite')}
        </Button>
      </div>
    </Alert>
  );
}

