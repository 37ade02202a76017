import { useLayoutEffect, useRef, useState } from 'react';
import { QUOTE_MARK, asQuoteLine, quoteWords } from '../../../core/engagement/focus-groups/note-quotes';
import type { ProtocolQuestion } from '../../../core/engagement/focus-groups/protocol-format';
import { api, ApiError } from '../../app/api';
import { useI18n } from '../../app/i18n/i18n-provider';
import type { MessageKey } from '../../app/i18n/message-catalogue';
import { useAnnounce } from '../../app/ui/announcer';
import { Button } from '../../app/ui/button';
import { useErrorMessage } from '../../app/ui/error-message';
import { Icon } from '../../app/ui/icons';
import { CodePanel } from './code-panel';
import { focusGroupsApi, type FocusGroupCode, type Theme } from './focus-groups-api';
import { MergeDialog } from './merge-dialog';
import type { ConflictChoice, NoteDraft, NoteStatus } from './use-notes-sync';

interface Props {
  cycleId: string;
  focusGroupId: string;
  number: number;
  total: number;
  question: ProtocolQuestion;
  /** The group's language: the question is read as the facilitator asks it. */
  language: string;
  draft: NoteDraft;
  coded: FocusGroupCode[];
  themes: readonly Theme[];
  canEdit: boolean;
  onChange: (text: string) => void;
  onFlush: () => Promise<boolean>;
  onResolve: (choice: ConflictChoice) => void;
  onCodesChanged: (coded: FocusGroupCode[]) => void;
  onThemeAdded: () => Promise<void>;
  text: (value: Record<string, string>, language?: string) => string;
}

const statusKey: Record<NoteStatus, MessageKey> = {
  saved: 'notes.status.saved',
  unsaved: 'notes.status.unsaved',
  saving: 'notes.status.saving',
  offline: 'notes.status.offline',
  conflict: 'notes.status.conflict',
  refused: 'notes.status.refused',
};

/** A coded passage in quotation marks once, shortened to a line. */
function shownPassage(passage: string) {
  const words = quoteWords(passage.replace(/\s*\n\s*/g, ' / '));
  return `“${words.length > 120 ? `${words.slice(0, 120)}…` : words}”`;
}

/**
 * One protocol question on the notes page: the question and its probes as the facilitator reads
 * them, one large text area that saves itself, a Quote button, and the themes coded on it.
 */
export function QuestionNotes(props: Props) {
  const { cycleId, focusGroupId, number, total, question, language, draft, coded, themes, canEdit, text } = props;
  const { t } = useI18n();
  const say = useAnnounce();
  const errorMessage = useErrorMessage();
  const area = useRef<HTMLTextAreaElement>(null);
  const [coding, setCoding] = useState<{ passage: string | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isMerging, setIsMerging] = useState(false);
  const id = `question-${question.key}`;
  // Nothing written and nothing saved yet: no status to report.
  const isUntouched = draft.status === 'saved' && draft.baseVersion === 0 && !draft.text;

  // Where the caret goes once the text with the new quote mark is on screen (the text area is controlled).
  const caretAfterRender = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = caretAfterRender.current;
    if (caret === null || !area.current) return;
    caretAfterRender.current = null;
    area.current.focus();
    area.current.setSelectionRange(caret, caret);
  });

  const insertQuote = () => {
    const textarea = area.current;
    if (!textarea) return;
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    const before = value.slice(0, start);
    const lineStart = before.length === 0 || before.endsWith('\n') ? '' : '\n';
    const selected = value.slice(start, end);
    const inserted = selected.trim() ? `${lineStart}${asQuoteLine(selected)}\n` : `${lineStart}${QUOTE_MARK}`;
    caretAfterRender.current = before.length + inserted.length;
    props.onChange(before + inserted + value.slice(end));
  };

  const startCoding = async (whole: boolean) => {
    setMessage(null);
    const textarea = area.current;
    const passage = whole || !textarea ? null : textarea.value.slice(textarea.selectionStart, textarea.selectionEnd).trim();
    if (!whole && !passage) {
      setMessage(t('notes.code.selectFirst'));
      return;
    }
    if (!(await props.onFlush())) {
      setMessage(t('notes.code.notSaved'));
      return;
    }
    setCoding({ passage });
  };

  const removeCode = async (code: FocusGroupCode) => {
    try {
      await api.delete(focusGroupsApi.code(cycleId, focusGroupId, code.id));
      props.onCodesChanged(coded.filter((candidate) => candidate.id !== code.id));
    } catch (cause) {
      setMessage(errorMessage(ApiError.from(cause)));
    }
  };

  return (
    <section id={`${id}-section`} className="card fg-question" aria-labelledby={`${id}-heading`}>
      <div className="card-body stack">
        <p className="fg-question-meta">
          {t('notes.question', { number, total })} · {t('notes.minutes', { count: question.minutes })}
        </p>
        <h2 id={`${id}-heading`} className="fg-question-text">
          {text(question.text, language)}
        </h2>
        {question.probes.length > 0 && (
          <details className="fg-probes">
            <summary>{t('notes.probes')}</summary>
            <ul>
              {question.probes.map((probe, index) => (
                <li key={index}>{text(probe, language)}</li>
              ))}
            </ul>
          </details>
        )}
        <label className="field-label" htmlFor={id}>
          {t('notes.label', { number })}
        </label>
        <textarea
          ref={area}
          id={id}
          className="textarea fg-notes"
          value={draft.text}
          readOnly={!canEdit}
          rows={8}
          spellCheck
          aria-describedby={`notes-hint ${id}-status`}
          onChange={(event) => props.onChange(event.target.value)}
        />
        <div className="fg-note-toolbar">
          {canEdit && (
            <>
              {/* Pressed with a finger or mouse, the button leaves the focus and the caret in the notes. */}
              <Button size="small" onMouseDown={(event) => event.preventDefault()} onClick={insertQuote} aria-label={t('notes.quoteLabel', { number })}>
                {t('notes.quote')}
              </Button>
              <Button size="small" onClick={() => startCoding(false)} disabled={!draft.text.trim()}>
                {t('notes.code.selection')}
              </Button>
              <Button size="small" onClick={() => startCoding(true)} disabled={!draft.text.trim()}>
                {t('notes.code.whole')}
              </Button>
            </>
          )}
          <span className={`fg-note-status fg-note-status-${draft.status}`} id={`${id}-status`}>
            {draft.status !== 'saved' && draft.status !== 'saving' && <Icon name={draft.status === 'offline' ? 'warning' : 'info'} size={16} />}
            {isUntouched ? '' : t(statusKey[draft.status])}
          </span>
          {draft.status === 'conflict' && (
            <Button size="small" variant="primary" onClick={() => setIsMerging(true)}>
              {t('notes.merge.open')}
            </Button>
          )}
        </div>
        {message && (
          <p className="field-error" role="alert">
            {message}
          </p>
        )}
        {coding && (
          <CodePanel
            cycleId={cycleId}
            focusGroupId={focusGroupId}
            questionKey={question.key}
            passage={coding.passage}
            themes={themes}
            canAddThemes={canEdit}
            onThemeAdded={props.onThemeAdded}
            onCancel={() => setCoding(null)}
            onCoded={(all) => {
              props.onCodesChanged(all.filter((code) => code.question_key === question.key));
              setCoding(null);
              say(t('notes.coded.added'));
            }}
          />
        )}
        {coded.length > 0 && (
          <div className="fg-coded">
            <p className="fg-coded-title">{t('notes.coded')}</p>
            <ul className="fg-coded-list">
              {coded.map((code) => (
                <li key={code.id} className="fg-code">
                  <strong>{code.theme_name}</strong>
                  <span className="fg-code-passage">{code.passage ? shownPassage(code.passage) : t('notes.coded.whole')}</span>
                  {!code.in_note && <span className="fg-code-stale">({t('notes.coded.stale')})</span>}
                  {canEdit && (
                    <button type="button" className="fg-code-remove" aria-label={t('notes.coded.remove', { theme: code.theme_name })} onClick={() => removeCode(code)}>
                      <Icon name="close" size={14} />
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <MergeDialog
        isOpen={isMerging}
        theirs={draft.theirs}
        mine={draft.text}
        onClose={() => setIsMerging(false)}
        onChoose={(choice) => {
          props.onResolve(choice);
          setIsMerging(false);
        }}
      />
    </section>
  );
}
