import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { TextField } from '../../app/ui/field';
import { addCategory, addCause, addWhy, maxWhys, removeCategory, removeCause, removeWhy, renameCategory, setCause, setWhy, type RootCausesDraft } from './root-causes-draft';
import type { RootCauseMethod } from './retreat-types';

interface RootCausesEditorProps {
  draft: RootCausesDraft;
  /** Field messages by the API's pointer (/root_causes/2, /root_causes/0/category). */
  errors: ReadonlyMap<string, string>;
  onChange: (draft: RootCausesDraft) => void;
}

const methods: RootCauseMethod[] = ['five_whys', 'fishbone'];

/**
 * The gap's root causes, one of two ways: five whys (each answer asks the next "why?") or a
 * fishbone (causes under categories the team may rename). Switching keeps the other way's lines.
 */
export function RootCausesEditor({ draft, errors, onChange }: RootCausesEditorProps) {
  const t = useT();
  return (
    <fieldset className="fieldset root-causes">
      <legend>{t('retreat.gap.rootCauses')}</legend>
      <div className="choice-list">
        {methods.map((method) => (
          <label key={method} className="choice">
            <input type="radio" name="root_cause_method" value={method} checked={draft.method === method} onChange={() => onChange({ ...draft, method })} />
            <span>
              <span className="choice-title">{t(`retreat.gap.method.${method}`)}</span>
              <span className="choice-text">{t(`retreat.gap.methodText.${method}`)}</span>
            </span>
          </label>
        ))}
      </div>
      {draft.method === 'five_whys' ? (
        <ol className="retreat-list stack-sm">
          {draft.whys.map((why, index) => (
            <li key={index} className="root-cause-row">
              <TextField name={`why-${index}`} label={t('retreat.gap.why', { number: index + 1 })} maxLength={500} value={why} error={errors.get(`/root_causes/${index}`)} onChange={(event) => onChange(setWhy(draft, index, event.target.value))} />
              <Button size="small" variant="quiet-danger" aria-label={t('retreat.gap.removeWhyLabel', { number: index + 1 })} onClick={() => onChange(removeWhy(draft, index))}>
                {t('retreat.remove')}
              </Button>
            </li>
          ))}
          {draft.whys.length < maxWhys && (
            <li>
              <Button size="small" onClick={() => onChange(addWhy(draft))}>
                {t('retreat.gap.addWhy')}
              </Button>
            </li>
          )}
        </ol>
      ) : (
        <div className="fishbone">
          {draft.fishbone.map((entry, index) => (
            <fieldset key={index} className="fieldset fishbone-category">
              <legend>{t('retreat.gap.category', { number: index + 1 })}</legend>
              <TextField name={`category-${index}`} label={t('retreat.gap.categoryName')} maxLength={80} value={entry.category} error={errors.get(`/root_causes/${index}/category`)} onChange={(event) => onChange(renameCategory(draft, index, event.target.value))} />
              <ul className="retreat-list stack-sm">
                {entry.causes.map((cause, causeIndex) => (
                  <li key={causeIndex} className="root-cause-row">
                    <TextField
                      name={`cause-${index}-${causeIndex}`}
                      label={t('retreat.gap.cause', { category: entry.category || t('retreat.gap.category', { number: index + 1 }), number: causeIndex + 1 })}
                      maxLength={500}
                      value={cause}
                      error={errors.get(`/root_causes/${index}/causes/${causeIndex}`)}
                      onChange={(event) => onChange(setCause(draft, index, causeIndex, event.target.value))}
                    />
                    <Button size="small" variant="quiet-danger" aria-label={t('retreat.gap.removeCauseLabel', { category: entry.category, number: causeIndex + 1 })} onClick={() => onChange(removeCause(draft, index, causeIndex))}>
                      {t('retreat.remove')}
                    </Button>
                  </li>
                ))}
              </ul>
              <div className="row">
                <Button size="small" onClick={() => onChange(addCause(draft, index))} aria-label={t('retreat.gap.addCauseLabel', { category: entry.category || t('retreat.gap.category', { number: index + 1 }) })}>
                  {t('retreat.gap.addCause')}
                </Button>
                <Button size="small" variant="quiet-danger" onClick={() => onChange(removeCategory(draft, index))} aria-label={t('retreat.gap.removeCategoryLabel', { category: entry.category || t('retreat.gap.category', { number: index + 1 }) })}>
                  {t('retreat.gap.removeCategory')}
                </Button>
              </div>
            </fieldset>
          ))}
          <div>
            <Button size="small" onClick={() => onChange(addCategory(draft, ''))}>
              {t('retreat.gap.addCategory')}
            </Button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
