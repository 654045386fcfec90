// Leads: a pair key (two adjacent syllables) in many headlines carries in its shard the cards of the
// first of those headlines, so a two-word query's first page in relevance order needs no card file.
// Cards are in files by date (index-files.ts), and ten results would be in as many files.
import { startKept } from '../browser/assets/search/search-query.js';
import { eachSyllableAt, foldForm, groupOf } from '../browser/assets/search/search-terms.js';
import { jsonForScript } from '../machine/xml.js';
import { IN_TITLE } from './article-terms.js';
import type { Postings } from './postings.js';
import type { Card, SearchIndex } from './search-index.js';

/** A pair key in at least this many headlines carries, for each way its two syllables are written
 *  there ("tuyên dương", "tuyến đường"), the cards of the first this many of those headlines as the
 *  engine ranks them (shortest headline, then newest). A two-word query's first page is those
 *  articles whenever that many headlines have the phrase, however the reader types it. */
export const LEADS = 10;
/** What a lead card weighs in a shard, against a posting's 1 (about a gzipped byte): a lead is some
 *  600 characters, 150 bytes gzipped. Shards with leads are cut smaller, so a query's bytes stay. */
export const LEAD_WEIGHT = 150;

/** A lead card: [id, url, title, date, text] with the text cut after what a snippet of the pair's
 *  words needs ([…, 1]: the start only), about half of it. */
export function leadJson(id: number, [url, title, date, text]: Card, pair: string): string {
  const [first, second] = pair.split(' ');
  let at = -1;
  eachSyllableAt(text, (start, end) => {
    const folded = foldForm(text.slice(start, end));
    if (folded === first || folded === second) at = start;
    return at !== -1;
  });
  const keep = at === -1 ? text.length : startKept(at);
  return jsonForScript(keep < text.length ? [id, url, title, date, text.slice(0, keep), 1] : [id, url, title, date, text]);
}

export interface LeadFinder {
  /** The documents whose cards the pair key carries (ascending), or undefined. */
  of(key: string): number[] | undefined;
  /** How many leads the key carries, about (one written form's): what a shard's cut weighs, made
   *  without choosing them (every build cuts every shard; it writes few). */
  expected(key: string): number;
  /** Whether the key's leads may have changed with the cards that changed (it has enough headlines,
   *  one of them changed or moved): a key whose postings are the same can still need new leads. */
  changed(key: string): boolean;
}

export function leadFinder(index: SearchIndex, leads: number): LeadFinder {
  let forms: Map<string, string[]> | undefined;
  /** A folded syllable's written forms (keys). */
  const formsOf = (group: string): string[] => {
    if (!forms) {
      forms = new Map();
      for (const key of index.keys) {
        if (key.includes(' ')) continue;
        const group = groupOf(key);
        const list = forms.get(group);
        if (list) list.push(key);
        else forms.set(group, [key]);
      }
    }
    return forms.get(group) ?? [];
  };
  /** Whether the pair key is in enough headlines to carry leads (counted: every build asks this of
   *  every pair key, and few are). */
  const carries = (key: string): boolean => {
    if (!key.includes(' ')) return false;
    const list = index.postings.get(key)!;
    if (list.length < leads) return false;
    let count = 0;
    for (let i = 0; i < list.length && count < leads; i++) if (list[i]! & IN_TITLE) count++;
    return count >= leads;
  };
  const headlines = (key: string): number[] | undefined => {
    if (!carries(key)) return undefined;
    const list = index.postings.get(key)!;
    const ids: number[] = [];
    for (let i = 0; i < list.length; i++) if (list[i]! & IN_TITLE) ids.push(list[i]! >>> 2);
    return ids;
  };
  const titleLength = (id: number): number => Math.min(63, Math.max(1, index.docs[id]!.lengths[0]));
  const chosen = (key: string): number[] | undefined => {
    const ids = headlines(key);
    if (!ids) return undefined;
    const [first, second] = key.split(' ') as [string, string];
    const formIn = (group: string, id: number): string => {
      const forms = formsOf(group);
      return forms.length === 1 ? forms[0]! : (forms.find((form) => inHeadline(index.postings.get(form)!, id)) ?? '');
    };
    // In the engine's order, shortest headline first, then newest: by length, a bucket each (a
    // phrase in every headline has thousands; a sort of them was most of a build's leads).
    const byLength: number[][] = [];
    for (let i = ids.length - 1; i >= 0; i--) (byLength[titleLength(ids[i]!)] ??= []).push(ids[i]!);
    const taken = new Map<string, number>();
    const picked: number[] = [];
    for (const bucket of byLength) {
      for (const id of bucket ?? []) {
        const written = `${formIn(first, id)} ${formIn(second, id)}`;
        const count = taken.get(written) ?? 0;
        if (count >= leads) continue;
        taken.set(written, count + 1);
        picked.push(id);
      }
    }
    return picked.sort((a, b) => a - b);
  };
  return {
    of: chosen,
    expected: (key) => (carries(key) ? leads : 0),
    changed(key) {
      const moved = index.movedDocs;
      if ((moved !== 'all' && moved.size === 0) || !carries(key)) return false;
      if (moved === 'all') return true;
      // An edit moves few cards: each is looked up in the key's postings, not the other way round.
      const list = index.postings.get(key)!;
      for (const id of moved) if (inHeadline(list, id)) return true;
      return false;
    },
  };
}

/** Whether the postings (sorted) have the document with the key in its headline. */
function inHeadline(list: Postings, id: number): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]! >>> 2 < id) low = mid + 1;
    else high = mid;
  }
  return low < list.length && list[low]! >>> 2 === id && (list[low]! & IN_TITLE) !== 0;
}
