/** Names longer than this are not compared: the cost would grow with hostile input. */
const maxComparedLength = 64;

/**
 * The known name closest to `name`, or `undefined` when none is close. A case-insensitive match or
 * one that differs only in underscores wins outright (`STUDENTID`, `student_id` → `studentid`);
 * otherwise the smallest edit distance within a third of the name's length.
 *
 * @example
 * ```ts
 * closestName('studnetid', ['studentid', 'schoolid']); // 'studentid'
 * closestName('color', ['studentid']); // undefined
 * ```
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (name.length > maxComparedLength) return undefined;
  const folded = fold(name);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    if (candidate === name) continue;
    if (fold(candidate) === folded) return candidate;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[_\-\s]/g, '');
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  const first = rows[0] as number[];
  for (let j = 1; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}
