// Runs async operations one at a time. Several windows share one store file; without this two
// read-modify-write cycles could interleave and lose an entry.
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
