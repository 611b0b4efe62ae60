import { formatSize } from '../domain/packages/index.js';
import type { OutputStream } from './io.js';

export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 30;

/** A one-line bar redrawn in place; on anything but a terminal it draws nothing, keeping logs and pipes clean. */
export function createProgressBar(stream: OutputStream, label: string): ProgressBar {
  if (!stream.isTTY) return { update: () => {}, finish: () => {} };
  let drawn = false;
  return {
    update(done, total) {
      const fraction = total === 0 ? 1 : Math.min(done / total, 1);
      const filled = Math.round(fraction * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(`\r${label} ${bar} ${String(Math.round(fraction * 100)).padStart(3)}% ${formatSize(done)} / ${formatSize(total)}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\n');
    },
  };
}
