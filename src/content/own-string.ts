// V8 makes a substring of 13 or more characters a "sliced string": a view that keeps the whole
// string it was cut from alive. Text kept past an article's rendering (heading texts, metadata)
// must not keep the article's whole source in memory: at 10,000 articles that was 38 MB of sources
// held by the main thread to the end of the build.

/** The same text in a string of its own, not a view into a larger one. */
export function ownString(text: string): string {
  // A concatenation is flattened into a new string when sliced; the slice views that copy only.
  return text.length < 13 ? text : (` ${text}`).slice(1);
}
