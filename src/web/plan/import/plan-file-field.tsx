import type { MessageKey } from '../../app/i18n/message-catalogue';
import { FieldFrame } from '../../app/ui/field';
import { useT } from '../../app/i18n/i18n-provider';

export type PlanFile = { name: string; kind: 'json'; text: string } | { name: string; kind: 'xlsx'; blob: Blob };

const maxBytes = 5 * 1024 * 1024;

/**
 * Reads the chosen file in the browser first: a file that is not JSON, or over the format's 5 MB,
 * is explained at once instead of after an upload. Rejects with a translated message.
 */
export async function readPlanFile(file: File, t: (key: MessageKey, vars?: Record<string, string | number>) => string): Promise<PlanFile> {
  if (file.size > maxBytes) throw t('import.tooLarge');
  if (/\.xlsx$/i.test(file.name)) return { name: file.name, kind: 'xlsx', blob: file };
  const text = await file.text();
  try {
    JSON.parse(text);
  } catch (error) {
    throw t('import.notJson', { detail: error instanceof Error ? error.message : String(error) });
  }
  return { name: file.name, kind: 'json', text };
}

interface PlanFileFieldProps {
  accept: string;
  hint: string;
  error?: string;
  onChange: (file: File) => void;
}

export function PlanFileField({ accept, hint, error, onChange }: PlanFileFieldProps) {
  const t = useT();
  return (
    <FieldFrame label={t('import.file')} hint={hint} error={error}>
      {({ id, describedBy, isInvalid }) => (
        <input
          id={id}
          name="file"
          type="file"
          className="input file-input"
          accept={accept}
          aria-describedby={describedBy}
          aria-invalid={isInvalid || undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onChange(file);
          }}
        />
      )}
    </FieldFrame>
  );
}
