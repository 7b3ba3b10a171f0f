/**
 * What a start has opened, closed in the reverse order of opening: whatever was opened last may
 * use what came before it (the jobs use the pool, the pool the database), so it goes first.
 *
 * @example
 * const resources = new ResourceStack();
 * const database = resources.push(await openDatabase(config), (d) => d.stop());
 * const orm = resources.push(await openOrm(database.url), (o) => o.close());
 * await resources.close(); // the ORM, then the database
 */
export class ResourceStack {
  private readonly open: Array<{ resource: unknown; close: () => Promise<unknown> }> = [];

  /** Remembers how to close what was just opened, and hands it back. */
  push<T>(resource: T, close: (resource: T) => Promise<unknown>): T {
    this.open.push({ resource, close: () => close(resource) });
    return resource;
  }

  /** Closes one resource ahead of the others (it is done with), and forgets it. */
  async release(resource: unknown): Promise<void> {
    const index = this.open.findIndex((entry) => entry.resource === resource);
    if (index < 0) return;
    const [entry] = this.open.splice(index, 1);
    await entry!.close();
  }

  /**
   * Closes everything still open, last opened first, each once. One that fails does not keep the
   * others open: the first failure is thrown when all have been tried.
   */
  async close(): Promise<void> {
    let failure: { error: unknown } | undefined;
    for (let entry = this.open.pop(); entry; entry = this.open.pop()) {
      try {
        await entry.close();
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  }
}
