let forgetAll: (() => void) | undefined;

/**
 * Registers how to forget every cached API answer: the signed-in part of the app owns the query cache (and
 * its library), so the login page and the session redirect need not load it to clear it.
 */
export function setCachedAnswersForgetter(forget: (() => void) | undefined): void {
  forgetAll = forget;
}

/** Forgets every cached API answer, so nothing cached for whoever was signed in before shows again. */
export function forgetCachedAnswers(): void {
  forgetAll?.();
}
