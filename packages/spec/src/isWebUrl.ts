/** `http://`, `https://` or `ftp://`, any case: the only schemes a web address may have. */
const WEB_SCHEME = /^(?:https?|ftp):\/\//i;
/** Whitespace anywhere makes the address invalid (the `\S` and `[^\s]` of the regex this replaces). */
const WHITESPACE = /\s/u;
/** A port: 2 to 5 ASCII digits. Bounded, so it cannot backtrack far. */
const PORT = /^\d{2,5}$/;
/**
 * A public IPv4 address (not 10/8, 127/8, 169.254/16, 192.168/16, 172.16/12), first octet 1–223 and last
 * 1–254, from dperini's regex that ajv-formats and @cfworker/json-schema use. Every repetition is bounded
 * (`\d{1,3}`, `{2}`, `{3}`), so a match never looks at more than 15 characters.
 */
const PUBLIC_IPV4 =
  /^(?!(?:10|127)(?:\.\d{1,3}){3}$)(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2}$)(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2}$)(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4])$/;
/**
 * One label of a domain name: letters, digits or characters U+00A1–U+FFFF, in runs joined by single hyphens.
 * Linear: a run cannot contain `-`, so there is one way to split a label into runs (the regex this replaces,
 * `(?:[…]+-?)*[…]+`, had exponentially many).
 */
const DOMAIN_LABEL = /^[a-z0-9\u00a1-\uffff]+(?:-[a-z0-9\u00a1-\uffff]+)*$/iu;
/** The last label (top-level domain): two or more letters or characters U+00A1–U+FFFF. */
const TOP_LEVEL_LABEL = /^[a-z\u00a1-\uffff]{2,}$/iu;

/** `host` or `host:port`, where host is a public IPv4 address or a domain name with a top-level domain. */
function isHostAndPort(authority: string): boolean {
  const colon = authority.indexOf(':');
  const host = colon < 0 ? authority : authority.slice(0, colon);
  if (colon >= 0 && !PORT.test(authority.slice(colon + 1))) return false;
  if (PUBLIC_IPV4.test(host)) return true;
  const labels = host.split('.');
  const topLevel = labels.pop();
  return (
    topLevel !== undefined &&
    labels.length > 0 &&
    TOP_LEVEL_LABEL.test(topLevel) &&
    labels.every((label) => DOMAIN_LABEL.test(label))
  );
}

/**
 * True for a web address as JSON Schema's `url` format means it in ajv-formats and @cfworker/json-schema
 * (dperini's regex): `http`, `https` or `ftp`, an optional `user:password@`, a public IPv4 address or a
 * domain name with a top-level domain (no `localhost`, no private addresses), an optional port of 2–5
 * digits, an optional path from the first `/` on, and no whitespace anywhere.
 *
 * It accepts the same strings as that regex, in time linear in the length of the value: the regex tried
 * every split of the text between `userinfo@` and the host and took exponential time on
 * `"http://" + "a".repeat(48) + " "`. Here the host and port run from the last `@` before a `/` to that
 * `/`, so each character is looked at a bounded number of times.
 *
 * @example
 * isWebUrl('https://zwfw.example.gov.cn/apply?item=dibao'); // true
 * isWebUrl('http://localhost:8080/');                       // false: no top-level domain
 * isWebUrl('http://' + 'a'.repeat(50_000) + ' ');           // false, at once
 */
export function isWebUrl(value: string): boolean {
  const scheme = WEB_SCHEME.exec(value);
  if (!scheme) return false;
  const rest = value.slice(scheme[0].length);
  if (WHITESPACE.test(rest)) return false;
  // The host (and port) may start at the beginning, or after an `@` when what precedes it is a non-empty
  // userinfo (which may itself contain `/` and `@`), and it ends at the next `/` or at the end. A host has
  // no `@`, so among the `@`s before a given `/` only the last can start it: one candidate per `/`.
  let hostStart = 0;
  for (let index = 0; index <= rest.length; index++) {
    const character = rest[index];
    if (character === '@') {
      hostStart = index > 0 ? index + 1 : -1;
    } else if (character === '/' || index === rest.length) {
      if (hostStart >= 0 && isHostAndPort(rest.slice(hostStart, index))) return true;
      hostStart = -1;
    }
  }
  return false;
}
