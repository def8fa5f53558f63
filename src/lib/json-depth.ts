// A guard against JSON nested so deeply that reading it would exhaust the stack: checked on the raw text, before
// parsing, in one pass (strings skipped, so brackets inside them do not count).

/** Deepest nesting of arrays and objects glowplan reads; a profile needs 4 levels, a batch line 5. */
export const MAX_JSON_DEPTH = 64;

/** True when `text` opens more than `max` arrays or objects inside one another. */
export function tooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  // Nesting past `max` takes more than `max` opening brackets: text with no more than that (every profile and batch
  // line in practice) is answered by counting them with indexOf, native and many times faster than the walk below.
  let openers = 0;
  for (let i = text.indexOf('{'); i !== -1 && openers <= max; i = text.indexOf('{', i + 1)) openers++;
  for (let i = text.indexOf('['); i !== -1 && openers <= max; i = text.indexOf('[', i + 1)) openers++;
  if (openers <= max) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
