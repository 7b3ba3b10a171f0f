/**
 * A progress bar on stderr when it is a terminal, plain progress lines otherwise (CI logs), so
 * stdout carries only the results table.
 */
export class Progress {
  private readonly tty = Boolean(process.stderr.isTTY);
  private label = '';
  private total = 0;
  private done = 0;
  private startedAt = 0;
  private lastDraw = 0;
  private lastLine = 0;

  /** Starts a step of `total` units (0: a step without a measurable amount). */
  start(label: string, total = 0): void {
    this.finishLine();
    this.label = label;
    this.total = total;
    this.done = 0;
    this.startedAt = Date.now();
    this.lastDraw = 0;
    this.lastLine = Date.now();
    if (!this.tty) process.stderr.write(`… ${label}\n`);
    else this.draw(true);
  }

  /** Sets how much of the step is done. */
  update(done: number, detail = ''): void {
    this.done = done;
    const now = Date.now();
    if (this.tty) {
      if (now - this.lastDraw >= 100) this.draw(false, detail);
    } else if (now - this.lastLine >= 5000) {
      this.lastLine = now;
      process.stderr.write(`  ${this.label}: ${this.percent()}${detail ? ` ${detail}` : ''}\n`);
    }
  }

  /** Ends the step with a short result. */
  end(result = ''): void {
    const seconds = ((Date.now() - this.startedAt) / 1000).toFixed(1);
    if (this.tty) {
      this.done = this.total;
      this.draw(true);
      process.stderr.write(`\r\x1b[2K✓ ${this.label}${result ? `: ${result}` : ''} (${seconds} s)\n`);
    } else {
      process.stderr.write(`  done: ${this.label}${result ? `: ${result}` : ''} (${seconds} s)\n`);
    }
    this.label = '';
  }

  /** A line of its own (a warning, a note), without breaking the bar. */
  note(line: string): void {
    this.finishLine();
    process.stderr.write(`${line}\n`);
    if (this.tty && this.label) this.draw(true);
  }

  private percent(): string {
    return this.total > 0 ? `${Math.min(100, Math.floor((100 * this.done) / this.total))}%` : `${this.done}`;
  }

  private draw(force: boolean, detail = ''): void {
    if (!force && !this.label) return;
    this.lastDraw = Date.now();
    const width = 30;
    const filled = this.total > 0 ? Math.min(width, Math.round((width * this.done) / this.total)) : 0;
    const bar = this.total > 0 ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.percent().padStart(4)}` : '[working]';
    const seconds = ((Date.now() - this.startedAt) / 1000).toFixed(0);
    const columns = process.stderr.columns ?? 100;
    process.stderr.write(`\r\x1b[2K${`${bar} ${this.label} ${seconds}s ${detail}`.slice(0, columns - 1)}`);
  }

  private finishLine(): void {
    if (this.tty && this.label) process.stderr.write('\r\x1b[2K');
  }
}
