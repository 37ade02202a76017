import { Fragment } from 'react';
import type { SurveyMode } from '../../../core/engagement/survey-format';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { Badge, type BadgeTone } from '../../app/ui/badge';
import type { SurveyStatus } from '../api-types';
import type { PathPart } from '../builder/survey-paths';

/* Words for the survey's own values (status, mode, languages, places in the document) in the reader's language. */

const statusTone: Record<SurveyStatus, BadgeTone> = { draft: 'neutral', open: 'success', closed: 'info' };

export function StatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useI18n();
  return <Badge tone={statusTone[status]}>{t(`surveys.status.${status}` as MessageKey)}</Badge>;
}

export const modeLabel = (mode: SurveyMode) => `surveys.mode.${mode}` as MessageKey;
export const modeExplanation = (mode: SurveyMode) => `surveys.modeExplained.${mode}` as MessageKey;

/** A language's name in the reader's language ("Arabic", "árabe"), or its code when the browser does not know it. */
export function languageName(locale: string, code: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

export function useLanguageName() {
  const { locale } = useI18n();
  return (code: string) => languageName(locale, code);
}

const fieldWords: Partial<Record<string, MessageKey>> = {
  title: 'surveys.path.title',
  intro: 'surveys.path.intro',
  thank_you: 'surveys.path.thankYou',
  text: 'surveys.path.text',
  help: 'surveys.path.help',
  key: 'surveys.path.key',
  mode: 'surveys.path.mode',
  languages: 'surveys.path.languages',
  questions: 'surveys.path.questions',
  scale: 'surveys.path.scale',
  show_if: 'surveys.path.showIf',
  format: 'surveys.path.format',
  type: 'surveys.path.type',
  page: 'surveys.path.page',
};

/** A place in a survey document in words: "Question 3 (role) › Option 2 (staff) › Text › Spanish". */
export function PathInWords({ parts }: { parts: readonly PathPart[] }) {
  const { t, locale } = useI18n();
  if (parts.length === 0) return <>{t('surveys.path.document')}</>;
  // A key is an identifier, not words of any language: it is shown as code.
  const keyed = (label: string, key: string | null) =>
    key ? (
      <>
        {label} (<code className="path-key">{key}</code>)
      </>
    ) : (
      label
    );
  const words = parts.map((part) => {
    switch (part.kind) {
      case 'question':
        return keyed(t('surveys.path.question', { number: part.number }), part.key);
      case 'option':
        return keyed(t('surveys.path.option', { number: part.number }), part.key);
      case 'item':
        return keyed(t('surveys.path.item', { number: part.number }), part.key);
      case 'language':
        return languageName(locale, part.code);
      case 'field': {
        if (/^\d+$/.test(part.name)) return t('surveys.path.position', { number: Number(part.name) + 1 });
        const key = fieldWords[part.name];
        return key ? t(key) : <code className="path-key">{part.name}</code>;
      }
    }
  });
  return (
    <>
      {words.map((word, i) => (
        <Fragment key={i}>
          {i > 0 && ' › '}
          {word}
        </Fragment>
      ))}
    </>
  );
}
