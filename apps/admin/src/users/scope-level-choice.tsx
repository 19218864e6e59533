import { RadioGroup } from '@kobalte/core/radio-group';
import { For, type JSX } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import type { ScopeLevel } from './user-form';

const levels: readonly ScopeLevel[] = ['county', 'township', 'village'];

/** A viewer's choice of how far they may look: the whole county, one township or one village. */
export function ScopeLevelChoice(props: {
  value: ScopeLevel;
  onChange: (level: ScopeLevel) => void;
}): JSX.Element {
  const { t } = useI18n();
  return (
    <RadioGroup
      class="field radio-group"
      value={props.value}
      onChange={(value) => props.onChange(value as ScopeLevel)}
      orientation="horizontal"
    >
      <RadioGroup.Label class="field__label">{t('users.scope.level')}</RadioGroup.Label>
      <div class="radio-group__items" role="presentation">
        <For each={levels}>
          {(level) => (
            <RadioGroup.Item value={level} class="radio">
              <RadioGroup.ItemInput class="radio__input" />
              <RadioGroup.ItemControl class="radio__control">
                <RadioGroup.ItemIndicator class="radio__indicator" />
              </RadioGroup.ItemControl>
              <RadioGroup.ItemLabel class="radio__label">{t(`users.scope.${level}`)}</RadioGroup.ItemLabel>
            </RadioGroup.Item>
          )}
        </For>
      </div>
    </RadioGroup>
  );
}
