export { SelectField, type SelectFieldProps, type SelectOption } from './select-field';
export { TextField, type TextFieldProps } from './text-field';
