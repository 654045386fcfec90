// The search index kept from build to build: patched with the articles that changed, it must give
// exactly the files a clean index gives, and an edit must rewrite only the shards of the keys it
// changed (what a deploy uploads).
import { describe, expect, it } from 'vitest';
import { mulberry32 as random } from '../fuzz/random.js';
import { createTermsCollector, type SearchTerms } from '../../src/search/article-terms.js';
import { emptyLayout, indexFiles, type IndexLayout } from '../../src/search/index-files.js';
import { emptyIndex, updateIndex, type DocNow, type SearchIndex } from '../../src/search/search-index.js';
import { createSearch } from '../../src/browser/assets/search/search-engine.js';

/** A small shard weight, so a few dozen articles make many shards. */
const WEIGHT = 150;
const CATEGORIES = [['tin-tuc', 'Tin tức'], ['dan-van', 'Dân vận']] as const;
const WORDS = 'dân vận khéo đảng ủy hội đồng nhân dân tỉnh huyện xã đường giao thông nông thôn mới đồng bào dân tộc thiểu số tôn giáo mặt trận tổ quốc đoàn thể chính quyền cải cách hành chính hòa bình thủy lợi quỹ khuyến học biên giới'.split(' ');

interface Model {
  path: string;
  title: string;
  body: string;
  day: number;
  version: number;
}

function words(next: () => number, count: number): string {
  return Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

/** The articles oldest first (ties by path), as the planners hand them over, and the keys of the
 *  `fresh` ones, as the article stage collects them. */
function docsOf(models: readonly Model[], fresh: ReadonlySet<string> | 'all'): { docs: DocNow[]; terms: SearchTerms[] } {
  const collector = createTermsCollector();
  const docs = [...models]
    .sort((a, b) => a.day - b.day || (a.path < b.path ? -1 : 1))
    .map((m): DocNow => {
      const key = `${m.path}@${m.version}`;
      if (fresh !== 'all' && !fresh.has(m.path)) return { path: m.path, key };
      const text = collector.add(m.path, m.title, undefined, m.body);
      const date = new Date(Date.UTC(2023, 0, 1 + m.day)).toISOString().slice(0, 10);
      return { path: m.path, key, doc: { card: [`/tin/${m.path}/`, m.title, date, text], category: m.day % 2 ? 'tin-tuc' : 'dan-van', year: 2023 + Math.floor(m.day / 365) } };
    });
  return { docs, terms: [collector.take()] };
}

function indexOf(previous: SearchIndex, { docs, terms }: { docs: DocNow[]; terms: SearchTerms[] }): SearchIndex {
  const updated = updateIndex(previous, docs, terms);
  if ('missing' in updated) throw new Error(`missing ${updated.missing.join(', ')}`);
  return updated.index;
}

/** Small shards, and a pair in two headlines carries leads: a few dozen random titles have some. */
function filesOf(index: SearchIndex, layout: IndexLayout): { layout: IndexLayout; names: string[]; written: string[]; directory: string } {
  const made = indexFiles(index, layout, { categories: CATEGORIES }, { shardWeight: WEIGHT, leads: 2 });
  return { layout: made.layout, names: [...made.layout.shards.map((s) => s[3]), ...made.layout.cards], written: made.files.map((f) => f.name), directory: made.directory };
}

function makeModels(next: () => number, count: number): Model[] {
  return Array.from({ length: count }, (_, i) => ({ path: `bai-${i}`, title: words(next, 6), body: words(next, 60), day: Math.floor(next() * 700), version: 0 }));
}

describe('the search index kept from build to build', () => {
  it('patched through 100 random edits gives the same files as an index made from scratch at every step', () => {
    const next = random(1306);
    let models = makeModels(next, 40);
    let index = indexOf(emptyIndex(), docsOf(models, 'all'));
    let files = filesOf(index, emptyLayout);
    expect(files.layout.shards.length).toBeGreaterThan(10);
    for (let step = 0; step < 100; step++) {
      const roll = next();
      const changed = new Set<string>();
      if (roll < 0.5) {
        const m = models[Math.floor(next() * models.length)]!;
        m.body = m.body.replace(/^\S+/, words(next, 2));
        m.version++;
        changed.add(m.path);
      } else if (roll < 0.65) {
        const m = models[Math.floor(next() * models.length)]!;
        m.title = words(next, 5);
        m.version++;
        changed.add(m.path);
      } else if (roll < 0.8) {
        const m = { path: `moi-${step}`, title: words(next, 6), body: words(next, 40), day: roll < 0.75 ? 800 + step : Math.floor(next() * 700), version: 0 };
        models.push(m);
        changed.add(m.path);
      } else if (roll < 0.9 && models.length > 5) {
        models = models.filter((_, i) => i !== Math.floor(roll * 1000) % models.length);
      } else {
        const m = models[Math.floor(next() * models.length)]!;
        m.day = Math.floor(next() * 900);
        m.version++;
        changed.add(m.path);
      }
      index = indexOf(index, docsOf(models, changed));
      files = filesOf(index, files.layout);
      const clean = filesOf(indexOf(emptyIndex(), docsOf(models, 'all')), emptyLayout);
      expect(files.names, `step ${step}`).toEqual(clean.names);
      expect(files.directory, `step ${step}`).toBe(clean.directory);
      // What the next build starts from is what a loaded index looks like: nothing marked changed.
      index = { ...index, dirty: new Set(), movedDocs: new Set() };
    }
  });

  it('an edited body rewrites only the shards of the words it added or removed, and the card chunk it is in', () => {
    const next = random(7);
    const models = makeModels(next, 40);
    models[3]!.body = words(next, 200); // longer than a card's snippet text
    const first = filesOf(indexOf(emptyIndex(), docsOf(models, 'all')), emptyLayout);
    const kept = { ...indexOf(emptyIndex(), docsOf(models, 'all')), dirty: new Set<string>(), movedDocs: new Set<number>() };
    const m = models[3]!;
    m.body = `${m.body} xyzw`; // a word it had not, at its end
    m.version++;
    const edited = filesOf(indexOf(kept, docsOf(models, new Set([m.path]))), first.layout);
    const shardsWritten = edited.written.filter((n) => n.startsWith('k-'));
    expect(shardsWritten.length).toBeGreaterThan(0);
    expect(shardsWritten.length).toBeLessThanOrEqual(3);
    expect(edited.layout.shards.length).toBeGreaterThan(10);
    // The other shards keep their names (and so their files in the output).
    const before = new Set(first.layout.shards.map((s) => s[3]));
    expect(edited.layout.shards.filter((s) => !before.has(s[3])).length).toBe(shardsWritten.length);
    // Its card did not change (the snippet is the body's start): no card chunk is written.
    expect(edited.written.filter((n) => n.startsWith('d-'))).toEqual([]);
  });

  it('a new article, the newest, appends: only the last card chunk and the shards of its words change', () => {
    const next = random(11);
    const models = makeModels(next, 120);
    const all = indexOf(emptyIndex(), docsOf(models, 'all'));
    const first = filesOf(all, emptyLayout);
    models.push({ path: 'moi-nhat', title: 'Tin mới nhất', body: words(next, 20), day: 5000, version: 0 });
    const after = filesOf(indexOf({ ...all, dirty: new Set(), movedDocs: new Set() }, docsOf(models, new Set(['moi-nhat']))), first.layout);
    const cardsWritten = after.written.filter((n) => n.startsWith('d-'));
    expect(cardsWritten).toEqual([after.layout.cards[after.layout.cards.length - 1]]);
    expect(after.layout.cards.slice(0, -1)).toEqual(first.layout.cards.slice(0, after.layout.cards.length - 1));
  });

  it('an article the index lacks is asked for, not guessed', () => {
    const next = random(3);
    const models = makeModels(next, 5);
    const index = indexOf(emptyIndex(), docsOf(models, 'all'));
    models[2]!.version++;
    const { docs, terms } = docsOf(models, new Set());
    const updated = updateIndex(index, docs, terms);
    expect(updated).toEqual({ missing: [models[2]!.path] });
  });

  it('is read by the engine: folded, exact and headline matches in that order', async () => {
    const collector = createTermsCollector();
    const docs: DocNow[] = [
      ['duong', 'Tin về đường', 'Con đường mới.'],
      ['dương', 'Tin về dương', 'Cây dương liễu.'],
      ['đương', 'Đương nhiệm', 'Người đương nhiệm ở đường làng.'],
    ].map(([path, title, body], i) => {
      const text = collector.add(path!, title!, undefined, body!);
      return { path: path!, key: path!, doc: { card: [`/${i}/`, title!, '2024-01-0' + (i + 1), text] as const, category: 'tin-tuc', year: 2024 } };
    });
    const index = indexOf(emptyIndex(), { docs, terms: [collector.take()] });
    const made = indexFiles(index, emptyLayout, { categories: CATEGORIES }, { shardWeight: WEIGHT });
    const files = new Map([...made.files.map((f) => [f.name, f.content.toString()] as const), ['index.json', made.directory]]);
    const engine = createSearch(async (name) => JSON.parse(files.get(name)!));
    const titles = async (q: string): Promise<string[]> => (await engine.search(q)).results.map((r) => r.title);
    expect(await titles('duong')).toHaveLength(3);
    expect((await titles('đường'))[0]).toBe('Tin về đường');
    expect((await titles('dương'))[0]).toBe('Tin về dương');
    expect((await titles('đương'))[0]).toBe('Đương nhiệm');
  });

  it('a phrase in many headlines carries their cards: a two-word query shows its first page without a card file', async () => {
    const collector = createTermsCollector();
    const rows: [string, string, string][] = [];
    const places = 'Phúc Sen,Đức Long,Minh Tâm,Hà Quảng,Quang Trung,Thạch An,Nước Hai,Bảo Lạc,Hòa An,Đình Phong,Cốc Pàng,Trùng Khánh'.split(',');
    // The phrase in 24 headlines of different lengths, written "dân vận" and (6 of them) "dẫn văn".
    // Their texts are long, the phrase in the middle and other words at the end: a lead card keeps
    // the start of a text, enough for the phrase's snippet, not for the other words'.
    const filler = 'các hộ trong xóm góp ngày công làm đường bê tông '.repeat(6);
    for (let i = 0; i < 24; i++) rows.push([`dan-van-${i}`, `${i % 4 === 0 ? 'Hướng dẫn văn bản' : 'Công tác dân vận'} ở ${places[i % places.length]}${' năm nay'.repeat(i % 3)}`, `Bài ${i}: ${filler}${i % 4 === 0 ? 'hướng dẫn văn bản' : 'công tác dân vận'} ở cơ sở. ${filler}rồi cùng nhau dọn vệ sinh.`]);
    // Both words, apart, in the text only; and unrelated articles: all dated between the others.
    for (let i = 0; i < 60; i++) rows.push([`khac-${i}`, `Tin thời sự số ${i}`, i % 2 ? `Người dân tham gia vận động số ${i}.` : `Giao thông nông thôn ${i}.`]);
    // Oldest first, as the planners hand articles over: ids follow the dates.
    const dated = rows.map(([path, title, body], i) => ({ path, title, body, date: `2024-01-${String(1 + ((i * 7) % 28)).padStart(2, '0')}` }));
    dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : 1));
    const docs: DocNow[] = dated.map(({ path, title, body, date }) => {
      const text = collector.add(path, title, undefined, body);
      return { path, key: path, doc: { card: [`/${path}/`, title, date, text] as const, category: 'tin-tuc', year: 2024 } };
    });
    const index = indexOf(emptyIndex(), { docs, terms: [collector.take()] });
    const made = indexFiles(index, emptyLayout, { categories: CATEGORIES }, { shardWeight: WEIGHT });
    const files = new Map([...made.files.map((f) => [f.name, f.content.toString()] as const), ['index.json', made.directory]]);
    const engineOver = (stripLeads: boolean, loaded: string[]): ReturnType<typeof createSearch> =>
      createSearch(async (name) => {
        loaded.push(name);
        const json = JSON.parse(files.get(name)!) as unknown[];
        return stripLeads && name.startsWith('k-') ? (json as unknown[][]).map((entry) => entry.slice(0, 3)) : json;
      });
    for (const query of ['dân vận', 'dan van', 'Dẫn văn', '"dân vận"']) {
      const loaded: string[] = [];
      const outcome = await engineOver(false, loaded).search(query);
      expect(outcome.results, query).toHaveLength(10);
      expect(loaded.filter((n) => n.startsWith('d-')), query).toEqual([]);
      expect(loaded.length, query).toBeLessThanOrEqual(4);
      // The same page as from the card files: the leads change the requests, not the results.
      const withoutLeads: string[] = [];
      expect(outcome, query).toEqual(await engineOver(true, withoutLeads).search(query));
      expect(withoutLeads.filter((n) => n.startsWith('d-')).length, query).toBeGreaterThan(1);
    }
    // Once a shard's leads are loaded, a query whose snippet their texts cannot tell reads the card files.
    const loaded: string[] = [];
    const engine = engineOver(false, loaded);
    await engine.search('dân vận');
    const later = await engine.search('dọn vệ sinh');
    expect(later.results.length).toBe(10);
    expect(later).toEqual(await engineOver(true, []).search('dọn vệ sinh'));
    expect(loaded.filter((n) => n.startsWith('d-')).length).toBeGreaterThan(0);
    // Typed with its marks, each way of writing the phrase comes first.
    const first = async (q: string): Promise<string> => (await engineOver(false, []).search(q)).results[0]!.title;
    expect(await first('dẫn văn')).toMatch(/^Hướng dẫn văn bản/);
    expect(await first('dân vận')).toMatch(/^Công tác dân vận/);
  });

  it('a word one letter off is found when its right spelling is in the shard before or after', async () => {
    // "ngiệp" sorts after "nghìn", which starts a shard of its own: "nghiệp" is in the one before.
    const directory = { v: 1, docs: 3, shards: [['nghiệp', 'k-1.json'], ['nghìn', 'k-2.json'], ['ngoài', 'k-3.json']], cardsPerFile: 20, cards: ['d-1.json'], categories: [['tin-tuc', 'Tin tức']], categoryWidth: 1, docCategories: 'AAA', docLengths: 'BBBBBB', years: [[2024, 0]] };
    const files: Record<string, unknown> = {
      'index.json': directory,
      'k-1.json': [['nghiệp', [0], [0]]],
      'k-2.json': [['nghìn', [1], [1]]],
      'k-3.json': [['ngoài', [2], [2]], ['ngõ', [1]]],
      'd-1.json': [['/a/', 'Nghiệp vụ', '2024-01-01', 'Nghiệp vụ dân vận.'], ['/b/', 'Nghìn người', '2024-01-02', 'Nghìn người.'], ['/c/', 'Ngoài trời', '2024-01-03', 'Ngoài trời.']],
    };
    const engine = createSearch(async (name) => files[name]);
    const found = await engine.search('ngiệp');
    expect(found.ignored).toEqual([]);
    expect(found.results.map((r) => r.title)).toEqual(['Nghiệp vụ']);
    // After the last shard: "ngoaii" finds "ngoài" (a letter too many), with no shard past it.
    expect((await engine.search('ngoaii')).results.map((r) => r.title)).toEqual(['Ngoài trời']);
  });
});
