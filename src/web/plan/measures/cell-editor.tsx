import { useEffect, useRef, useState } from 'react';

interface CellEditorProps {
  initial: string;
  label: string;
  /** Resolves false when the save failed, so the input stays open with what was typed. */
  onSave: (text: string) => Promise<boolean>;
  onClose: () => void;
}

/**
 * The one cell being edited: Enter or leaving the field saves, Escape cancels. Only this cell has
 * state; the thousands of other cells of a large plan are plain buttons.
 */
export function CellEditor({ initial, label, onSave, onClose }: CellEditorProps) {
  const [text, setText] = useState(initial);
  const [isSaving, setIsSaving] = useState(false);
  const ref = useRef<HTMLInputElement>(null);
  const isDone = useRef(false);
  useEffect(() => ref.current?.select(), []);

  const finish = async (save: boolean) => {
    if (isDone.current || isSaving) return;
    if (!save || text === initial) {
      isDone.current = true;
      onClose();
      return;
    }
    setIsSaving(true);
    const isSaved = await onSave(text);
    setIsSaving(false);
    if (isSaved) {
      isDone.current = true;
      onClose();
    }
  };

  return (
    <input
      ref={ref}
      className="input cell-input"
      aria-label={label}
      aria-busy={isSaving || undefined}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === 'Escape') {
          event.preventDefault();
          void finish(event.key === 'Enter');
        }
      }}
      onBlur={() => void finish(true)}
    />
  );
}
