export const KiB = 1024;
export const MiB = 1024 * KiB;

/** "512 B", "3.2 KiB", "10.0 MiB": sizes in messages and CLI output. */
export function formatSize(bytes: number): string {
  if (bytes < KiB) return `${bytes} B`;
  if (bytes < MiB) return `${(bytes / KiB).toFixed(1)} KiB`;
  return `${(bytes / MiB).toFixed(1)} MiB`;
}
