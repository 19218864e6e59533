import { createUniqueId, type JSX, Show } from 'solid-js';

/** A labelled control with the error the API gave for it; `children` renders the control with its id. */
export function Field(props: {
  label: string;
  error?: string | undefined;
  children: (id: string) => JSX.Element;
}): JSX.Element {
  const id = createUniqueId();
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {props.label}
      </label>
      {props.children(id)}
      <Show when={props.error}>
        <span class="field__error" role="alert">
          {props.error}
        </span>
      </Show>
    </div>
  );
}
