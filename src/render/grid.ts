// Box-drawn tables for the terminal, sized by what each column needs: text columns share the width by how much
// they would wrap, ids are never cut, and words wrap whole. Colour codes (SGR) inside cells are carried across the
// lines a cell wraps to. The boxes are cli-table3's (its default characters, one space of padding), drawn here: no
// library to load and run on any table (a test checks both drawings are the same bytes). Widths are measured by code
// point, cheaply.

// eslint-disable-next-line no-control-regex -- ANSI colour codes
export const SGR = /\u001b\[[0-9;]*m/g;

/** Terminal cells the code point `cp` takes: 2 for wide East Asian characters and emoji, 0 for combining marks. */
function cellsOf(cp: number): number {
  if (cp < 0x300) return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 0 : 1;
  // Dashes, bullets, ellipsis, the plain arrows, box drawing and ●: one cell, without the costly Unicode-property
  // tests (compiling \p{Extended_Pictographic} takes milliseconds, and every routine line has an arrow).
  if (
    (cp >= 0x2010 && cp <= 0x2027) ||
    (cp >= 0x2190 && cp <= 0x2193) ||
    (cp >= 0x2500 && cp <= 0x25a0) ||
    cp === 0x25cf
  )
    return 1;
  const ch = String.fromCodePoint(cp);
  if (/\p{Mn}|\p{Me}|\p{Cf}/u.test(ch)) return 0;
  if (/\p{Extended_Pictographic}/u.test(ch) && cp > 0x2000) return 2;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** Terminal cells a character (one code point) takes. */
export const cells = (ch: string): number => cellsOf(ch.codePointAt(0)!);

// Only characters of one cell each (printable ASCII and Latin, and cellsOf's short list: dashes, arrows, boxes): the
// common case, a routine line's arrows included, measured without looking at each character.
const ONE_CELL = /^[\x20-\x7e\xa0-\u02ff\u2010-\u2027\u2190-\u2193\u2500-\u25a0\u25cf]*$/;

/** The width of text on a terminal, colour codes left out. */
export function visibleWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  if (ONE_CELL.test(plain)) return plain.length;
  // By UTF-16 unit, a surrogate pair as one code point: no string made for a character.
  let width = 0;
  for (let i = 0; i < plain.length; i++) {
    const unit = plain.charCodeAt(i);
    if (unit >= 0x20 && unit < 0x7f) width += 1;
    else {
      const cp = plain.codePointAt(i)!;
      if (cp > 0xffff) i++;
      width += cellsOf(cp);
    }
  }
  return width;
}

/** SGR codes that end a style, and the style codes each one ends. */
const CLOSES: Record<string, (code: string) => boolean> = {
  '0': () => true,
  '22': (c) => c === '1' || c === '2',
  '23': (c) => c === '3',
  '24': (c) => c === '4',
  '27': (c) => c === '7',
  '28': (c) => c === '8',
  '29': (c) => c === '9',
  '39': (c) => /^(3[0-8]|9[0-7])(;|$)/.test(c),
  '49': (c) => /^(4[0-8]|10[0-7])(;|$)/.test(c),
};

/**
 * A line without its trailing spaces, also those before colour codes at its end (a space put before a word that then
 * moved to the next line): a line is never wider than the room it was wrapped for.
 */
// eslint-disable-next-line no-control-regex -- ANSI colour codes
const trimEnd = (line: string) => line.replace(/ +((?:\u001b\[[0-9;]*m)*)$/, '$1');

/**
 * Wraps `text` (one line, may hold colour codes) at spaces into lines of at most `width` cells; lines after the
 * first start with `indent` spaces. A word wider than a line is cut: the only time a word is split. A broken line
 * ends with a reset when a style is open, and the next line reopens it.
 */
export function wrapText(text: string, width: number, indent = 0): string[] {
  if (visibleWidth(text) <= width) return [text];
  const out: string[] = [];
  let active: string[] = [];
  const lead = /^ */.exec(text)![0];
  let current = lead;
  let used = lead.length;
  let lineStart = used;
  const newLine = () => {
    out.push(trimEnd(current) + (active.length ? '\u001b[0m' : ''));
    current = ' '.repeat(indent) + active.map((c) => `\u001b[${c}m`).join('');
    used = lineStart = indent;
  };
  let space = false;
  // Colour codes hold no spaces, so splitting at spaces gives whole words, their colour codes inside them.
  for (const part of text.slice(lead.length).split(/( +)/)) {
    if (!part) continue;
    if (part.startsWith(' ')) {
      space = true;
      continue;
    }
    const w = visibleWidth(part);
    if (used > lineStart && used + 1 + w > width && w <= width - indent) newLine();
    else if (used > lineStart && space) {
      current += ' ';
      used += 1;
    }
    space = false;
    // eslint-disable-next-line no-control-regex -- ANSI colour codes
    for (const piece of part.split(/(\u001b\[[0-9;]*m)/)) {
      if (piece.startsWith('\u001b')) {
        const code = piece.slice(2, -1);
        const closer = CLOSES[code || '0'];
        active = closer ? active.filter((c) => !closer(c)) : [...active, code];
        current += piece;
        continue;
      }
      const pieceWidth = visibleWidth(piece);
      if (used + pieceWidth <= width) {
        // It fits whole (the usual case): no line breaks within it.
        current += piece;
        used += pieceWidth;
        continue;
      }
      for (const ch of piece) {
        if (used + cells(ch) > width && used > lineStart) newLine();
        current += ch;
        used += cells(ch);
      }
    }
  }
  out.push(trimEnd(current));
  return out;
}

/** How a column may be sized. */
export interface ColumnSpec {
  /** Never wrap this column (ids): its width is its longest cell. */
  nowrap?: boolean;
  /** Narrowest readable width of a text column; below it the table does not fit (the caller picks a list). */
  min?: number;
}

const longestWord = (text: string) =>
  text
    .replace(SGR, '')
    .split(/ +/)
    .reduce((m, word) => Math.max(m, visibleWidth(word)), 0);

/** The widest a column's shortest line may have to be: words longer than this may be cut. */
const MAX_WORD = 24;

/**
 * Column widths (text only, no padding) for a table of `total` cells at most, or undefined when even the narrowest
 * layout (whole words, whole ids) does not fit. Columns get what they need when it fits; otherwise each keeps its
 * longest word and the rest of the width is shared by how much each would still wrap.
 */
export function columnWidths(
  rows: readonly (readonly string[])[],
  specs: readonly ColumnSpec[],
  total: number | undefined,
  squeeze = false,
): number[] | undefined {
  const n = specs.length;
  const natural = specs.map((_, i) => Math.max(1, ...rows.map((r) => visibleWidth(r[i] ?? ''))));
  if (total === undefined) return natural;
  const room = total - (3 * n + 1); // borders and one space each side of every cell
  if (natural.reduce((s, w) => s + w, 0) <= room) return natural;
  const least = specs.map((spec, i) => {
    if (spec.nowrap) return natural[i]!;
    const word = Math.max(1, ...rows.map((r) => Math.min(MAX_WORD, longestWord(r[i] ?? ''))));
    return Math.min(natural[i]!, Math.max(spec.min ?? 1, word));
  });
  const leastTotal = least.reduce((s, w) => s + w, 0);
  let spare = room - leastTotal;
  // Too narrow for whole words: a squeezed table cuts words rather than overflow; others give up.
  if (spare < 0) return squeeze ? least.map((w) => Math.max(4, Math.floor((w * room) / leastTotal))) : undefined;
  const widths = [...least];
  // Share the spare width by need. A column that needs little gets all it needs when that leaves at least as much for
  // the others (a label on one line rather than wrapping beside a column that wraps anyway); then one cell at a time
  // to the column that would still wrap the most.
  for (const i of [...widths.keys()].sort((a, b) => natural[a]! - least[a]! - (natural[b]! - least[b]!))) {
    const want = natural[i]! - widths[i]!;
    if (want > 0 && want <= spare / 2) {
      widths[i] = natural[i]!;
      spare -= want;
    }
  }
  const need = (i: number) => (natural[i]! - widths[i]!) / natural[i]!;
  for (; spare > 0; spare--) {
    let best = -1;
    for (let i = 0; i < n; i++) if (need(i) > 0 && (best < 0 || need(i) > need(best))) best = i;
    if (best < 0) break;
    widths[best]!++;
  }
  return widths;
}

/**
 * A box-drawn table; `head` cells are shown as given (already styled). Rows that all fit on one line are a compact
 * grid; when a row wraps, rules separate the rows. Undefined when `total` is too narrow for whole words and ids.
 * The widths and the wrapping are decided here (whole ids, whole words, colour carried across lines), and the box is
 * drawn around the wrapped cells with the widths exact.
 */
export function grid(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  specs: readonly ColumnSpec[],
  total?: number,
  squeeze = false,
): string | undefined {
  const widths = columnWidths([head, ...rows], specs, total, squeeze);
  if (!widths) return undefined;
  const cells = (row: readonly string[]) => widths.map((w, i) => wrapText(row[i] ?? '', w));
  const body = rows.map(cells);
  // Compact (no rule between rows) when every row is one line.
  const compact = body.every((row) => row.every((c) => c.length === 1));
  return drawBoxes(cells(head), body, widths, compact);
}

const padTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - visibleWidth(text)));

/** The boxes cli-table3 draws (its default characters, one space of padding) around cells already wrapped. */
function drawBoxes(head: string[][], body: string[][][], widths: number[], compact: boolean): string {
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  const lines = (row: string[][]) => {
    const height = Math.max(...row.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) out.push(`│ ${widths.map((w, i) => padTo(row[i]![k] ?? '', w)).join(' │ ')} │`);
    return out;
  };
  const out = [rule('┌', '┬', '┐'), ...lines(head)];
  body.forEach((row, k) => {
    if (k === 0 || !compact) out.push(rule('├', '┼', '┤'));
    out.push(...lines(row));
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
