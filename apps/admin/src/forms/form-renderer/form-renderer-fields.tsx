import { For, type JSX, Match, Show, Switch } from 'solid-js';
import { type DocumentField, isShown } from '../form-document';
import { type ValuePath, valueAt } from '../form-values';
import { FormRendererAttachment } from './form-renderer-attachment';
import { FormRendererChoice, FormRendererMultipleChoice, FormRendererYesNo } from './form-renderer-choice';
import { useFormRenderer } from './form-renderer-context';
import { FormRendererGroup } from './form-renderer-group';
import { FormRendererAddress, FormRendererText } from './form-renderer-text';

/** The fields of one object (the form, or a group's entry) at `path`, each shown if its condition holds. */
export function FormRendererFields(props: { fields: DocumentField[]; path: ValuePath }): JSX.Element {
  const form = useFormRenderer();
  const siblings = () => (valueAt(form.values(), props.path) ?? {}) as Record<string, unknown>;
  return (
    <For each={props.fields}>
      {(field) => (
        <Show when={isShown(field.hint.showWhen, siblings())}>
          <FormRendererField field={field} path={[...props.path, field.name]} />
        </Show>
      )}
    </For>
  );
}

/** One field, by its kind. */
export function FormRendererField(props: { field: DocumentField; path: ValuePath }): JSX.Element {
  const kind = () => props.field.meta?.kind ?? 'text';
  return (
    <Switch fallback={<FormRendererText field={props.field} path={props.path} />}>
      <Match when={kind() === 'choice'}>
        <FormRendererChoice field={props.field} path={props.path} />
      </Match>
      <Match when={kind() === 'multiple-choice'}>
        <FormRendererMultipleChoice field={props.field} path={props.path} />
      </Match>
      <Match when={kind() === 'yes-no'}>
        <FormRendererYesNo field={props.field} path={props.path} />
      </Match>
      <Match when={kind() === 'address'}>
        <FormRendererAddress field={props.field} path={props.path} />
      </Match>
      <Match when={kind() === 'attachment'}>
        <FormRendererAttachment field={props.field} path={props.path} />
      </Match>
      <Match when={kind() === 'group'}>
        <FormRendererGroup field={props.field} path={props.path} />
      </Match>
    </Switch>
  );
}
