// JSON: one document, the result's payload inside the envelope every command shares.
import { SCHEMA_VERSION } from '../domain/vocabulary.js';
import type { Result } from '../results/types.js';

/** The JSON document for a result (what `--json` prints). */
export function toJson(result: Result): Record<string, unknown> {
  return { schemaVersion: SCHEMA_VERSION, command: result.command, ...result.payload };
}

export function renderJson(result: Result): string {
  return `${JSON.stringify(toJson(result), null, 2)}\n`;
}

/**
 * The compact JSON of a result, byte for byte what `JSON.stringify(toJson(result))` writes, made faster for a
 * batch: the envelope, its lists and their items (days, warnings) are written here, and each value inside them
 * (a routine, a mask) by JSON.stringify, once: a routine several days share is written once and its text reused.
 */
export function renderJsonLine(result: Result): string {
  return objectText(toJson(result), new Map(), 0);
}

/** Levels written here (envelope, its lists, their items); deeper values go to JSON.stringify whole. */
const OWN_LEVELS = 3;
/** Characters JSON.stringify escapes in a string (any surrogate: a lone one is escaped), and the quote. */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const keyTexts = new Map<string, string>();

/** JSON.stringify(value) for a value it writes as text (not undefined, a function or a symbol: undefined then). */
function valueText(value: unknown, seen: Map<object, string>, level: number): string | undefined {
  switch (typeof value) {
    case 'string':
      return NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : objectText(value, seen, level);
    default:
      return JSON.stringify(value) as string | undefined;
  }
}

function objectText(value: object, seen: Map<object, string>, level: number): string {
  let text = seen.get(value);
  if (text !== undefined) return text;
  const proto: unknown = Object.getPrototypeOf(value);
  if (
    level >= OWN_LEVELS ||
    (proto !== Object.prototype && proto !== Array.prototype) ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    text = JSON.stringify(value);
  else if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++)
      text += `${i ? ',' : ''}${valueText(value[i] as unknown, seen, level + 1) ?? 'null'}`;
    text += ']';
  } else {
    text = '{';
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const member = valueText(record[key], seen, level + 1);
      if (member === undefined) continue; // JSON.stringify leaves the member out
      let name = keyTexts.get(key);
      if (name === undefined) {
        name = `${JSON.stringify(key)}:`;
        if (keyTexts.size < 1000) keyTexts.set(key, name);
      }
      text += text.length > 1 ? `,${name}${member}` : `${name}${member}`;
    }
    text += '}';
  }
  seen.set(value, text);
  return text;
}
