/**
 * The judgement rules measured on their labelled development sets (bench/devset/<rule>.jsonl,
 * issue 11) and on ordinary Weibo posts. `npm run calibrate` prints these figures after
 * ad-density's; `bench/calibrate.ts --tune` leaves out the held-back part of every set and the
 * odd Weibo posts, so that words and patterns are chosen without looking at them.
 */
import { lint } from '../src/core/engine';
import type { Rule } from '../src/core/rule';
import { ruleById } from '../src/core/rules';
import type { Finding } from '../src/core/types';
import { devsetRules, readDevset, type DevItem } from './devset';
import { readWeiboPosts, sharedDataMissing, WEIBO_FILE } from './shared-data';

export const JUDGEMENT_TARGETS = { precision: 0.9, recall: 0.9 } as const;

/** Largest firing rate per 1,000 ordinary Weibo posts (issues 11, 13, 14); rules not named: none set. */
export const WEIBO_PER_1000: Readonly<Record<string, number>> = {
  'ad-law': 5,
  'medical-claim': 1,
};

export interface ScoredItem {
  item: DevItem;
  /** The rule's findings that overlap the item's sentence. */
  findings: Finding[];
  fired: boolean;
  /** The linted text (front matter added for `product`) and where the item's sentence sits in it. */
  text: string;
  offset: number;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

export function score(items: readonly Pick<ScoredItem, 'fired' | 'item'>[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { fired, item } of items) {
    if (fired && item.label === 1) tp++;
    else if (fired) fp++;
    else if (item.label === 1) fn++;
    else tn++;
  }
  return { tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

/** One rule array per rule, reused: the engine caches its compiled matcher per array. */
const ruleSets = new Map<string, readonly Rule[]>();
function rulesFor(id: string): readonly Rule[] {
  let rules = ruleSets.get(id);
  if (!rules) {
    const rule = ruleById(id);
    if (!rule) throw new Error(`no rule ${id}`);
    ruleSets.set(id, (rules = [rule]));
  }
  return rules;
}

/** Lints an item's whole text with one rule and keeps the findings in its sentence. */
export function scoreItem(rule: string, item: DevItem): ScoredItem {
  const front = item.product ? `---\nproduct: ${item.product}\n---\n` : '';
  const text = front + item.draft;
  const offset = front.length;
  const platform = (item.platform ?? 'weibo') as 'weibo';
  const result = lint(text, { platform, rules: rulesFor(rule) });
  const start = item.start + offset;
  const end = item.end + offset;
  const findings = result.findings.filter((f) => f.rule === rule && f.start < end && start < f.end);
  return { item, findings, fired: findings.length > 0, text, offset };
}

export interface RuleJudgement {
  rule: string;
  tuned: Score;
  /** null in `--tune` mode. */
  heldBack: Score | null;
  all: Score | null;
  scored: ScoredItem[];
  skippedShared: number;
  problems: string[];
}

export function judgeRule(rule: string, { heldBack }: { heldBack: boolean }): RuleJudgement {
  const { items, skippedShared, problems } = readDevset(rule);
  const scored = items.filter((i) => heldBack || !i.heldBack).map((i) => scoreItem(rule, i));
  return {
    rule,
    tuned: score(scored.filter((s) => !s.item.heldBack)),
    heldBack: heldBack ? score(scored.filter((s) => s.item.heldBack)) : null,
    all: heldBack ? score(scored) : null,
    scored,
    skippedShared,
    problems,
  };
}

export interface WeiboFiring {
  rule: string;
  even: { fired: number; posts: number };
  /** null in `--tune` mode. */
  odd: { fired: number; posts: number } | null;
  /** Posts it fires on (even rows only in `--tune` mode), with the findings. */
  firings: Array<{ row: number; text: string; findings: Finding[] }>;
}

/** How often each rule fires on the 2,400 ordinary Weibo posts: even rows (tuned on) and odd rows (held back). */
export function weiboFiring(rules: readonly string[], { heldBack }: { heldBack: boolean }): WeiboFiring[] | null {
  if (sharedDataMissing(WEIBO_FILE)) return null;
  const posts = readWeiboPosts();
  return rules.map((rule) => {
    const out: WeiboFiring = { rule, even: { fired: 0, posts: 0 }, odd: heldBack ? { fired: 0, posts: 0 } : null, firings: [] };
    posts.forEach((text, row) => {
      const half = row % 2 === 0 ? out.even : out.odd;
      if (!half) return;
      half.posts++;
      const findings = lint(text, { platform: 'weibo', rules: rulesFor(rule) }).findings.filter((f) => f.rule === rule);
      if (findings.length === 0) return;
      half.fired++;
      out.firings.push({ row, text, findings });
    });
    return out;
  });
}

/** The rules that have a development set. */
export function judgedRules(): string[] {
  return devsetRules().filter((r) => ruleById(r));
}

function f3(x: number): string {
  return x.toFixed(3);
}

export function scoreLine(name: string, s: Score): string {
  return `${name.padEnd(26)} precision ${f3(s.precision)}  recall ${f3(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, tn ${s.tn})`;
}

function clip(text: string, n = 90): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
}

/** The sentence with each finding bracketed. */
function marked(s: ScoredItem): string {
  const from = s.item.start + s.offset;
  const to = s.item.end + s.offset;
  let out = '';
  let at = from;
  for (const f of [...s.findings].sort((a, b) => a.start - b.start)) {
    const a = Math.max(f.start, at);
    const b = Math.min(f.end, to);
    if (a >= b) continue;
    out += `${s.text.slice(at, a)}【${s.text.slice(a, b)}】`;
    at = b;
  }
  return clip(out + s.text.slice(at, to), 120);
}

/** Prints the figures; with `errors`, the tuned part's false positives and negatives, grouped by their label's class. */
export function printJudgement({ tune, errors, fixes, only }: { tune: boolean; errors: boolean; fixes: boolean; only: readonly string[] }): void {
  const rules = judgedRules().filter((r) => only.length === 0 || only.includes(r));
  if (rules.length === 0) return;
  console.log(`\njudgement rules on their development sets (bench/devset/*.jsonl)${tune ? ' — tuned part only (--tune)' : ''}`);
  const ok = (v: boolean) => (v ? 'ok' : 'MISSED');
  for (const rule of rules) {
    const j = judgeRule(rule, { heldBack: !tune });
    console.log(`\n${rule}: ${j.scored.length} items${j.skippedShared ? ` (${j.skippedShared} from ../shared/data skipped: absent)` : ''}`);
    for (const p of j.problems) console.log(`  problem: ${p}`);
    console.log(`  ${scoreLine('tuned part', j.tuned)}`);
    if (j.heldBack) console.log(`  ${scoreLine('held-back part', j.heldBack)}`);
    if (j.all) console.log(`  ${scoreLine('all', j.all)}`);
    const judged = [j.tuned, ...(j.heldBack ? [j.heldBack] : [])];
    console.log(
      `  targets: precision ≥ ${JUDGEMENT_TARGETS.precision} ${ok(judged.every((s) => s.precision >= JUDGEMENT_TARGETS.precision))}, ` +
        `recall ≥ ${JUDGEMENT_TARGETS.recall} ${ok(judged.every((s) => s.recall >= JUDGEMENT_TARGETS.recall))}`,
    );
    if (errors) {
      const shown = j.scored.filter((s) => !s.item.heldBack && s.fired !== (s.item.label === 1));
      const byClass = new Map<string, ScoredItem[]>();
      for (const s of shown) {
        const key = `${s.fired ? 'FP' : 'FN'} ${(s.item.why ?? '').split(' — ')[0]}`;
        byClass.set(key, [...(byClass.get(key) ?? []), s]);
      }
      for (const [key, list] of [...byClass].sort((a, b) => b[1].length - a[1].length)) {
        console.log(`  ${key} (${list.length})`);
        for (const s of list) console.log(`    ${s.item.id}: ${marked(s)}${s.item.expect ? `  expect ${s.item.expect.join('/')}` : ''}`);
      }
    }
    if (fixes) {
      for (const s of j.scored.filter((x) => !x.item.heldBack)) {
        for (const f of s.findings) {
          for (const fix of f.fixes) {
            const edits = [...fix.edits].sort((a, b) => b.start - a.start);
            let after = s.text;
            for (const e of edits) after = after.slice(0, e.start) + e.text + after.slice(e.end);
            const from = Math.min(s.item.start + s.offset, ...fix.edits.map((e) => e.start));
            const shift = fix.edits.reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
            const to = Math.max(s.item.end + s.offset, ...fix.edits.map((e) => e.end));
            console.log(`  fix ${s.item.id}: ${clip(s.text.slice(from, to), 70)}\n      → ${clip(after.slice(from, to + shift), 70)}`);
          }
        }
      }
    }
  }
  const firing = weiboFiring(rules, { heldBack: !tune });
  if (!firing) {
    console.log('\nWeibo firing: skipped (../shared/data absent)');
    return;
  }
  console.log(`\nfiring on ordinary Weibo posts, per 1,000 (even rows: tuned on${tune ? '' : '; odd rows: held back'}):`);
  for (const w of firing) {
    const per = (h: { fired: number; posts: number }) => ((1000 * h.fired) / Math.max(1, h.posts)).toFixed(1);
    const bound = WEIBO_PER_1000[w.rule];
    const within = [w.even, ...(w.odd ? [w.odd] : [])].every((h) => bound === undefined || (1000 * h.fired) / h.posts <= bound);
    console.log(
      `  ${w.rule.padEnd(16)} even ${per(w.even).padStart(5)} (${w.even.fired})${w.odd ? `  odd ${per(w.odd).padStart(5)} (${w.odd.fired})` : ''}` +
        (bound === undefined ? '' : `  target ≤ ${bound} ${ok(within)}`),
    );
    if (errors) {
      for (const x of w.firings.filter((x) => x.row % 2 === 0)) {
        console.log(`    #${x.row} ${x.findings.map((f) => `【${x.text.slice(f.start, f.end)}】`).join('')} ${clip(x.text, 80)}`);
      }
    }
  }
}
