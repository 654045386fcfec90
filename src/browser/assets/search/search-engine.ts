// A query against the static index: which files to fetch, which articles match, in which order, and
// what to show of each. Runs in the browser (search-page.ts) and in Node (the relevance suite and the
// benchmark), with a loader that fetches or reads the index's files. No DOM here.
import { CODE_ALPHABET as ALPHABET, editDistance, groupOf, isPlain, pairKey, sortableKey } from './search-terms.js';
import { marksIn, parseQuery, snippetOf, snippetOfStart, type QueryWord } from './search-query.js';
import { ADJACENT, ADJACENT_IN_TITLE, exactScore, FOLDED, IN_TITLE, lengthNorms, NEAR, rarity, type LengthNorms } from './search-rank.js';

/** The index's directory (index.json), as src/search/index-files.ts writes it. */
export interface Directory {
  readonly v: number;
  readonly docs: number;
  /** First key and file of each shard, in key order. */
  readonly shards: readonly (readonly [string, string])[];
  readonly cardsPerFile: number;
  readonly cards: readonly string[];
  readonly categories: readonly (readonly [string, string])[];
  readonly categoryWidth: number;
  readonly docCategories: string;
  /** Per document, two characters: its headline's length in syllables, its text's length step. */
  readonly docLengths: string;
  /** Year and the first document id of that year, by id. */
  readonly years: readonly (readonly [number, number])[];
}

/** A shard: key, delta-encoded ids, delta-encoded ids of the documents with the key in the headline,
 *  and for a phrase in many headlines the cards of the first of them (src/search/index-files.ts LEADS). */
type ShardEntry = readonly [string, readonly number[], (readonly number[])?, (readonly Lead[])?];
/** A card a shard carries; `startOnly` (1): its text is the start of the article's, enough for a
 *  snippet of the phrase's words (search-query.ts snippetOfStart tells for other words). */
type Lead = readonly [id: number, url: string, title: string, date: string, text: string, startOnly?: 1];
interface LeadCard {
  readonly card: Card;
  readonly startOnly: boolean;
}
/** A shard as looked up: pairs by key, syllables' written forms by their folded group. */
interface LoadedShard {
  readonly pairs: Map<string, ShardEntry>;
  readonly groups: Map<string, ShardEntry[]>;
}

/** The shard's entries by key; the cards it carries go into `leads`. */
function loadedShard(entries: readonly ShardEntry[], leads: Map<number, LeadCard>): LoadedShard {
  const pairs = new Map<string, ShardEntry>();
  const groups = new Map<string, ShardEntry[]>();
  for (const entry of entries) {
    for (const [id, url, title, date, text, startOnly] of entry[3] ?? []) {
      // The most of its text that any loaded shard carries.
      const known = leads.get(id);
      if (!known || (known.startOnly && (startOnly !== 1 || text.length > known.card[3].length))) leads.set(id, { card: [url, title, date, text], startOnly: startOnly === 1 });
    }
    const key = entry[0];
    if (key.includes(' ')) pairs.set(key, entry);
    else {
      const group = groupOf(key);
      const forms = groups.get(group);
      if (forms) forms.push(entry);
      else groups.set(group, [entry]);
    }
  }
  return { pairs, groups };
}

type Card = readonly [url: string, title: string, date: string, text: string];

/** Fetches a file of the index folder by name and parses its JSON. */
export type Loader = (name: string) => Promise<unknown>;

export interface SearchOptions {
  readonly sort?: 'relevance' | 'newest';
  readonly category?: string;
  readonly year?: number;
  /** 1-based. */
  readonly page?: number;
  readonly pageSize?: number;
  /** The last syllable may be the start of a word (the reader is still typing). */
  readonly prefix?: boolean;
}

export interface Result {
  readonly id: number;
  readonly url: string;
  readonly title: string;
  readonly date: string;
  readonly category: string;
  readonly categoryName: string;
  readonly snippet: string;
  /** [start, end) ranges of matched syllables in the title and in the snippet. */
  readonly titleMarks: readonly (readonly [number, number])[];
  readonly snippetMarks: readonly (readonly [number, number])[];
}

export interface Outcome {
  /** Matches before the category and year filters, and after. */
  readonly matched: number;
  readonly total: number;
  readonly page: number;
  readonly pages: number;
  readonly results: readonly Result[];
  /** Matches per category slug and per year (before those filters). */
  readonly categories: readonly (readonly [string, string, number])[];
  readonly years: readonly (readonly [number, number])[];
  /** Syllables that matched nothing at all and were left out. */
  readonly ignored: readonly string[];
}

/** How many words a typed prefix may stand for. */
const MAX_PREFIX_KEYS = 60;

export function createSearch(load: Loader): { search(query: string, options?: SearchOptions): Promise<Outcome>; directory(): Promise<Directory> } {
  let directory: Promise<Directory> | undefined;
  let norms: LengthNorms | undefined;
  const shards = new Map<string, Promise<LoadedShard>>();
  const cards = new Map<string, Promise<readonly Card[]>>();
  // Cards carried by the shards loaded so far: a result among them needs no card file.
  const leads = new Map<number, LeadCard>();
  // A failed load (offline) is not kept: the next search asks again.
  const dir = (): Promise<Directory> =>
    (directory ??= (load('index.json') as Promise<Directory>).catch((error: unknown) => {
      directory = undefined;
      throw error;
    }));
  const shardAt = async (index: number): Promise<LoadedShard> => {
    const d = await dir();
    const file = d.shards[index]?.[1];
    if (!file) return { pairs: new Map(), groups: new Map() };
    let shard = shards.get(file);
    if (!shard) {
      shard = (load(file) as Promise<ShardEntry[]>).then((entries) => loadedShard(entries, leads));
      shards.set(file, shard);
    }
    return shard;
  };
  /** The shard a key (as sortableKey orders it) falls in. */
  const shardIndexOf = (d: Directory, sortable: string): number => {
    let low = 0;
    let high = d.shards.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (sortableKey(d.shards[mid]![0]) <= sortable) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  /** The shard of a word's written forms: after all of them (they are all in one shard), before its pairs. */
  const wordShard = (d: Directory, w: QueryWord): number => shardIndexOf(d, `${w.folded}\u00010\uffff`);
  const cardOf = async (d: Directory, id: number): Promise<Card> => {
    const file = d.cards[Math.floor(id / d.cardsPerFile)]!;
    let chunk = cards.get(file);
    if (!chunk) {
      chunk = load(file) as Promise<readonly Card[]>;
      cards.set(file, chunk);
    }
    return (await chunk)[id % d.cardsPerFile]!;
  };

  return {
    directory: dir,
    async search(query, options = {}) {
      const d = await dir();
      const lengths = (norms ??= lengthNorms(d));
      const words = parseQuery(query);
      const plain = isPlain(query);
      const prefixLast = options.prefix === true && words.length > 0 && !/[\s"“”]$/.test(query);
      // Every shard a word or a pair is in, fetched at once.
      const wanted = new Set<number>();
      words.forEach((w, i) => {
        wanted.add(wordShard(d, w));
        const next = words[i + 1];
        if (prefixLast && i === words.length - 1) {
          // The words it may be the start of, or the pairs with the word before.
          const from = i > 0 && words[i - 1]!.joinsNext ? sortableKey(`${words[i - 1]!.folded} ${w.folded}`) : w.folded;
          wanted.add(shardIndexOf(d, from));
          if (i === 0) wanted.add(shardIndexOf(d, from) + 1);
        } else if (next && w.joinsNext) wanted.add(shardIndexOf(d, sortableKey(pairKey(w.text, next.text))));
      });
      const loaded = await Promise.all([...wanted].filter((i) => i < d.shards.length).map(shardAt));
      // A word in no article may be a misspelling: its nearest spellings sort near it, maybe across a
      // shard's cut ("ngiệp" after "nghiệp"), so the shards on either side are read too.
      const unknown = words.filter((w, i) => w.folded.length > 3 && !(prefixLast && i === words.length - 1) && !loaded.some((shard) => shard.groups.has(w.folded)));
      if (unknown.length) {
        const around = new Set(unknown.flatMap((w) => [-1, 1].map((step) => wordShard(d, w) + step)));
        for (const i of wanted) around.delete(i);
        loaded.push(...(await Promise.all([...around].filter((i) => i >= 0 && i < d.shards.length).map(shardAt))));
      }
      /** A folded syllable's written forms. */
      const formsOf = (folded: string): ShardEntry[] => loaded.flatMap((shard) => shard.groups.get(folded) ?? []);
      /** The forms of every group that passes. */
      const formsWhere = (test: (group: string) => boolean): ShardEntry[] => {
        const found = new Map<string, ShardEntry[]>();
        for (const shard of loaded) for (const [group, forms] of shard.groups) if (test(group)) found.set(group, forms);
        return [...found.values()].flat();
      };
      const pairOf = (key: string): ShardEntry | undefined => {
        for (const shard of loaded) {
          const entry = shard.pairs.get(key);
          if (entry) return entry;
        }
        return undefined;
      };
      const pairsStarting = (start: string): ShardEntry[] => {
        const found = new Map<string, ShardEntry>();
        for (const shard of loaded) for (const [key, entry] of shard.pairs) if (key.startsWith(start)) found.set(key, entry);
        return [...found.values()];
      };

      // Per word: document → best score.
      const ignored: string[] = [];
      const perWord: Map<number, number>[] = [];
      const weightOf = new Map<QueryWord, number>();
      words.forEach((w, i) => {
        const last = i === words.length - 1;
        let matches: ShardEntry[];
        let scoreOf: (key: string) => number;
        if (last && prefixLast && i > 0 && words[i - 1]!.joinsNext) {
          // Still typing after another word: pairs that start with it, and the word itself.
          const start = `${words[i - 1]!.folded} ${w.folded}`;
          matches = [...pairsStarting(start), ...formsOf(w.folded)].slice(0, MAX_PREFIX_KEYS);
          scoreOf = (key) => (key.includes(' ') ? FOLDED : exactScore(key, w, plain));
        } else if (last && prefixLast) {
          matches = formsWhere((group) => group.startsWith(w.folded));
          matches.sort((a, b) => (groupOf(a[0]) === w.folded ? 0 : 1) - (groupOf(b[0]) === w.folded ? 0 : 1) || b[1].length - a[1].length);
          matches = matches.slice(0, MAX_PREFIX_KEYS);
          scoreOf = (key) => (groupOf(key) === w.folded ? exactScore(key, w, plain) : NEAR);
        } else {
          matches = formsOf(w.folded);
          const commonest = Math.max(...matches.map((m) => m[1].length), 1);
          const frequency = new Map(matches.map((m) => [m[0], m[1].length / commonest]));
          scoreOf = (key) => exactScore(key, w, plain, frequency.get(key) ?? 0);
          if (!matches.length && w.folded.length > 3) {
            // A misspelling: the nearest words of the shard (one letter off).
            matches = formsWhere((group) => editDistance(group, w.folded, 1) <= 1);
            scoreOf = () => NEAR;
          }
        }
        if (!matches.length) {
          ignored.push(w.text);
          return;
        }
        const scores = new Map<number, number>();
        for (const [key, all, title] of matches) {
          const base = scoreOf(key);
          forEachId(all, (id) => {
            const s = base * lengths.text(id);
            if ((scores.get(id) ?? 0) < s) scores.set(id, s);
          });
          if (title) forEachId(title, (id) => scores.set(id, Math.max(scores.get(id) ?? 0, base + IN_TITLE * lengths.title(id))));
        }
        perWord.push(scores);
        weightOf.set(w, rarity(d.docs, scores.size));
      });
      if (!perWord.length) return emptyOutcome(ignored);

      // Every word must be there, a rare one counting more than a common one; adjacent words score
      // more, and a quoted phrase must be adjacent.
      const weights = perWord.map((scores) => rarity(d.docs, scores.size));
      const order = perWord.map((_, i) => i).sort((a, b) => perWord[a]!.size - perWord[b]!.size);
      const score = new Map<number, number>();
      for (const [id] of perWord[order[0]!]!) {
        let total = 0;
        for (const i of order) {
          const t = perWord[i]!.get(id);
          if (t === undefined) {
            total = -1;
            break;
          }
          total += t * weights[i]!;
        }
        if (total >= 0) score.set(id, total);
      }
      words.forEach((w, i) => {
        const next = words[i + 1];
        if (!next || !w.joinsNext || (prefixLast && i + 1 === words.length - 1)) return;
        const entry = pairOf(pairKey(w.text, next.text));
        const adjacent = new Set<number>();
        if (entry) {
          forEachId(entry[1], (id) => adjacent.add(id));
          const inTitle = new Set<number>();
          if (entry[2]) forEachId(entry[2], (id) => inTitle.add(id));
          const weight = ((weightOf.get(w) ?? 1) + (weightOf.get(next) ?? 1)) / 2;
          for (const id of adjacent) if (score.has(id)) score.set(id, score.get(id)! + weight * (ADJACENT + (inTitle.has(id) ? ADJACENT_IN_TITLE : 0)));
        }
        if (w.phraseNext) for (const id of [...score.keys()]) if (!adjacent.has(id)) score.delete(id);
      });

      const yearOf = (id: number): number => {
        let year = d.years[0]?.[0] ?? 0;
        for (const [y, from] of d.years) if (from <= id) year = y;
        return year;
      };
      const categoryOf = (id: number): string => {
        const w = d.categoryWidth;
        const code = d.docCategories.slice(id * w, id * w + w);
        const index = w === 1 ? ALPHABET.indexOf(code) : ALPHABET.indexOf(code[0]!) * ALPHABET.length + ALPHABET.indexOf(code[1]!);
        return d.categories[index]?.[0] ?? '';
      };
      const categoryCounts = new Map<string, number>();
      const yearCounts = new Map<number, number>();
      const kept: number[] = [];
      for (const id of score.keys()) {
        const category = categoryOf(id);
        const year = yearOf(id);
        categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
        yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
        if ((options.category && category !== options.category) || (options.year && year !== options.year)) continue;
        kept.push(id);
      }
      if (options.sort === 'newest') kept.sort((a, b) => b - a);
      else kept.sort((a, b) => score.get(b)! - score.get(a)! || b - a);

      const pageSize = options.pageSize ?? 10;
      const pages = Math.max(1, Math.ceil(kept.length / pageSize));
      const page = Math.min(Math.max(1, options.page ?? 1), pages);
      const shown = kept.slice((page - 1) * pageSize, page * pageSize);
      const highlight = (text: string): [number, number][] => marksIn(text, words, prefixLast);
      const results = await Promise.all(
        shown.map(async (id): Promise<Result> => {
          // A card a loaded shard carries, when its text tells this query's snippet; else its file's.
          const lead = leads.get(id);
          let snippet = lead && (lead.startOnly ? snippetOfStart(lead.card[3], words, prefixLast) : snippetOf(lead.card[3], words, prefixLast));
          const [url, title, date, text] = snippet !== undefined ? lead!.card : await cardOf(d, id);
          snippet ??= snippetOf(text, words, prefixLast);
          const category = categoryOf(id);
          return { id, url, title, date, category, categoryName: d.categories.find(([slug]) => slug === category)?.[1] ?? '', snippet, titleMarks: highlight(title), snippetMarks: highlight(snippet) };
        }),
      );
      const categoryNames = new Map(d.categories.map(([slug, name]) => [slug, name]));
      return {
        matched: score.size,
        total: kept.length,
        page,
        pages,
        results,
        categories: d.categories.filter(([slug]) => categoryCounts.has(slug)).map(([slug]) => [slug, categoryNames.get(slug)!, categoryCounts.get(slug)!] as const),
        years: [...yearCounts].sort(([a], [b]) => b - a),
        ignored,
      };
    },
  };
}

function forEachId(deltas: readonly number[], each: (id: number) => void): void {
  let id = 0;
  for (const delta of deltas) {
    id += delta;
    each(id);
  }
}

function emptyOutcome(ignored: string[]): Outcome {
  return { matched: 0, total: 0, page: 1, pages: 1, results: [], categories: [], years: [], ignored };
}
