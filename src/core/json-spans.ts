// Where the keys and values of a JSON text sit, so that a problem of `.postlintrc.json`
// (config.ts) can underline exactly the bad key or value in the editor and the CLI can name its
// line and column.

export interface Span {
  start: number;
  end: number;
}

export function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map(String));
}

/**
 * Where each key and value of a valid JSON text sits: `path → { key, value }` offsets, so a
 * problem can underline exactly the bad key or value in the editor. Only called on text that
 * `JSON.parse` accepted, so the scanner can be simple.
 */
export function jsonSpans(text: string): Map<string, { key?: Span; value: Span }> {
  const spans = new Map<string, { key?: Span; value: Span }>();
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r' || text.charCodeAt(i) === 0xfeff)) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string[], key?: Span) => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      while (i < text.length && text[i] !== '}') {
        const keyStart = i;
        const name = str();
        const keySpan = { start: keyStart, end: i };
        ws();
        i++; // ':'
        value([...path, name], keySpan);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      let n = 0;
      while (i < text.length && text[i] !== ']') {
        value([...path, String(n++)]);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (c === '"') {
      str();
    } else {
      while (i < text.length && !/[\s,}\]]/.test(text[i]!)) i++;
    }
    spans.set(JSON.stringify(path), { key, value: { start, end: i } });
  };
  try {
    value([]);
  } catch {
    // A scanner slip only costs the ranges, never the problems themselves.
  }
  return spans;
}

/** The span of the deepest existing ancestor of a path (a key that is missing has none). */
export function nearestSpan(spans: Map<string, { key?: Span; value: Span }>, path: readonly string[]): Span | undefined {
  for (let n = path.length; n > 0; n--) {
    const s = spans.get(pathKey(path.slice(0, n)));
    if (s) return s.key ?? s.value;
  }
  return undefined;
}
