"use strict";
/* Word-level diff shared by the Copydesk reports: Myers' O(ND) algorithm on word lists, after
   trimming the common head and tail, so near-identical texts (what reprints are) cost little.
   Returns, for each side, 1 where the word is common to both and 0 where it differs. When the
   texts differ in more than `limit` edits the middle stays marked as different rather than
   stalling the page. */
function copydeskWordDiff(a, b, limit) {
  const keepA = new Uint8Array(a.length), keepB = new Uint8Array(b.length);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) { keepA[head] = 1; keepB[head] = 1; head++; }
  let endA = a.length, endB = b.length;
  while (endA > head && endB > head && a[endA - 1] === b[endB - 1]) { endA--; endB--; keepA[endA] = 1; keepB[endB] = 1; }
  const n = endA - head, m = endB - head;
  if (n === 0 || m === 0) return { a: keepA, b: keepB };
  const most = Math.min(n + m, limit || 4000);
  const offset = most + 1;
  const v = new Int32Array(2 * most + 3);
  const trace = [];
  for (let d = 0; d <= most; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[head + x] === b[head + y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        backtrack(trace, d, n, m, (i, j) => { keepA[head + i] = 1; keepB[head + j] = 1; });
        return { a: keepA, b: keepB };
      }
    }
  }
  return { a: keepA, b: keepB };
}

function backtrack(trace, depth, n, m, common) {
  let x = n, y = m;
  for (let d = depth; d > 0; d--) {
    const before = trace[d];
    const at = (k) => before[k + d + 1];
    const k = x - y;
    const previousK = (k === -d || (k !== d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
    const previousX = at(previousK), previousY = previousX - previousK;
    while (x > previousX && y > previousY) { x--; y--; common(x, y); }
    x = previousX; y = previousY;
  }
  while (x > 0 && y > 0) { x--; y--; common(x, y); }
}

/* The form words are compared in: case and apostrophe shapes aside. */
function copydeskWordKey(word) {
  return word.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}
