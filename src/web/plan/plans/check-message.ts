import type { PlanCheck } from '../../app/api-types';
import { useI18n } from '../../app/i18n/i18n-provider';
import { dictionaries, type MessageKey } from '../../app/i18n/dictionaries';

/**
 * The server words its checks in plain English, naming the element; in English that sentence is
 * shown as it is. In another language the check's stable code gives a translated sentence, and
 * the element is named by the link or the panel next to it.
 */
export function useCheckMessage() {
  const { t, locale } = useI18n();
  return (check: PlanCheck): string => {
    const key = `checkCode.${check.code}`;
    if (locale === 'en' || !(key in dictionaries.en)) return check.message;
    return t(key as MessageKey);
  };
}
