import type { PlanCheck } from '../api-types';
import { useI18n } from '../../app/i18n/i18n-provider';

/**
 * The server words its checks in plain English, naming the element; in English that sentence is
 * shown as it is. In another language the check's stable code gives a translated sentence, and
 * the element is named by the link or the panel next to it.
 */
export function useCheckMessage() {
  const { t, hasMessage, locale } = useI18n();
  return (check: PlanCheck): string => {
    const key = `checkCode.${check.code}`;
    if (locale === 'en' || !hasMessage(key)) return check.message;
    return t(key);
  };
}
