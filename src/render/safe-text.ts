// Text that came from a person or a file (event labels, product names, notes, paths), made safe for a terminal,
// Markdown or a calendar: no control character reaches them. JSON output keeps the exact text (JSON escapes it).
//
// Control characters are C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F); see ECMA-48 (ISO/IEC 6429),
// https://ecma-international.org/publications-and-standards/standards/ecma-48/. A whole escape sequence (CSI such
// as ESC [ 31 m or the one-byte CSI U+009B, and OSC/DCS/APC/PM/SOS strings up to BEL or ST) goes at once, so no
// "[31m" or "0;title" is left behind. Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) go too:
// they can make a line read differently from what it holds (CVE-2021-42574, "Trojan Source").

/** What a format allows besides printable text. */
export interface SafeTextOptions {
  /** Keep line breaks (CR LF and CR become LF); otherwise each run of line breaks becomes one space. */
  newlines?: boolean;
  /** Keep tabs; otherwise a tab becomes a space. */
  tabs?: boolean;
}

/* eslint-disable no-control-regex -- matching control characters is the point of this module */
// ESC or C1 string openers (OSC, DCS, SOS, PM, APC), their body, then BEL or ST (ESC \ or U+009C), or the end.
const STRING_SEQUENCE = /(?:\u001b[\]P^_X]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g;
// CSI (ESC [ or U+009B): parameter bytes, intermediate bytes, one final byte.
const CSI_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g;
// Any other escape: ESC, optional intermediates, one final byte.
const OTHER_ESCAPE = /\u001b[ -/]*[0-~]?/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const ANY_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

/** `text` without control characters or escape sequences; tabs and newlines only when `options` allow them. */
export function safeText(text: string, options: SafeTextOptions = {}): string {
  if (!ANY_UNSAFE.test(text)) return text;
  let out = text
    .replace(STRING_SEQUENCE, '')
    .replace(CSI_SEQUENCE, '')
    .replace(OTHER_ESCAPE, '')
    .replace(CONTROL, '')
    .replace(/\r\n?/g, '\n');
  out = options.tabs ? out : out.replace(/\t/g, ' ');
  return options.newlines ? out : out.replace(/\s*\n\s*/g, ' ');
}

// Anything ANY_UNSAFE finds in a string, as JSON.stringify writes it: a C0 character becomes an escape (\b \t \n \f
// \r or \u00XX; \u also stands for a lone surrogate), while DEL, C1 and the bidirectional controls stay as they are.
// (A backslash in the text itself becomes \\, which may be followed by one of those letters: then the test says
// yes and the walk below looks closer.)
const JSON_UNSAFE = /\\[btnfru]|[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * `value` with every string in it (object values and array items, at any depth) made safe: a copy of each object or
 * array that holds something to change, the same object where nothing does (most results: nothing is copied).
 * Treat the result as read-only. `value` is plain data (as results are: no toJSON): one JSON.stringify, native
 * code, answers for the whole of it at once when nothing in it needs a change.
 */
export function safeDeep<T>(value: T, options: SafeTextOptions = {}): T {
  if (typeof value === 'object' && value !== null && !JSON_UNSAFE.test(JSON.stringify(value))) return value;
  return safeWalk(value, options);
}

/** safeDeep's walk: each string made safe, each object or array that holds something to change copied. */
function safeWalk<T>(value: T, options: SafeTextOptions): T {
  if (typeof value === 'string') return safeText(value, options) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const safe = safeWalk(item, options);
      if (safe !== item) (out ??= value.slice())[i] = safe;
    }
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    let out: Record<string, unknown> | undefined;
    // Object.keys and an index: no [key, value] pair made for each entry.
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const v: unknown = (value as Record<string, unknown>)[k];
      const safe = safeWalk(v, options);
      if (safe !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = safe;
    }
    return (out ?? value) as T;
  }
  return value;
}
