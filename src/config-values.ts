// Checks of single configuration values that end up in URLs and attributes of every page.
// Pure predicates, shared by the configuration schema and the command line.

export const PERMALINK_TOKENS = ['yyyy', 'mm', 'dd', 'slug', 'category'] as const;

/** "/tin-tuc/{yyyy}/{mm}/{slug}/": a site path with {slug} and known tokens only. */
export function isValidPermalink(pattern: string): boolean {
  const tokens = [...pattern.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  return (
    pattern.startsWith('/') && (pattern.endsWith('/') || pattern.endsWith('.html')) && !pattern.includes('..') && !pattern.includes('//') && !pattern.split('/').includes('.') &&
    tokens.includes('slug') && tokens.every((t) => (PERMALINK_TOKENS as readonly string[]).includes(t!)) &&
    /^[A-Za-z0-9/_.{}-]+$/.test(pattern)
  );
}

/** `new URL()` without the throw: undefined for anything it cannot parse. */
export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * "/" or "/a/b/": starts and ends with "/", and every segment is a plain name. Empty segments ("//")
 * and dot segments ("/../", "/./") are refused: browsers and servers resolve them differently.
 */
export function isValidBasePath(value: string): boolean {
  if (value === '/') return true;
  if (!/^\/([A-Za-z0-9._~-]+\/)+$/.test(value)) return false;
  return value.slice(1, -1).split('/').every((segment) => segment !== '.' && segment !== '..');
}

/** A page's own folder: "/tim-kiem/", lowercase ASCII segments (not the home page itself). */
export function isValidSearchPath(value: string): boolean {
  return /^\/([a-z0-9]+(-[a-z0-9]+)*\/)+$/.test(value);
}

/** The domain only: http(s)://host[:port][/], no path, query, fragment or credentials. */
export function isValidBaseUrl(value: string): boolean {
  if (!/^https?:\/\/[^/\s?#@\\]+\/?$/i.test(value)) return false;
  const url = parseUrl(value);
  return url !== undefined && url.hostname !== '' && url.pathname === '/' && url.search === '' && url.hash === '';
}

/** The canonical form of a base URL: "https://Thu.Example.vn/" → "https://thu.example.vn". */
export function canonicalBaseUrl(value: string): string {
  return parseUrl(value)?.origin ?? value.replace(/\/$/, '');
}

/**
 * A BCP 47 tag of the simple shape language[-REGION] ("vi", "vi-VN", "en-US"), canonicalised
 * ("vi-vn" → "vi-VN"); undefined when the tag is invalid or more than that. It is written raw into
 * `<html lang>`, Atom's xml:lang and JSON-LD, so nothing else may pass.
 */
export function canonicalLocale(value: string): string | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined; // RangeError: not a well-formed tag
  }
  return canonical !== undefined && /^[a-z]{2,3}(-([A-Z]{2}|\d{3}))?$/.test(canonical) ? canonical : undefined;
}

/** An IANA zone name the runtime knows. Offsets ("+07:00") are refused: runtimes disagree on them. */
export function isKnownTimeZone(zone: string): boolean {
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Browsers drop tabs and newlines anywhere in a URL and leading controls or spaces, so
// "java\tscript:" would run: such characters are refused outright.
const URL_UNSAFE_CHARACTERS = /[\u0000-\u0020\u007F-\u009F]/;

/**
 * Why a menu link cannot be published, or undefined when it can. Allowed: site paths ("/…", not
 * "//…" or "/\…", which browsers read as another host), http(s):// addresses, mailto: and tel:.
 * Everything else (javascript:, data:, vbscript:, relative paths, entity tricks) is refused.
 */
export function linkUrlProblem(url: string): 'characters' | 'scheme' | undefined {
  if (/^(mailto|tel):/i.test(url)) return /[\u0000-\u001F\u007F-\u009F]/.test(url) ? 'characters' : undefined;
  if (URL_UNSAFE_CHARACTERS.test(url)) return 'characters';
  if (url.startsWith('/')) return /^\/[/\\]/.test(url) || url.includes('\\') ? 'scheme' : undefined;
  if (/^https?:\/\//i.test(url)) {
    const parsed = parseUrl(url);
    return parsed && parsed.hostname !== '' && !url.includes('\\') ? undefined : 'scheme';
  }
  return 'scheme';
}

export type LocalAddressKind = 'loopback' | 'link-local' | 'private' | 'unspecified';

/**
 * Whether a service URL points at the reader's own machine or network (it is called by readers'
 * browsers, not by the build): loopback, link-local, unspecified or private-range hosts.
 */
export function localAddressKind(serviceUrl: string): LocalAddressKind | undefined {
  const host = parseUrl(serviceUrl)?.hostname.toLowerCase().replace(/\.$/, '');
  if (host === undefined || host === '') return undefined;
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (host.startsWith('[')) return ipv6Kind(host.slice(1, -1));
  const ipv4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host); // new URL() already turned 0x7f.1 into 127.0.0.1
  return ipv4 ? ipv4Kind(ipv4.slice(1).map(Number)) : undefined;
}

function ipv4Kind([a, b]: number[]): LocalAddressKind | undefined {
  if (a === 127) return 'loopback';
  if (a === 0) return 'unspecified';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'private';
  return undefined;
}

function ipv6Kind(text: string): LocalAddressKind | undefined {
  const words = expandIpv6(text);
  if (!words) return undefined;
  if (words.every((w) => w === 0)) return 'unspecified';
  if (words.slice(0, 7).every((w) => w === 0) && words[7] === 1) return 'loopback';
  if (words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff) {
    return ipv4Kind([words[6]! >> 8, words[6]! & 0xff, words[7]! >> 8, words[7]! & 0xff]); // ::ffff:127.0.0.1
  }
  if ((words[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((words[0]! & 0xfe00) === 0xfc00) return 'private'; // unique local addresses, fc00::/7
  return undefined;
}

/** "fe80::1" → eight 16-bit words (new URL() has already written IPv4 tails in hex). */
function expandIpv6(text: string): number[] | undefined {
  const [head, tail, ...rest] = text.split('::');
  if (rest.length) return undefined;
  const parse = (part: string | undefined): number[] => (part ? part.split(':').map((w) => parseInt(w, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  const words = tail === undefined ? front : [...front, ...Array<number>(Math.max(0, 8 - front.length - back.length)).fill(0), ...back];
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : undefined;
}
