// One article's search keys, made where its body is rendered (the article stage, maybe a thread):
// the syllables of its headline, lead and body in their exact form, and the pairs of adjacent
// syllables (folded) that phrases are matched with. Only these travel to the index, not the text.
import { exactForm, pairKey, syllablesOf } from '../browser/assets/search/search-terms.js';

/** The key is in the headline (else only in the lead or the body). */
export const IN_TITLE = 2;
export const IN_TEXT = 1;

/** How much of the article a result shows to find the match in (lead, then the body's start). */
const SNIPPET_TEXT = 480;

export interface SearchDoc {
  /** Keys with their places, one per line: a digit (IN_TITLE | IN_TEXT) then the key, sorted. */
  readonly terms: string;
  /** The text a result's snippet is cut from. */
  readonly text: string;
}

export function articleTerms(title: string, lead: string | undefined, body: string): SearchDoc {
  const places = new Map<string, number>();
  const add = (text: string, place: number): void => {
    const syllables = syllablesOf(text.normalize('NFC'));
    syllables.forEach((s, i) => {
      places.set(exactForm(s.text), (places.get(exactForm(s.text)) ?? 0) | place);
      const next = syllables[i + 1];
      if (s.joinsNext && next) {
        const pair = pairKey(s.text, next.text);
        places.set(pair, (places.get(pair) ?? 0) | place);
      }
    });
  };
  add(title, IN_TITLE);
  if (lead) add(lead, IN_TEXT);
  add(body, IN_TEXT);
  const terms = [...places].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, place]) => `${place}${key}`).join('\n');
  const text = (lead ? `${lead} ${body}` : body).replace(/\s+/g, ' ').trim();
  return { terms, text: cutText(text, SNIPPET_TEXT) };
}

/** At most `max` characters, cut at a space. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
