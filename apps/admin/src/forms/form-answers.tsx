import { For, type JSX, Match, Switch } from 'solid-js';
import type { Locale } from '../i18n/catalogs';
import { useI18n } from '../i18n/i18n';
import { type DocumentField, type FormDocument, fieldsOf, isShown, sizeLabel } from './form-document';
import { pathKey, type ValuePath } from './form-values';
import { attachmentUrl } from './forms-api';

/** A stored attachment reference in a submission's data. */
interface StoredFile {
  id: string;
  name: string;
  type: string;
  size: number;
}

function plainValue(field: DocumentField, value: unknown, locale: Locale, yesNo: [string, string]): string {
  const meta = field.meta;
  switch (meta?.kind) {
    case 'integer':
    case 'decimal':
      return meta.unit ? `${String(value)} ${meta.unit[locale]}` : String(value);
    case 'choice':
      return meta.options?.find((o) => o.value === value)?.label[locale] ?? String(value);
    case 'multiple-choice':
      return (Array.isArray(value) ? value : [value])
        .map((v) => meta.options?.find((o) => o.value === v)?.label[locale] ?? String(v))
        .join(locale === 'en' ? ', ' : '、');
    case 'yes-no':
      return value === true ? yesNo[0] : yesNo[1];
    case 'address': {
      const { group, detail } = (value ?? {}) as { group?: string; detail?: string };
      return [group, detail].filter(Boolean).join(' ');
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/**
 * A submission's answers read with the form version it was made with: labels in the user's language, choices
 * by their labels, groups entry by entry, attachments as download links; `revealed` holds whole ID numbers
 * by path once the user asked to see them.
 */
export function FormAnswers(props: {
  document: FormDocument;
  data: Record<string, unknown>;
  submissionId: string;
  revealed?: Record<string, string>;
}): JSX.Element {
  return (
    <AnswerList
      document={props.document}
      fields={fieldsOf(props.document, props.document.jsonSchema)}
      data={props.data}
      path={[]}
      submissionId={props.submissionId}
      revealed={props.revealed ?? {}}
    />
  );
}

function AnswerList(props: {
  document: FormDocument;
  fields: DocumentField[];
  data: Record<string, unknown>;
  path: ValuePath;
  submissionId: string;
  revealed: Record<string, string>;
}): JSX.Element {
  const { t, locale } = useI18n();
  const shown = () => props.fields.filter((field) => isShown(field.hint.showWhen, props.data));
  return (
    <dl class="answers">
      <For each={shown()}>
        {(field) => {
          const value = () => props.data[field.name];
          const path = () => [...props.path, field.name];
          return (
            <div class="answers__item" classList={{ 'answers__item--wide': field.meta?.kind === 'group' }}>
              <dt>{field.label[locale()]}</dt>
              <dd>
                <Switch
                  fallback={plainValue(field, value(), locale(), [
                    t('serviceRequests.renderer.yes'),
                    t('serviceRequests.renderer.no'),
                  ])}
                >
                  <Match when={value() === undefined}>
                    <span class="muted">{t('serviceRequests.renderer.empty')}</span>
                  </Match>
                  <Match when={field.meta?.kind === 'resident-id'}>
                    <span class="mono">{props.revealed[pathKey(path())] ?? String(value())}</span>
                  </Match>
                  <Match when={field.meta?.kind === 'attachment'}>
                    <ul class="answers__files">
                      <For each={(value() as StoredFile[]) ?? []}>
                        {(file) => (
                          <li>
                            <a href={attachmentUrl(props.submissionId, file.id)} download={file.name}>
                              {file.name}
                            </a>{' '}
                            <span class="muted">({sizeLabel(file.size)})</span>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Match>
                  <Match when={field.meta?.kind === 'group' && field.node.items}>
                    <ol class="answers__entries">
                      <For each={(value() as Record<string, unknown>[]) ?? []}>
                        {(entry, index) => (
                          <li>
                            <AnswerList
                              document={props.document}
                              fields={fieldsOf(props.document, field.node.items ?? {}, field.path)}
                              data={entry}
                              path={[...path(), index()]}
                              submissionId={props.submissionId}
                              revealed={props.revealed}
                            />
                          </li>
                        )}
                      </For>
                    </ol>
                  </Match>
                </Switch>
              </dd>
            </div>
          );
        }}
      </For>
    </dl>
  );
}
