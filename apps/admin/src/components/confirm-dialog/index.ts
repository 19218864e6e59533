export { ConfirmDialogHost, type ConfirmOptions, confirm } from './confirm-dialog';
