/**
 * Posts short state changes ("Paused", "Finished") to the page's one polite status region.
 * The region is in the prerendered HTML, empty, from the start: regions added already filled are often
 * not announced (https://github.com/w3c/aria/issues/1216). The text being read aloud never goes here.
 */
export interface StatusAnnouncer {
  /** Shows and announces a message. */
  announce(message: string): void;
}

/** Creates an announcer that writes into the given status element. */
export function createStatusAnnouncer(region: HTMLElement | null): StatusAnnouncer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waiting: string[] = [];
  return {
    announce(message) {
      if (!region) return;
      if (timer !== null) clearTimeout(timer);
      // Messages that arrive together are read together ("Using the built-in voice. Preparing voice…").
      if (!waiting.includes(message)) waiting.push(message);
      const text = waiting.join(' ');
      // Clearing first makes a repeated message ("Paused" twice) announce again.
      if (region.textContent === text) region.textContent = '';
      timer = setTimeout(() => {
        region.textContent = text;
        waiting = [];
        timer = null;
      }, 50);
    },
  };
}
