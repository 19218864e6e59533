/**
 * Marks a popup's portal container as a top layer, so that a modal dialog's "hide everything outside me"
 * (Kobalte's ariaHideOutside, which sets aria-hidden on nodes added to the page while it is open) leaves it
 * visible to screen readers. Without it, a select or combobox opened inside a dialog shows options that
 * assistive technology cannot see. Pass it as the `ref` of a `…Portal`.
 */
export function markTopLayer(container: HTMLElement | SVGElement): void {
  // Kobalte keeps nodes carrying this attribute visible (it shares the convention with React Aria).
  container.dataset.reactAriaTopLayer = 'true';
}
