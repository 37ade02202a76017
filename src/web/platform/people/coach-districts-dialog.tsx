import { useEffect, useState } from 'react';
import type { Member, NetworkDistrict } from '../api-types';
import { useT } from '../../app/i18n/i18n-provider';
import { Button } from '../../app/ui/button';
import { Dialog } from '../../app/ui/dialog';

interface CoachDistrictsDialogProps {
  member: Member | null;
  districts: NetworkDistrict[];
  isBusy: boolean;
  onCancel: () => void;
  onSave: (districtIds: string[]) => void;
}

/** A coach sees only the districts assigned here; network administrators see them all. */
export function CoachDistrictsDialog({ member, districts, isBusy, onCancel, onSave }: CoachDistrictsDialogProps) {
  const t = useT();
  const [selected, setSelected] = useState<string[]>([]);

  useEffect(() => {
    setSelected(member?.districtIds ?? []);
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
          <Button variant="primary" isBusy={isBusy} onClick={() => onSave(selected)} disabled={districts.length === 0}>
            {t('action.save')}
          </Button>
        </>
      }
    >
      {districts.length === 0 ? (
        <p className="muted">{t('people.noNetworkDistricts')}</p>
      ) : (
        <fieldset className="fieldset">
          <legend>{t('people.assignDistrictsLegend')}</legend>
          {districts.map((district) => (
            <label key={district.id} className="checkbox">
              <input type="checkbox" checked={selected.includes(district.id)} onChange={() => toggle(district.id)} />
              <span>{district.name}</span>
            </label>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}
