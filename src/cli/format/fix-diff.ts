/**
 * A unified diff of what `--fix` would change in one file, for `--fix-dry-run`. Fixes rewrite values
 * and keys in place, so lines are compared one to one when the line count is unchanged; otherwise the
 * differing middle is shown as one hunk.
 *
 * @example
 * ```ts
 * fixDiff('a.json', '{\n  "x": 1\n}', '{\n  "x": "1"\n}');
 * // --- a.json
 * // +++ a.json (fixed)
 * // @@ -2 +2 @@
 * // -  "x": 1
 * // +  "x": "1"
 * ```
 */
export function fixDiff(name: string, before: string, after: string): string {
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  let out = `--- ${name}\n+++ ${name} (fixed)\n`;
  if (a.length === b.length) {
    for (let i = 0; i < a.length; ) {
      if (a[i] === b[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < a.length && a[j] !== b[j]) j++;
      out += hunk(i, a.slice(i, j), i, b.slice(i, j));
      i = j;
    }
    return out;
  }
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return out + hunk(start, a.slice(start, endA), start, b.slice(start, endB));
}

function hunk(startA: number, removed: readonly string[], startB: number, added: readonly string[]): string {
  const range = (start: number, count: number): string => (count === 1 ? `${start + 1}` : `${start + 1},${count}`);
  return `@@ -${range(startA, removed.length)} +${range(startB, added.length)} @@\n${removed.map((l) => `-${l}\n`).join('')}${added.map((l) => `+${l}\n`).join('')}`;
}
