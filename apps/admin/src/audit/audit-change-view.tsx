import { For, type JSX, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { diffSnapshots, type FieldChange } from './audit-change';
import { AuditFieldValue } from './audit-field-value';
import { type AuditVocabulary, type AuditWords, describeField } from './audit-vocabulary';

const fieldsShown = 6;

interface EntryProps {
  entry: AuditWords;
  vocabulary: AuditVocabulary;
}

function ChangeLine(props: EntryProps & { change: FieldChange }): JSX.Element {
  const label = () => describeField(props.entry, props.change.field, props.vocabulary);
  return (
    <li class="change">
      <span class="change__field">{label()}</span>
      <Show when={props.change.before !== undefined}>
        <del class="change__before">
          <AuditFieldValue
            entry={props.entry}
            vocabulary={props.vocabulary}
            field={props.change.field}
            value={props.change.before}
          />
        </del>
        <span class="change__arrow" aria-hidden="true">
          →
        </span>
      </Show>
      <ins class="change__after">
        <AuditFieldValue
          entry={props.entry}
          vocabulary={props.vocabulary}
          field={props.change.field}
          value={props.change.after}
        />
      </ins>
    </li>
  );
}

/**
 * An audited write's before and after, compactly: the changed fields as `field: old → new`, named by the
 * catalog or by the entry's plugin.
 */
export function AuditChangeView(props: EntryProps): JSX.Element {
  const { t } = useI18n();
  const changes = () => diffSnapshots(props.entry.before, props.entry.after);
  return (
    <Show when={changes().length > 0} fallback={<span class="muted">{t('audit.noChange')}</span>}>
      <ul class="changes">
        <For each={changes().slice(0, fieldsShown)}>
          {(change) => <ChangeLine entry={props.entry} vocabulary={props.vocabulary} change={change} />}
        </For>
        <Show when={changes().length > fieldsShown}>
          <li class="muted">{t('audit.more', { count: changes().length - fieldsShown })}</li>
        </Show>
      </ul>
    </Show>
  );
}
