import { Button } from '@kobalte/core/button';
import { Switch as KobalteSwitch } from '@kobalte/core/switch';
import { type JSX, Match, Show, Switch } from 'solid-js';
import { SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n';
import { pluginText } from '../plugin-text';
import type { LocalizedText, SettingSource } from '../plugins-api';
import { labelFromKey, type SettingField } from './settings-schema';

/** Props of `SettingsFormField`. */
export interface SettingsFormFieldProps {
  field: SettingField;
  /** The value as the draft stands (text for text and number fields while they are edited). */
  value: unknown;
  source: SettingSource;
  /** Whether the village's own value differs from what is saved. */
  isUnsaved: boolean;
  /** What the setting would be without the village's own value; shown while the village sets it. */
  inherited: { value: unknown; source: SettingSource };
  error?: string | undefined;
  isReadOnly: boolean;
  onChange: (value: unknown) => void;
  /** Drops the village's own value, so the setting is inherited again. */
  onInherit: () => void;
}

/** One setting of a plugin: its input, where its value comes from and, when the village sets it, the value it would inherit. */
export function SettingsFormField(props: SettingsFormFieldProps): JSX.Element {
  const { t, locale } = useI18n();
  const text = (value: string | LocalizedText | undefined) =>
    value === undefined ? undefined : typeof value === 'string' ? value : pluginText(value, locale());
  const label = () => text(props.field.title) ?? labelFromKey(props.field.key);
  const optionLabel = (value: unknown) => {
    const option = props.field.options.find((candidate) => candidate.value === value);
    return option?.label ? pluginText(option.label, locale()) : String(value);
  };
  const shown = (value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('plugins.settings.empty');
    if (typeof value === 'boolean') return value ? t('plugins.settings.yes') : t('plugins.settings.no');
    if (props.field.kind === 'choice') return optionLabel(value);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const asText = () =>
    props.value === undefined || props.value === null ? '' : String(props.value as string | number);

  return (
    <fieldset class="setting" aria-label={label()}>
      <Switch>
        <Match
          when={
            props.field.kind === 'text' || props.field.kind === 'number' || props.field.kind === 'integer'
          }
        >
          <TextField
            label={label()}
            type={props.field.kind === 'text' ? 'text' : 'number'}
            value={asText()}
            onChange={(value) => props.onChange(value)}
            description={text(props.field.description)}
            error={props.error}
            disabled={props.isReadOnly}
          />
        </Match>
        <Match when={props.field.kind === 'choice'}>
          <SelectField
            label={label()}
            options={props.field.options.map((option) => ({
              value: String(option.value),
              label: optionLabel(option.value),
            }))}
            value={props.value === undefined ? undefined : String(props.value)}
            onChange={(value) =>
              props.onChange(props.field.options.find((option) => String(option.value) === value)?.value)
            }
            description={text(props.field.description)}
            error={props.error}
            disabled={props.isReadOnly}
          />
        </Match>
        <Match when={props.field.kind === 'boolean'}>
          <KobalteSwitch
            class="switch field"
            checked={props.value === true}
            onChange={(isChecked) => props.onChange(isChecked)}
            disabled={props.isReadOnly}
            validationState={props.error ? 'invalid' : 'valid'}
          >
            <KobalteSwitch.Label class="field__label">{label()}</KobalteSwitch.Label>
            <span class="switch__row">
              <KobalteSwitch.Input class="switch__input" />
              <KobalteSwitch.Control class="switch__control">
                <KobalteSwitch.Thumb class="switch__thumb" />
              </KobalteSwitch.Control>
              <span aria-hidden="true">{shown(props.value === true)}</span>
            </span>
            <Show when={props.field.description}>
              <KobalteSwitch.Description class="field__description">
                {text(props.field.description)}
              </KobalteSwitch.Description>
            </Show>
            <KobalteSwitch.ErrorMessage class="field__error">{props.error}</KobalteSwitch.ErrorMessage>
          </KobalteSwitch>
        </Match>
        <Match when={props.field.kind === 'unsupported'}>
          <div class="field">
            <span class="field__label">{label()}</span>
            <span class="setting__unsupported">
              {t('plugins.settings.unsupported', { value: shown(props.value) })}
            </span>
            <Show when={props.error}>
              <span class="field__error">{props.error}</span>
            </Show>
          </div>
        </Match>
      </Switch>
      <div class="setting__meta">
        <span class={`source-badge source-badge--${props.source}`}>
          {t('plugins.settings.sourceLabel', { source: t(`plugins.settings.source.${props.source}`) })}
        </span>
        <Show when={props.isUnsaved}>
          <span class="setting__unsaved">{t('plugins.settings.unsaved')}</span>
        </Show>
        <Show when={props.source === 'village'}>
          <span class="setting__inherited">
            {t('plugins.settings.inherited', {
              value: shown(props.inherited.value),
              source: t(`plugins.settings.source.${props.inherited.source}`),
            })}
          </span>
          <Show when={!props.isReadOnly}>
            <Button class="button button--quiet button--small" onClick={() => props.onInherit()}>
              {t('plugins.settings.inherit')}
            </Button>
          </Show>
        </Show>
      </div>
    </fieldset>
  );
}
