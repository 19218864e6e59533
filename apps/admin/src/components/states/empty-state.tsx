import { type JSX, Show } from 'solid-js';
import './states.css';

/** Props of `EmptyState`. */
export interface EmptyStateProps {
  title: string;
  hint?: string;
  /** A call to action, e.g. a button that creates the first item. */
  action?: JSX.Element;
}

/** Says that a region has nothing to show yet, and what would fill it. */
export function EmptyState(props: EmptyStateProps): JSX.Element {
  return (
    <div class="state state--empty">
      <p class="state__title">{props.title}</p>
      <Show when={props.hint}>
        <p class="state__hint">{props.hint}</p>
      </Show>
      <Show when={props.action}>
        <div class="state__action">{props.action}</div>
      </Show>
    </div>
  );
}
