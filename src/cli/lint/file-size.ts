const units: Readonly<Record<string, number>> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/**
 * Reads a size such as `"10MB"`, `"512 KB"`, `"1.5gb"` or a number of bytes (units are binary:
 * 1 KB = 1024 bytes); `undefined` when it is not a size.
 *
 * @example
 * ```ts
 * parseFileSize('10MB'); // 10485760
 * parseFileSize(2048); // 2048
 * parseFileSize('ten'); // undefined
 * ```
 */
export function parseFileSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  if (!match) return undefined;
  const bytes = Math.floor(Number(match[1]) * (units[(match[2] ?? 'b').toLowerCase()] ?? 1));
  return bytes > 0 ? bytes : undefined;
}

/**
 * A byte count for people: `10 MB`, `512 KB`, `12 bytes`.
 *
 * @example
 * ```ts
 * formatBytes(10485760); // '10 MB'
 * ```
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${round(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
