// How posting lists change: an edit's patch (the few articles made again cut out and merged back)
// and the bulk add of a cold or large build (counted per key, then each list made once). A posting
// is a document id × 4 + its place bits, so the lists are in id order.
import type { SearchTerms } from './article-terms.js';

export type Postings = Uint32Array;

/** The fresh articles' postings by key, each list in order. */
export function wantedPostings(terms: readonly SearchTerms[], freshIds: readonly Int32Array[]): Map<string, number[]> {
  const wanted = new Map<string, number[]>();
  terms.forEach((part, p) => {
    const ids = freshIds[p]!;
    let start = 0;
    part.docEnds.forEach((end, local) => {
      const id = ids[local]!;
      if (id !== -1) {
        for (let j = start; j < end; j++) {
          const key = part.keys[part.keyOf[j]!]!;
          const list = wanted.get(key);
          if (list) list.push(id * 4 + part.places[j]!);
          else wanted.set(key, [id * 4 + part.places[j]!]);
        }
      }
      start = end;
    });
  });
  for (const list of wanted.values()) list.sort((a, b) => a - b);
  return wanted;
}

/**
 * An edit: each list loses the postings of the articles made again and gains their new ones. A
 * list whose postings come back as they were (most of an edited article's words) is kept as it is
 * and not marked changed: no new arrays for the hundreds of keys an article has.
 */
export function patchEdited(before: ReadonlyMap<string, Postings>, postings: Map<string, Postings>, gone: readonly number[], wanted: Map<string, number[]>, touch: (key: string) => void): void {
  for (const [key, list] of before) {
    let at: number[] | undefined;
    for (const old of gone) {
      const i = positionOf(list, old);
      if (i !== -1) (at ??= []).push(i);
    }
    const add = wanted.get(key);
    wanted.delete(key);
    if (!at && !add) {
      postings.set(key, list);
      continue;
    }
    if (at) at.sort((a, b) => a - b);
    if (at && add && at.length === add.length && at.every((i, k) => list[i] === add[k])) {
      postings.set(key, list);
      continue;
    }
    touch(key);
    const kept = at ? without(list, at) : list;
    const next = add ? merged(concat(kept, add), kept.length) : kept;
    if (next.length) postings.set(key, next);
  }
  // Keys no article had before.
  for (const [key, add] of wanted) {
    postings.set(key, Uint32Array.from(add));
    touch(key);
  }
}

function concat(list: Postings, add: readonly number[]): Uint32Array {
  const result = new Uint32Array(list.length + add.length);
  result.set(list);
  result.set(add, list.length);
  return result;
}

/** Adds the fresh articles' postings: counted per key first, then each key's list made once. */
export function addFresh(postings: Map<string, Postings>, terms: readonly SearchTerms[], freshIds: readonly Int32Array[], touch: (key: string) => void): void {
  // Every part's key numbers → one numbering for all parts.
  const slotOf = new Map<string, number>();
  const slotKeys: string[] = [];
  const partSlots = terms.map((part) =>
    Uint32Array.from(part.keys, (key) => {
      let slot = slotOf.get(key);
      if (slot === undefined) {
        slot = slotKeys.length;
        slotOf.set(key, slot);
        slotKeys.push(key);
      }
      return slot;
    }),
  );
  const eachEntry = (each: (slot: number, posting: number) => void): void => {
    terms.forEach((part, p) => {
      const ids = freshIds[p]!;
      const slots = partSlots[p]!;
      let start = 0;
      part.docEnds.forEach((end, local) => {
        const id = ids[local]!;
        if (id !== -1) for (let j = start; j < end; j++) each(slots[part.keyOf[j]!]!, id * 4 + part.places[j]!);
        start = end;
      });
    });
  };
  const counts = new Uint32Array(slotKeys.length);
  eachEntry((slot) => {
    counts[slot] = counts[slot]! + 1;
  });
  const lists: (Uint32Array | undefined)[] = [];
  const filled = new Uint32Array(slotKeys.length);
  slotKeys.forEach((key, slot) => {
    if (!counts[slot]) return;
    const base = postings.get(key) ?? [];
    const list = new Uint32Array(base.length + counts[slot]!);
    list.set(base);
    lists[slot] = list;
    filled[slot] = base.length;
  });
  eachEntry((slot, posting) => {
    lists[slot]![filled[slot]!++] = posting;
  });
  slotKeys.forEach((key, slot) => {
    const list = lists[slot];
    if (!list) return;
    postings.set(key, merged(list, list.length - counts[slot]!));
    touch(key);
  });
}

/** The list whose first `sortedUpTo` postings are in order and the rest (few, in an edit) were
 *  appended, in order: a merge of the two runs, not a sort of the whole list. */
function merged(list: Uint32Array, sortedUpTo: number): Uint32Array {
  const added = list.subarray(sortedUpTo).sort();
  if (sortedUpTo === 0 || added.length === 0 || list[sortedUpTo - 1]! < added[0]!) return list;
  const base = list.slice(0, sortedUpTo);
  const result = new Uint32Array(list.length);
  let from = 0;
  let out = 0;
  for (const posting of added) {
    // The place of this posting among the base's (binary search).
    let low = from;
    let high = base.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (base[mid]! < posting) low = mid + 1;
      else high = mid;
    }
    result.set(base.subarray(from, low), out);
    out += low - from;
    from = low;
    result[out++] = posting;
  }
  result.set(base.subarray(from), out);
  return result;
}

export function samePostings(a: Postings | undefined, b: Postings | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Where document `id` is in the postings (binary search), or -1. */
function positionOf(list: Postings, id: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const doc = list[mid]! >>> 2;
    if (doc === id) return mid;
    if (doc < id) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** The list without the postings at these positions (copied in slices, not one by one). */
function without(list: Postings, positions: readonly number[]): Uint32Array {
  const cut = [...positions].sort((a, b) => a - b);
  const result = new Uint32Array(list.length - cut.length);
  let from = 0;
  let out = 0;
  for (const at of cut) {
    result.set(list.subarray(from, at), out);
    out += at - from;
    from = at + 1;
  }
  result.set(list.subarray(from), out);
  return result;
}
