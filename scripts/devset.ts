// `npx tsx scripts/devset.ts find <weibo|sms|ads> <regexp> [--limit N] [--seed S]`: the sentences
// of a shared source that hold a match of the expression, one JSON line each with the row,
// offsets and hash a dev-set item needs (bench/devset.ts), for a person to read and label. Prints
// to the terminal only: the shared text is never written into the repository.
// `npx tsx scripts/devset.ts check [rule…]`: validates the sets and prints what they hold.
import { devsetRules, devsetSharedMissing, readDevset, sentenceSha, sharedTexts, type DevSource } from '../bench/devset';

/** Sentence marks: a sentence ends after one of these (or at a line break). */
const SENTENCE_END = /[。！？!?；;…\n]/;

function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  while (end < text.length && SENTENCE_END.test(text[end]!) && text[end] !== '\n') end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  return [start, end];
}

/** A small deterministic generator, so a sample can be drawn again. */
function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0 || 1;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function find(source: Exclude<DevSource, 'written'>, pattern: string): void {
  const re = new RegExp(pattern, 'gu');
  const found: Array<{ row: number; start: number; end: number; sha: string; sentence: string }> = [];
  sharedTexts(source).forEach((text, row) => {
    const seen = new Set<number>();
    for (const m of text.matchAll(re)) {
      const [start, end] = sentenceAround(text, m.index!, m.index! + m[0].length);
      if (seen.has(start)) continue;
      seen.add(start);
      const sentence = text.slice(start, end);
      found.push({ row, start, end, sha: sentenceSha(sentence), sentence });
    }
  });
  const limit = option('--limit', Infinity);
  const seed = option('--seed', 0);
  const picked = seed ? shuffled(found, seed) : found;
  console.error(`${found.length} sentences in ${source} match /${pattern}/`);
  for (const f of picked.slice(0, limit)) console.log(JSON.stringify({ source, ...f }));
}

function check(rules: string[]): void {
  let bad = 0;
  for (const rule of rules.length ? rules : devsetRules()) {
    const { items, skippedShared, problems } = readDevset(rule);
    const count = (f: (i: (typeof items)[number]) => boolean) => items.filter(f).length;
    const bySource = ['weibo', 'sms', 'ads', 'written']
      .map((s) => `${s} ${count((i) => i.source === s && i.label === 1)}+/${count((i) => i.source === s && i.label === 0)}-`)
      .join(', ');
    console.log(
      `${rule}: ${items.length} items (${count((i) => i.label === 1)} positive, ${count((i) => i.label === 0)} negative; ` +
        `${count((i) => i.heldBack)} held back) — ${bySource}${skippedShared ? `; ${skippedShared} shared items skipped` : ''}`,
    );
    for (const p of problems) console.log(`  ${p}`);
    bad += problems.length;
  }
  const missing = devsetSharedMissing();
  if (missing) console.log(`note: ${missing}`);
  process.exitCode = bad ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (command === 'find' && (rest[0] === 'weibo' || rest[0] === 'sms' || rest[0] === 'ads') && rest[1]) find(rest[0], rest[1]);
else if (command === 'check') check(rest);
else {
  console.error('usage: scripts/devset.ts find <weibo|sms|ads> <regexp> [--limit N] [--seed S] | check [rule…]');
  process.exitCode = 2;
}
