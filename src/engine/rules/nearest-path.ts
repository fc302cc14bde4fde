/** The existing socket path nearest to a mismatched one, for "the nearest is …" and path fixes. */

/** The first item whose key is nearest to `target` by Levenshtein distance, or undefined. */
export function nearestBy<T>(items: readonly T[], key: (item: T) => string, target: string): T | undefined {
  let nearest: T | undefined;
  let best = Infinity;
  for (const item of items) {
    const d = levenshtein(key(item), target, best);
    if (d < best) {
      nearest = item;
      best = d;
    }
  }
  return nearest;
}

let row = new Int32Array(64);

/**
 * The Levenshtein distance when it is below `limit`, else some number >= `limit`: a host of 121
 * pools compares every mismatched path with each, and only the nearest matters.
 */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  // A common prefix and suffix never change the distance: only the middles are compared.
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const m = endA - start;
  const n = endB - start;
  // The distance is at least the difference in length.
  if (Math.abs(m - n) >= limit) return Math.abs(m - n);
  if (row.length <= n) row = new Int32Array(2 * n + 2);
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= m; i++) {
    let diagonal = row[0];
    row[0] = i;
    let rowMin = i;
    const c = a.charCodeAt(start + i - 1);
    for (let j = 1; j <= n; j++) {
      const above = row[j];
      let d = diagonal + (c === b.charCodeAt(start + j - 1) ? 0 : 1);
      if (above + 1 < d) d = above + 1;
      if (row[j - 1] + 1 < d) d = row[j - 1] + 1;
      row[j] = d;
      diagonal = above;
      if (d < rowMin) rowMin = d;
    }
    // Every alignment passes through each row: the distance is at least the row's least entry.
    if (rowMin >= limit) return rowMin;
  }
  return row[n];
}
