import { type Accessor, createSignal, onCleanup } from 'solid-js';

/** A seconds countdown: `start(n)` counts `remaining()` down to 0 once a second. */
export function useCountdown(): { remaining: Accessor<number>; start: (seconds: number) => void } {
  const [remaining, setRemaining] = createSignal(0);
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => clearInterval(timer);
  onCleanup(stop);
  const start = (seconds: number): void => {
    stop();
    setRemaining(seconds);
    timer = setInterval(() => {
      const next = remaining() - 1;
      setRemaining(Math.max(0, next));
      if (next <= 0) stop();
    }, 1000);
  };
  return { remaining, start };
}
