export { type ShowToastOptions, showToast, ToastRegion } from './toast';
