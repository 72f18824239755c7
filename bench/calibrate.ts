/**
 * Calibration of `ad-density` on real text (../shared/data, never committed):
 * - sms_ads_10k.csv: 10,000 SMS, label 1 = ad/spam. Precision and recall of the rule as
 *   shipped for Weibo (SMS has no platform; Weibo's is the reference threshold), on the even
 *   rows (the only half the word lists, weights and decision rule were chosen against) and on
 *   the odd rows (held out: never read while tuning), and on all rows.
 * - weibo_posts_2400.csv: ordinary Weibo posts; how often the rule fires on them.
 *
 * Run: `npx tsx bench/calibrate.ts [--verbose] [--tune]` or `npm run calibrate`. `--tune` scores
 * the even rows and the Weibo posts only: the mode for choosing words, which never shows the
 * held-out half.
 *
 * Then the judgement rules on their development sets (bench/judgement.ts): precision and recall
 * per rule and firing per 1,000 ordinary Weibo posts. `--rule <id>` (repeatable) scores only
 * those rules and skips ad-density; `--errors` lists the tuned part's false positives and
 * negatives and the even Weibo posts a rule fires on; `--fixes` renders every fix on the tuned
 * part, before and after, for reading.
 */
import { enoughSelling, sellingKindCount, sellingSignalCount } from '../src/core/analysis/ad-density';
import { lint } from '../src/core/engine';
import { adDensity } from '../src/core/rules/ad-density';
import type { PlatformId } from '../src/core/types';
import { printJudgement } from './judgement';
import { readLabelled, sharedDataMissing as missingOf, SMS_FILE, WEIBO_FILE } from './shared-data';

export const TARGETS = { precision: 0.9, recall: 0.8, weiboFiringRate: 0.03 } as const;

/** The profile whose threshold the SMS figures use. */
export const REFERENCE_PLATFORM: PlatformId = 'weibo';

export interface Scored {
  row: number;
  text: string;
  label: 0 | 1;
  score: number;
  /** Selling signals counted (all but exclamation runs and emoji). */
  selling: number;
  /** Kinds of selling signal present. */
  kinds: number;
  /** Enough selling to make an ad at any density (two kinds, or three signals). */
  enough: boolean;
  fired: boolean;
}

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  firingRate: number;
}

export interface Calibration {
  threshold: number;
  /** Even data rows (0, 2, 4 …): the half looked at while choosing words and weights. */
  smsTuned: Confusion;
  /** Odd data rows: held out (null when they were not scored: `--tune`). */
  smsHeldOut: Confusion | null;
  smsAll: Confusion | null;
  weibo: Confusion;
  sms: Scored[];
  weiboPosts: Scored[];
}

export { SMS_FILE, WEIBO_FILE };

/** Why calibration must skip (a data file absent), or null. */
export function sharedDataMissing(): string | null {
  return missingOf(SMS_FILE, WEIBO_FILE);
}

const RULES = [adDensity];

function score(text: string, platform: PlatformId): Omit<Scored, 'row' | 'text' | 'label'> {
  const r = lint(text, { platform, rules: RULES });
  return {
    score: r.adDensity.score,
    selling: sellingSignalCount(r.adDensity),
    kinds: sellingKindCount(r.adDensity),
    enough: enoughSelling(r.adDensity),
    fired: r.findings.some((f) => f.rule === 'ad-density'),
  };
}

/** The rows of a `label,text` file, trimmed (every SMS text ends in a newline). */
function readTrimmed(file: string): Array<{ text: string; label: 0 | 1 }> {
  return readLabelled(file).map((r) => ({ label: r.label, text: r.text.trim() }));
}

export function confusion(items: readonly Pick<Scored, 'label' | 'fired'>[]): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const s of items) {
    if (s.fired && s.label === 1) tp++;
    else if (s.fired) fp++;
    else if (s.label === 1) fn++;
    else tn++;
  }
  return {
    tp,
    fp,
    fn,
    tn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    firingRate: items.length ? (tp + fp) / items.length : 0,
  };
}

/**
 * The figures for `platform`'s threshold. With `heldOut: false` (the `--tune` mode, for choosing
 * words) the odd rows are not even scored, so nothing about them can leak into a choice.
 */
export function calibrate(platform: PlatformId = REFERENCE_PLATFORM, { heldOut = true }: { heldOut?: boolean } = {}): Calibration {
  const sms: Scored[] = readTrimmed(SMS_FILE)
    .map((r, row) => ({ row, ...r }))
    .filter((r) => heldOut || r.row % 2 === 0)
    .map((r) => ({ ...r, ...score(r.text, platform) }));
  // Weibo labels are sentiment, not ads: every post is treated as "not an ad" for the firing rate.
  const weiboPosts: Scored[] = readTrimmed(WEIBO_FILE).map((r, row) => ({ row, text: r.text, label: 0, ...score(r.text, 'weibo') }));
  return {
    threshold: lint('', { platform, rules: RULES }).adDensity.threshold,
    smsTuned: confusion(sms.filter((s) => s.row % 2 === 0)),
    smsHeldOut: heldOut ? confusion(sms.filter((s) => s.row % 2 === 1)) : null,
    smsAll: heldOut ? confusion(sms) : null,
    weibo: confusion(weiboPosts),
    sms,
    weiboPosts,
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function line(name: string, c: Confusion): string {
  return `${name.padEnd(22)} precision ${c.precision.toFixed(3)}  recall ${c.recall.toFixed(3)}  firing ${pct(c.firingRate).padStart(6)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`;
}

function clip(text: string, n = 70): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
}

function main(): void {
  const argv = process.argv.slice(2);
  const verbose = argv.includes('--verbose');
  // --tune: the even rows and the Weibo posts only, for choosing words; the odd rows are scored once, at the end.
  const tune = argv.includes('--tune');
  const only = argv.flatMap((a, i) => (argv[i - 1] === '--rule' ? [a] : []));
  if (only.length === 0) adDensityCalibration(verbose, tune);
  printJudgement({ tune, errors: argv.includes('--errors'), fixes: argv.includes('--fixes'), only });
}

function adDensityCalibration(verbose: boolean, tune: boolean): void {
  const missing = sharedDataMissing();
  if (missing) {
    console.log(`calibrate: ad-density skipped: ${missing}`);
    return;
  }
  const c = calibrate(REFERENCE_PLATFORM, { heldOut: !tune });
  const sweepSet = tune ? 'SMS even rows' : 'SMS all';
  const ok = (v: boolean) => (v ? 'ok' : 'MISSED');
  console.log(`ad-density calibration — SMS scored with the ${REFERENCE_PLATFORM} profile, threshold ${c.threshold}`);
  console.log(line('SMS even rows (tuned)', c.smsTuned));
  if (c.smsHeldOut) console.log(line('SMS odd rows (held out)', c.smsHeldOut));
  else console.log('SMS odd rows (held out) not scored (--tune)');
  if (c.smsAll) console.log(line('SMS all', c.smsAll));
  console.log(`${'Weibo posts'.padEnd(22)} firing ${pct(c.weibo.firingRate)} (${c.weibo.fp} of ${c.weiboPosts.length})`);
  const scored = [c.smsTuned, ...(c.smsHeldOut ? [c.smsHeldOut] : [])];
  console.log(
    `targets${tune ? ' (tuned half only)' : ''}: precision ≥ ${TARGETS.precision} ${ok(scored.every((x) => x.precision >= TARGETS.precision))}, ` +
      `recall ≥ ${TARGETS.recall} ${ok(scored.every((x) => x.recall >= TARGETS.recall))}, ` +
      `Weibo firing ≤ ${pct(TARGETS.weiboFiringRate)} ${ok(c.weibo.firingRate <= TARGETS.weiboFiringRate)}`,
  );

  console.log(`\nthreshold sweep (${sweepSet} / Weibo firing):`);
  for (const t of [4, 5, 6, 7, 8, 9, 10, 12]) {
    const at = (xs: Scored[]) => confusion(xs.map((s) => ({ label: s.label, fired: s.score >= t && s.enough })));
    const s = at(c.sms);
    console.log(`  ${String(t).padStart(2)}: precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} | Weibo ${pct(at(c.weiboPosts).firingRate)}`);
  }

  const m = calibrate('moments', { heldOut: !tune });
  console.log(`\nwith the Moments threshold (${m.threshold}): ${line(sweepSet, m.smsAll ?? m.smsTuned).trim()}`);

  const half = (s: Scored) => (s.row % 2 === 0 ? 'even' : 'odd ');
  const fps = c.sms.filter((s) => s.fired && s.label === 0);
  console.log(`\nSMS false positives (label 0, fired): ${fps.length}`);
  for (const s of fps) console.log(`  ${half(s)} [${s.score}] ${clip(s.text)}`);
  const weiboFired = c.weiboPosts.filter((s) => s.fired);
  console.log(`\nWeibo posts it fires on: ${weiboFired.length}`);
  for (const s of weiboFired) console.log(`  [${s.score}] ${clip(s.text)}`);
  if (verbose) {
    const fns = c.sms.filter((s) => !s.fired && s.label === 1);
    const why = (s: Scored) => (s.selling === 0 ? 'no selling signal' : !s.enough ? `${s.selling} signal(s) of one kind` : 'below the threshold');
    console.log(`\nSMS ads missed (label 1, not fired): ${fns.length}`);
    for (const h of tune ? [0] : [0, 1]) {
      const counts = new Map<string, number>();
      for (const s of fns.filter((f) => f.row % 2 === h)) counts.set(why(s), (counts.get(why(s)) ?? 0) + 1);
      console.log(`  ${h ? 'odd rows' : 'even rows'}: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`);
    }
    for (const s of fns) console.log(`  ${half(s)} [${s.score}, ${why(s)}] ${clip(s.text)}`);
  }
}

if (require.main === module) main();
