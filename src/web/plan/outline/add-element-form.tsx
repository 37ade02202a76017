import { useState, type FormEvent } from 'react';
import type { PlanElement, PlanElementKind } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { TextField } from '../../app/ui/field';
import type { OutlineEditing } from './use-outline-editing';

interface AddElementFormProps {
  kind: PlanElementKind;
  parentId: string | null;
  levelLabel: string;
  editing: OutlineEditing;
  onCreated: (element: PlanElement) => void;
  onCancel: () => void;
}

/** A new element starts with its title; the rest is filled in the detail panel that opens next. */
export function AddElementForm({ kind, parentId, levelLabel, editing, onCreated, onCancel }: AddElementFormProps) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [isBusy, setIsBusy] = useState(false);
  const label = kind === 'measure' ? t('outline.newNameLabel', { level: levelLabel }) : t('outline.newTitleLabel', { level: levelLabel });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('validation.required'));
      return;
    }
    setIsBusy(true);
    const created = await editing.create(kind, parentId, title.trim());
    setIsBusy(false);
    if (created) onCreated(created);
  };

  return (
    <form className="inline-form add-element-form" aria-label={t('outline.newFormLabel', { level: levelLabel })} noValidate onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <TextField
        name="title"
        label={label}
        value={title}
        error={error}
        autoFocus
        onChange={(event) => {
          setTitle(event.target.value);
          setError(undefined);
        }}
      />
      <Button type="submit" variant="primary" isBusy={isBusy}>
        {t('outline.addSubmit', { level: levelLabel })}
      </Button>
      <Button onClick={onCancel}>{t('action.cancel')}</Button>
    </form>
  );
}
