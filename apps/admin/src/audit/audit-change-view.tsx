import { For, type JSX, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { diffSnapshots, type FieldChange } from './audit-change';
import { AuditFieldValue } from './audit-field-value';
import { fieldKey } from './audit-labels';

const fieldsShown = 6;

function ChangeLine(props: { change: FieldChange }): JSX.Element {
  const { t } = useI18n();
  const label = () => {
    const key = fieldKey(props.change.field);
    return key ? t(key) : props.change.field;
  };
  return (
    <li class="change">
      <span class="change__field">{label()}</span>
      <Show when={props.change.before !== undefined}>
        <del class="change__before">
          <AuditFieldValue field={props.change.field} value={props.change.before} />
        </del>
        <span class="change__arrow" aria-hidden="true">
          →
        </span>
      </Show>
      <ins class="change__after">
        <AuditFieldValue field={props.change.field} value={props.change.after} />
      </ins>
    </li>
  );
}

/** An audited write's before and after, compactly: the changed fields as `field: old → new`. */
export function AuditChangeView(props: { before: unknown; after: unknown }): JSX.Element {
  const { t } = useI18n();
  const changes = () => diffSnapshots(props.before, props.after);
  return (
    <Show when={changes().length > 0} fallback={<span class="muted">{t('audit.noChange')}</span>}>
      <ul class="changes">
        <For each={changes().slice(0, fieldsShown)}>{(change) => <ChangeLine change={change} />}</For>
        <Show when={changes().length > fieldsShown}>
          <li class="muted">{t('audit.more', { count: changes().length - fieldsShown })}</li>
        </Show>
      </ul>
    </Show>
  );
}
