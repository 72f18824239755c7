import type { RuleId } from './types';
import { lineEnd } from './draft';
import { RULE_IDS } from './rules';

/**
 * Inline control comments (DESIGN.md §2), Markdown-style or, in draft files, `#` lines:
 *
 *   <!-- postlint-disable ad-law hard-sell -->   # postlint-disable
 *   <!-- postlint-enable -->                     # postlint-enable ad-law
 *   <!-- postlint-disable-next-line ad-law -->   # postlint-disable-next-line
 *
 * Without rule ids a directive applies to every rule.
 */
export interface InlineDirective {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty means every rule. */
  rules: RuleId[];
  /** Unknown ids named in the directive, reported back so a typo does not silently do nothing. */
  unknown: string[];
  /** Offsets of the comment in the document. */
  start: number;
  end: number;
}

const DIRECTIVE =
  /(?:<!--[ \t]*postlint-(disable-next-line|disable|enable)\b([^\r\n]*?)-->|^[ \t]*#[ \t]*postlint-(disable-next-line|disable|enable)\b([^\r\n]*)$)/gm;

export function parseDirectives(text: string): InlineDirective[] {
  const out: InlineDirective[] = [];
  if (text.indexOf('postlint-') < 0) return out;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const kind = (m[1] ?? m[3]) as InlineDirective['kind'];
    const words = (m[2] ?? m[4] ?? '').split(/[\s,]+/).filter(Boolean);
    const rules: RuleId[] = [];
    const unknown: string[] = [];
    for (const w of words) {
      if ((RULE_IDS as readonly string[]).includes(w)) rules.push(w as RuleId);
      else unknown.push(w);
    }
    out.push({ kind, rules, unknown, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Answers "is rule R switched off at offset O?" for one document. */
export class Suppressions {
  /** Per rule (and '*' for all): sorted, disjoint [start, end) ranges where it is off. */
  private readonly ranges = new Map<string, Array<[number, number]>>();
  readonly directives: InlineDirective[];

  constructor(text: string) {
    this.directives = parseDirectives(text);
    const open = new Map<string, number>();
    const add = (key: string, start: number, end: number) => {
      let list = this.ranges.get(key);
      if (!list) this.ranges.set(key, (list = []));
      list.push([start, end]);
    };
    for (const d of this.directives) {
      const keys = d.rules.length ? d.rules : ['*'];
      if (d.kind === 'disable-next-line') {
        const lineStart = nextLineStart(text, d.end);
        const lineStop = lineEnd(text, lineStart);
        for (const k of keys) add(k, lineStart, Math.max(lineStop, lineStart + 1));
      } else if (d.kind === 'disable') {
        for (const k of keys) if (!open.has(k)) open.set(k, d.end);
      } else {
        // A bare enable closes every open range; a named one closes that rule's range, and
        // re-enables that rule inside an open "disable everything" by splitting it.
        const closing = d.rules.length ? d.rules : [...open.keys()];
        for (const k of closing) {
          const from = open.get(k);
          if (from !== undefined) {
            add(k, from, d.start);
            open.delete(k);
          }
        }
        if (d.rules.length && open.has('*')) {
          const from = open.get('*')!;
          for (const r of RULE_IDS) if (!d.rules.includes(r) && !open.has(r)) open.set(r, from);
          add('*', from, d.start);
          open.delete('*');
          for (const r of d.rules) open.delete(r);
        }
      }
    }
    for (const [k, from] of open) add(k, from, Number.MAX_SAFE_INTEGER);
  }

  isSuppressed(rule: RuleId, start: number): boolean {
    return this.inRanges(this.ranges.get(rule), start) || this.inRanges(this.ranges.get('*'), start);
  }

  private inRanges(list: Array<[number, number]> | undefined, offset: number): boolean {
    if (!list) return false;
    for (const [s, e] of list) if (offset >= s && offset < e) return true;
    return false;
  }
}

function nextLineStart(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl + 1;
}
