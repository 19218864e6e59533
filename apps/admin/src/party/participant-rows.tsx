import { Button } from '@kobalte/core/button';
import { For, type JSX } from 'solid-js';
import { SelectField, TextField } from '../components/form-field';
import { useI18n } from '../i18n/i18n';
import type { MemberListItem } from './party-api';

/** One row of a participant or attendance list being edited. */
export interface PersonRow {
  memberId: string;
  /** Hours (activities) or the reason of an absence (meetings), as typed. */
  detail: string;
  isPresent: boolean;
}

/**
 * Editable rows of members: each a member of the list, with its hours (an activity) or whether present and
 * the reason of an absence (a meeting).
 */
export function PersonRows(props: {
  mode: 'hours' | 'attendance';
  members: MemberListItem[];
  rows: PersonRow[];
  onChange: (rows: PersonRow[]) => void;
  errorOf: (index: number, field: string) => string | undefined;
}): JSX.Element {
  const { t } = useI18n();
  const set = (index: number, patch: Partial<PersonRow>) =>
    props.onChange(props.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div class="party-rows">
      <For each={props.rows}>
        {(row, index) => (
          <div class="party-row">
            <SelectField
              label={t('party.activities.member')}
              options={props.members.map((m) => ({ value: m.id, label: m.name }))}
              value={row.memberId || undefined}
              onChange={(memberId) => set(index(), { memberId })}
              error={props.errorOf(index(), 'memberId')}
            />
            {props.mode === 'hours' ? (
              <TextField
                label={t('party.member.hours')}
                value={row.detail}
                onChange={(detail) => set(index(), { detail })}
                error={props.errorOf(index(), 'hours')}
              />
            ) : (
              <label class="party-checkbox">
                <input
                  type="checkbox"
                  checked={row.isPresent}
                  onChange={(event) => set(index(), { isPresent: event.currentTarget.checked })}
                />
                {t('party.meetings.present')}
              </label>
            )}
            {props.mode === 'attendance' && !row.isPresent ? (
              <TextField
                label={t('party.meetings.absenceReason')}
                value={row.detail}
                onChange={(detail) => set(index(), { detail })}
                error={props.errorOf(index(), 'absenceReason')}
              />
            ) : (
              <span />
            )}
            <Button
              class="button button--small button--quiet"
              onClick={() => props.onChange(props.rows.filter((_, i) => i !== index()))}
            >
              {t('party.activities.remove')}
            </Button>
          </div>
        )}
      </For>
      <div>
        <Button
          class="button button--small"
          onClick={() =>
            props.onChange([
              ...props.rows,
              { memberId: '', detail: props.mode === 'hours' ? '1' : '', isPresent: true },
            ])
          }
        >
          {t('party.activities.addParticipant')}
        </Button>
      </div>
    </div>
  );
}
