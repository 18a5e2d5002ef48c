/**
 * One subscriber's events waiting to be taken, in order, by its one consumer (graphql-ws's
 * `for await`). A live event costs an array slot, or one resolved promise when the consumer is
 * already waiting: a feed hands thousands of them a second, and a general-purpose channel (a
 * Repeater allocates about ten promises and closures per push) made that the larger part of the
 * cost of a delivery.
 *
 * `end(error)` lets the consumer take what is queued, then throws `error` to it (or ends it);
 * `return()` (the consumer leaving) drops what is queued. Either way the `whenEnded` callbacks run once.
 */
export class FeedQueue<T> implements AsyncIterableIterator<T> {
  private items: (T | undefined)[] = [];
  private head = 0;
  private waiting?: { resolve(step: IteratorResult<T, undefined>): void; reject(error: unknown): void };
  private ending?: { error?: unknown };
  private errorTaken = false;
  private readonly onEnd: (() => void)[] = [];

  /** Events queued and not yet taken. */
  get size(): number {
    return this.items.length - this.head;
  }

  get ended(): boolean {
    return this.ending !== undefined;
  }

  push(item: T): void {
    if (this.ending) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting.resolve({ value: item, done: false });
    } else {
      this.items.push(item);
    }
  }

  /** No more events: the consumer takes what is queued, then gets `error`, or the end. */
  end(error?: unknown): void {
    if (this.ending) return;
    this.ending = { error };
    for (const callback of this.onEnd.splice(0)) callback();
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      this.finish().then(waiting.resolve, waiting.reject);
    }
  }

  /** Runs `callback` once the queue has ended (at once if it has). */
  whenEnded(callback: () => void): void {
    if (this.ending) callback();
    else this.onEnd.push(callback);
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.head < this.items.length) {
      const value = this.items[this.head] as T;
      this.items[this.head++] = undefined;
      if (this.head === this.items.length) {
        this.items = [];
        this.head = 0;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.ending) return this.finish();
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  /** The consumer leaves: what is queued is dropped. */
  return(): Promise<IteratorResult<T, undefined>> {
    this.items = [];
    this.head = 0;
    this.errorTaken = true;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T, undefined>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): Promise<IteratorResult<T, undefined>> {
    if (this.ending?.error !== undefined && !this.errorTaken) {
      this.errorTaken = true;
      return Promise.reject(this.ending.error);
    }
    return Promise.resolve({ value: undefined, done: true });
  }
}
