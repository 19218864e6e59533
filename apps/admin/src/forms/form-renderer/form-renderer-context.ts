import { type Accessor, createContext, useContext } from 'solid-js';
import type { Locale } from '../../i18n/catalogs';
import type { FormDocument } from '../form-document';
import type { ValuePath } from '../form-values';

/** What the parts of a `FormRenderer` share: the document, the values, the errors and the language. */
export interface FormRendererContextValue {
  document: Accessor<FormDocument>;
  values: Accessor<Record<string, unknown>>;
  setValue: (path: ValuePath, value: unknown) => void;
  /** The error message at a value path (`members.0.name`), if any. */
  errorAt: (path: ValuePath) => string | undefined;
  locale: Accessor<Locale>;
  isDisabled: Accessor<boolean>;
}

/** The context of a `FormRenderer`. */
export const FormRendererContext = createContext<FormRendererContextValue>();

/** The enclosing `FormRenderer`'s state; must be used within `FormRenderer`. */
export function useFormRenderer(): FormRendererContextValue {
  const context = useContext(FormRendererContext);
  if (!context) throw new Error('useFormRenderer must be used within FormRenderer');
  return context;
}
