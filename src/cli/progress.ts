/**
 * Progress on stderr for operations that can take seconds (importing or checking a large document, a big reachability
 * matrix, a what-if diff) — only on a terminal (Io.progress is absent otherwise), so scripts and pipes see nothing.
 * A step is shown once it has run for a second; a step known to be long (a document over PROGRESS_BYTES) is shown at
 * once, since the engine works synchronously and a timer would only fire after it. The line is erased when done.
 */
import type { Io } from './output';

const DELAY_MS = 1000;
/** Documents larger than this take about a second or more to parse and check (docs/PERFORMANCE.md). */
export const PROGRESS_BYTES = 2 * 1024 * 1024;

export class Progress {
  private label: string | null = null;
  private shown = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly started = Date.now();

  constructor(private readonly io: Io) {}

  /** Starts a step; `long`: show it now. */
  step(label: string, long = false): void {
    if (this.io.progress === undefined) return;
    this.label = label;
    if (this.timer) clearTimeout(this.timer);
    if (long || this.shown) this.render();
    else {
      this.timer = setTimeout(() => this.render(), DELAY_MS);
      this.timer.unref();
    }
  }

  private render(): void {
    if (this.label === null) return;
    this.shown = true;
    this.io.progress?.(`${this.label}… (${((Date.now() - this.started) / 1000).toFixed(0)} s)`);
  }

  done(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.shown) this.io.progress?.(null);
    this.shown = false;
    this.label = null;
  }
}

/** Runs `fn` as one step, erasing the line afterwards (also when it fails). */
export async function withProgress<T>(io: Io, label: string, long: boolean, fn: (progress: Progress) => Promise<T> | T): Promise<T> {
  const progress = new Progress(io);
  progress.step(label, long);
  try {
    return await fn(progress);
  } finally {
    progress.done();
  }
}

export const megabytes = (text: string) => `${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MB`;
