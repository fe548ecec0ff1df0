/** A tiny listener list shared by the engines, the player, the settings and the page's notices. */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  /** Adds a listener; returns a function that removes it. */
  subscribe(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls every listener with the value. */
  emit(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
}
