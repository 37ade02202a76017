import type { TextDiffPart } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';

/**
 * Word-level changes inside a text. Insertions are underlined and deletions struck through (not
 * told by colour alone), and each is named for screen readers, which ignore <ins> and <del>.
 */
export function WordDiff({ parts }: { parts: TextDiffPart[] }) {
  const t = useT();
  return (
    <p className="word-diff">
      {parts.map((part, at) => {
        if (part.op === 'equal') return <span key={at}>{part.text}</span>;
        const Tag = part.op === 'insert' ? 'ins' : 'del';
        return (
          <Tag key={at}>
            <span className="visually-hidden">{t(part.op === 'insert' ? 'diff.insertedStart' : 'diff.deletedStart')}</span>
            {part.text}
            <span className="visually-hidden">{t('diff.end')}</span>
          </Tag>
        );
      })}
    </p>
  );
}
