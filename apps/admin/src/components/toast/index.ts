export { dismissToast, type ShowToastOptions, showToast, ToastRegion } from './toast';
