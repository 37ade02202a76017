import { useEffect, useState } from 'react';
import type { Member, NetworkDistrict } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';
import { TextField } from '../../app/ui/field';

interface CoachDistrictsDialogProps {
  member: Member | null;
  districts: NetworkDistrict[];
  isBusy: boolean;
  onCancel: () => void;
  /** An empty responsibility is sent as null: the coach's role is then not described. */
  onSave: (districtIds: string[], responsibility: string | null) => void;
}

/**
 * A coach sees only the districts assigned here; network administrators see them all. What the
 * coach does is said once for those districts, which read it on their Network page.
 */
export function CoachDistrictsDialog({ member, districts, isBusy, onCancel, onSave }: CoachDistrictsDialogProps) {
  const t = useT();
  const [selected, setSelected] = useState<string[]>([]);
  const [responsibility, setResponsibility] = useState('');

  useEffect(() => {
    setSelected(member?.districtIds ?? []);
    setResponsibility(member?.responsibility ?? '');
  }, [member]);

  const toggle = (districtId: string) =>
    setSelected((current) => (current.includes(districtId) ? current.filter((id) => id !== districtId) : [...current, districtId]));

  return (
    <Dialog
      isOpen={member !== null}
      title={t('people.assignDistrictsTitle', { name: member?.name ?? '' })}
      onClose={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{t('action.cancel')}</Button>
          <Button variant="primary" isBusy={isBusy} onClick={() => onSave(selected, responsibility.trim() || null)} disabled={districts.length === 0}>
            {t('action.save')}
          </Button>
        </>
      }
    >
      {districts.length === 0 ? (
        <p className="muted">{t('people.noNetworkDistricts')}</p>
      ) : (
        <div className="form">
          <fieldset className="fieldset">
            <legend>{t('people.assignDistrictsLegend')}</legend>
            {districts.map((district) => (
              <label key={district.id} className="checkbox">
                <input type="checkbox" checked={selected.includes(district.id)} onChange={() => toggle(district.id)} />
                <span>{district.name}</span>
              </label>
            ))}
          </fieldset>
          <TextField
            name="responsibility"
            label={t('people.responsibility')}
            hint={t('people.responsibilityHint')}
            value={responsibility}
            maxLength={200}
            isOptional
            onChange={(event) => setResponsibility(event.target.value)}
          />
        </div>
      )}
    </Dialog>
  );
}
