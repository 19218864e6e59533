import { Button } from '@kobalte/core/button';
import { createUniqueId, For, type JSX, Show } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import { type DocumentField, fieldsOf, labelOf } from '../form-document';
import { type ValuePath, valueAt } from '../form-values';
import { useFormRenderer } from './form-renderer-context';
import { FormRendererFields } from './form-renderer-fields';

/** A repeating group (e.g. household members): its entries, each with the group's fields, added and removed. */
export function FormRendererGroup(props: { field: DocumentField; path: ValuePath }): JSX.Element {
  const form = useFormRenderer();
  const { t } = useI18n();
  const errorId = createUniqueId();
  const entries = () => {
    const value = valueAt(form.values(), props.path);
    return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  };
  const entryFields = () =>
    props.field.node.items ? fieldsOf(form.document(), props.field.node.items, props.field.path) : [];
  const maxItems = () => props.field.node.maxItems ?? 50;
  const add = () => form.setValue(props.path, [...entries(), {}]);
  const remove = (index: number) => {
    const next = entries().filter((_, i) => i !== index);
    form.setValue(props.path, next.length > 0 ? next : undefined);
  };
  const label = () => labelOf(props.field, form.locale());
  return (
    <fieldset
      class="form-renderer__group"
      aria-invalid={form.errorAt(props.path) ? true : undefined}
      aria-describedby={form.errorAt(props.path) ? errorId : undefined}
    >
      <legend class="form-renderer__group-title">{label()}</legend>
      <Show when={props.field.hint.help}>
        {(help) => <p class="field__description">{help()[form.locale()]}</p>}
      </Show>
      <Show when={entries().length === 0}>
        <p class="muted">{t('serviceRequests.renderer.noEntries')}</p>
      </Show>
      <ol class="form-renderer__entries">
        <For each={entries()}>
          {(_, index) => (
            <li class="form-renderer__entry">
              <div class="form-renderer__entry-head">
                <span class="form-renderer__entry-title">
                  {label()} · {t('serviceRequests.renderer.entry', { index: index() + 1 })}
                </span>
                <Button
                  class="button button--quiet button--small"
                  onClick={() => remove(index())}
                  disabled={form.isDisabled()}
                  aria-label={`${t('serviceRequests.renderer.removeEntry')}（${t('serviceRequests.renderer.entry', { index: index() + 1 })}）`}
                >
                  {t('serviceRequests.renderer.removeEntry')}
                </Button>
              </div>
              <FormRendererFields fields={entryFields()} path={[...props.path, index()]} />
            </li>
          )}
        </For>
      </ol>
      <Show when={form.errorAt(props.path)}>
        <p id={errorId} class="field__error">
          {form.errorAt(props.path)}
        </p>
      </Show>
      <Show when={entries().length < maxItems()}>
        <Button class="button button--small" onClick={add} disabled={form.isDisabled()}>
          + {t('serviceRequests.renderer.addEntry')}（{label()}）
        </Button>
      </Show>
    </fieldset>
  );
}
