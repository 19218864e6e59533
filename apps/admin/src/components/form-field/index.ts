export { type SelectFieldProps, type SelectOption, SelectField } from './select-field';
export { TextField, type TextFieldProps } from './text-field';
