import { noteOverride, type PolicyView } from '../../utils/policy';
import type { InForceField } from '../../utils/policy-view';
import { SETTINGS } from '../../utils/settings-list';
import { PolicyNote } from './PolicyNote';
import { useInForce } from './use-in-force';

export type SwitchField = Exclude<InForceField, 'aiInterviews'>;

// The note's id, which the box names as its description while the organisation sets the value.
const NOTE_ID: Record<SwitchField, string> = {
  autoOpen: 'auto-open-policy',
  listScores: 'list-scores-policy',
  downloadableRecordings: 'downloadable-policy',
  allowInvites: 'allow-invites-policy',
  allowShare: 'allow-share-policy',
};

interface Props {
  readonly field: SwitchField;
  readonly label: string;
  readonly hint?: string;
  readonly policy: PolicyView;
}

/** One on/off setting the organisation may set: its value in force, greyed out when locked. */
export function PolicySwitch({ field, label, hint, policy }: Props) {
  const { value, source, locked } = useInForce(field);
  // The recruiter's own choice; over an unlocked organisation value it is recorded as an override.
  const save = (checked: boolean) => void SETTINGS[field].item.setValue(checked).then(() => noteOverride(field, policy[field], checked));
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={value}
        disabled={locked}
        aria-describedby={source === 'policy' ? NOTE_ID[field] : undefined}
        onChange={(event) => save((event.currentTarget as HTMLInputElement).checked)}
      />
      <span>
        {label}
        {hint && <small class="hint">{hint}</small>}
        <PolicyNote id={NOTE_ID[field]} source={source} locked={locked} />
      </span>
    </label>
  );
}
