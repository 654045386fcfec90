// V8 lets a heap grow to up to four times what was live after its last full collection when the
// machine has memory to spare. Rendering thousands of pages makes garbage fast, so the main thread's
// heap grew to 470 MB around 130-150 MB of live data at 10,000 articles. This guard collects once the
// heap holds a quarter more than was last live (and at least GROWTH more): a few more collections
// (about 0.1 s each there). At 10,000 articles, interleaved: half as much again and 64 MB took 150 MB
// off the peak at no cost; a quarter and 32 MB another 30-40 MB (514 and 536 MiB against 584 and
// 544 MiB) at no cost; a fifth and 16 MB another 20-35 MB, but 4-6 s more CPU.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const GROWTH = 32 * 1024 * 1024;
const FACTOR = 1.25;
/** How many calls between two looks at the heap (a look costs microseconds, a page far more). */
const EVERY = 32;

let collector: (() => void) | undefined;

/** A full collection of this thread's heap, now. */
export function collectGarbage(): void {
  if (!collector) {
    // The documented way to reach V8's collector without starting node with --expose-gc.
    setFlagsFromString('--expose-gc');
    collector = runInNewContext('gc') as () => void;
  }
  collector();
}

/** Work of this many units (pages, articles) pays for a full collection at a stage's boundary
 *  (about 0.1 s at 10,000 articles); a one-page rebuild in `baotinh dev` does not. */
const LARGE_WORK = 500;

/** A full collection of this thread's heap when the work just done or about to be done (`units`
 *  pages or articles) is large enough to pay for it. */
export function collectAfterLargeWork(units: number): void {
  if (units >= LARGE_WORK) collectGarbage();
}

/** A function to call once per unit of work (a page) in a loop that makes garbage. */
export function createHeapGuard(): () => void {
  let live = getHeapStatistics().used_heap_size;
  let calls = 0;
  return () => {
    if (++calls % EVERY) return;
    const used = getHeapStatistics().used_heap_size;
    if (used < Math.max(FACTOR * live, live + GROWTH)) return;
    collectGarbage();
    live = getHeapStatistics().used_heap_size;
  };
}
