import { Button } from '@kobalte/core/button';
import { createSignal, createUniqueId, For, type JSX, Show } from 'solid-js';
import { useI18n } from '../../i18n/i18n';
import { type DocumentField, labelOf, sizeLabel } from '../form-document';
import { pathKey, type ValuePath, valueAt } from '../form-values';
import { useFormRenderer } from './form-renderer-context';

/** A file as a submission carries it. */
export interface AttachedFile {
  name: string;
  type: string;
  contentBase64: string;
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * Files attached to the form: chosen with the file picker, checked here for type, size and count (the
 * server checks again, content included), and sent base64-encoded with the submission.
 */
export function FormRendererAttachment(props: { field: DocumentField; path: ValuePath }): JSX.Element {
  const form = useFormRenderer();
  const { t } = useI18n();
  const inputId = createUniqueId();
  const hintId = createUniqueId();
  const [localError, setLocalError] = createSignal<string>();
  const meta = () => props.field.meta;
  const accept = () => meta()?.accept ?? [];
  const maxBytes = () => meta()?.maxBytes ?? 512 * 1024;
  const maxFiles = () => meta()?.maxFiles ?? 1;
  const files = () => {
    const value = valueAt(form.values(), props.path);
    return Array.isArray(value) ? (value as AttachedFile[]) : [];
  };
  const error = () =>
    localError() ??
    form.errorAt(props.path) ??
    files()
      .map((_, index) => form.errorAt([...props.path, index]) ?? form.errorAt([...props.path, index, 'type']))
      .find(Boolean);

  const choose = async (chosen: FileList | null) => {
    setLocalError(undefined);
    const next = [...files()];
    for (const file of Array.from(chosen ?? [])) {
      if (!accept().includes(file.type)) {
        setLocalError(t('serviceRequests.renderer.fileWrongType', { name: file.name }));
        continue;
      }
      if (file.size > maxBytes()) {
        setLocalError(
          t('serviceRequests.renderer.fileTooLarge', { name: file.name, size: sizeLabel(maxBytes()) }),
        );
        continue;
      }
      if (next.length >= maxFiles()) {
        setLocalError(t('serviceRequests.renderer.tooManyFiles', { count: maxFiles() }));
        break;
      }
      next.push({ name: file.name, type: file.type, contentBase64: await readBase64(file) });
    }
    form.setValue(props.path, next.length > 0 ? next : undefined);
  };
  const remove = (index: number) => {
    const next = files().filter((_, i) => i !== index);
    form.setValue(props.path, next.length > 0 ? next : undefined);
  };

  return (
    <div class="field form-renderer__field">
      <label class="field__label" for={inputId}>
        {labelOf(props.field, form.locale())}
      </label>
      <input
        id={inputId}
        class="form-renderer__file"
        type="file"
        name={pathKey(props.path)}
        accept={accept().join(',')}
        multiple={maxFiles() > 1}
        disabled={form.isDisabled() || files().length >= maxFiles()}
        aria-describedby={hintId}
        aria-invalid={error() ? true : undefined}
        onChange={(event) => {
          const input = event.currentTarget;
          void choose(input.files).then(() => {
            input.value = '';
          });
        }}
      />
      <p id={hintId} class="field__description">
        {t('serviceRequests.renderer.fileHint', {
          types: accept()
            .map((type) => TYPE_NAMES[type] ?? type)
            .join(' / '),
          size: sizeLabel(maxBytes()),
          count: maxFiles(),
        })}
      </p>
      <ul class="form-renderer__files">
        <For each={files()}>
          {(file, index) => (
            <li>
              <span>{file.name}</span>
              <Button
                class="button button--quiet button--small"
                onClick={() => remove(index())}
                aria-label={t('serviceRequests.renderer.removeFile', { name: file.name })}
              >
                ×
              </Button>
            </li>
          )}
        </For>
      </ul>
      <Show when={error()}>
        <p class="field__error" role="alert">
          {error()}
        </p>
      </Show>
    </div>
  );
}
