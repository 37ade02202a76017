import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../app/api';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { PlanErrorAlert } from '../plans/plan-error-alert';
import { FieldFrame } from '../../app/ui/field';

interface CommentFormProps {
  label: string;
  onPost: (body: string) => Promise<unknown>;
}

/** A new comment; mentioning someone by e-mail sends them a message with a link back here. */
export function CommentForm({ label, onPost }: CommentFormProps) {
  const t = useT();
  const formId = useId();
  const [body, setBody] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setFieldError(t('validation.required'));
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      await onPost(body.trim());
      setBody('');
    } catch (cause) {
      const apiError = ApiError.from(cause);
      if (apiError.fieldErrors.body) setFieldError(apiError.fieldErrors.body);
      else setError(apiError);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form id={formId} className="form comment-form" noValidate onSubmit={(event) => void submit(event)}>
      {error && <PlanErrorAlert error={error} title={t('comments.postFailed')} onDismiss={() => setError(null)} />}
      <FieldFrame label={label} hint={t('comments.mentionHint')} error={fieldError}>
        {({ id, describedBy, isInvalid }) => (
          <textarea
            id={id}
            name="body"
            rows={3}
            className="textarea"
            value={body}
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            onChange={(event) => {
              setBody(event.target.value);
              setFieldError(undefined);
            }}
          />
        )}
      </FieldFrame>
      <div>
        <Button type="submit" variant="primary" size="small" isBusy={isBusy}>
          {t('comments.post')}
        </Button>
      </div>
    </form>
  );
}
