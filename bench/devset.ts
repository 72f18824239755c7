import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADS_FILE, readAdTexts, readLabelled, readWeiboPosts, sharedDataMissing, SMS_FILE, WEIBO_FILE } from './shared-data';

/**
 * Labelled development sets for the judgement rules (issue 11), one file a rule:
 * `bench/devset/<rule>.jsonl`, one item a line. An item is a sentence that a person read and
 * labelled: `1` when the rule should report something in it, `0` when it should report nothing
 * there (at any severity). The rule is run on the whole text the sentence stands in (a Weibo
 * post, an SMS, an ad, or a draft written here), so the context it reads is real.
 *
 * The real text in ../shared/data is never committed (its licence is unknown): an item from
 * there names the text by its row and the sentence by its offsets, with a hash of the sentence
 * so that a changed file is noticed. Written items carry their text.
 *
 * A fixed part of every set is held back (`isHeldBack`): it is scored only by a full run of
 * `npm run calibrate`, never in `--tune` mode, the mode for choosing words and patterns.
 */

export type DevSource = 'weibo' | 'sms' | 'ads' | 'written';

export interface DevItemLine {
  /** Unique in its file, e.g. "weibo/1234/0" or "written/evasive-3". */
  id: string;
  source: DevSource;
  /** Row of the text in its shared file, 0-based as `sharedTexts` gives them (shared sources only). */
  row?: number;
  /** The whole draft (written items only). */
  text?: string;
  /** The sentence's UTF-16 offsets in the text (a written item without them is one sentence). */
  start?: number;
  end?: number;
  /** First 8 hex digits of the SHA-1 of the sentence's UTF-8 (shared sources only). */
  sha?: string;
  label: 0 | 1;
  /** Phrases (as written) the rule should flag in the sentence (label 1), when one can say. */
  expect?: string[];
  /** Platform the draft is linted for (default weibo). */
  platform?: string;
  /** Front matter `product` for the draft, when the item is about a product kind. */
  product?: string;
  /** Why the label: the class of the case ("ordinal with classifier", "evasive: split by spaces"). */
  why?: string;
}

export interface DevItem extends DevItemLine {
  /** The whole text the sentence stands in. */
  draft: string;
  start: number;
  end: number;
  heldBack: boolean;
}

export const DEVSET_DIR = join(__dirname, 'devset');

/** The texts of a shared source, exactly as items' offsets count them (SMS trimmed: every one ends in a newline). */
export function sharedTexts(source: Exclude<DevSource, 'written'>): readonly string[] {
  const cached = textCache.get(source);
  if (cached) return cached;
  const texts =
    source === 'weibo' ? readWeiboPosts() : source === 'ads' ? readAdTexts() : readLabelled(SMS_FILE).map((r) => r.text.trim());
  textCache.set(source, texts);
  return texts;
}
const textCache = new Map<string, readonly string[]>();

export function sentenceSha(sentence: string): string {
  return createHash('sha1').update(sentence, 'utf8').digest('hex').slice(0, 8);
}

/**
 * Whether an item is in the held-back part: about 30 % of every set, chosen by a hash of its id,
 * so the part does not move when items are added and nobody chooses it.
 */
export function isHeldBack(id: string): boolean {
  return parseInt(createHash('sha1').update(`heldback:${id}`, 'utf8').digest('hex').slice(0, 8), 16) % 10 < 3;
}

/** Why the shared items of the sets cannot be read (../shared/data absent), or null. */
export function devsetSharedMissing(): string | null {
  return sharedDataMissing(WEIBO_FILE, SMS_FILE, ADS_FILE);
}

/** The rules that have a set. */
export function devsetRules(): string[] {
  if (!existsSync(DEVSET_DIR)) return [];
  return readdirSync(DEVSET_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .sort();
}

export interface DevsetRead {
  items: DevItem[];
  /** Items from ../shared/data left out because it is absent. */
  skippedShared: number;
  /** Lines that are not valid items, with why (a stale offset, a bad hash, a duplicate id). */
  problems: string[];
}

/** A rule's set, resolved against ../shared/data (its items skipped, and counted, when that is absent). */
export function readDevset(rule: string): DevsetRead {
  const file = join(DEVSET_DIR, `${rule}.jsonl`);
  const items: DevItem[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  const sharedMissing = devsetSharedMissing();
  let skippedShared = 0;
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${rule}.jsonl:${index + 1}`;
    let item: DevItemLine;
    try {
      item = JSON.parse(line) as DevItemLine;
    } catch (error) {
      problems.push(`${where}: not JSON (${(error as Error).message})`);
      return;
    }
    if (typeof item.id !== 'string' || !item.id) return void problems.push(`${where}: no id`);
    if (ids.has(item.id)) return void problems.push(`${where}: duplicate id ${item.id}`);
    ids.add(item.id);
    if (item.label !== 0 && item.label !== 1) return void problems.push(`${where}: label must be 0 or 1`);
    let draft: string;
    if (item.source === 'written') {
      if (typeof item.text !== 'string' || !item.text) return void problems.push(`${where}: a written item needs its text`);
      draft = item.text;
    } else if (item.source === 'weibo' || item.source === 'sms' || item.source === 'ads') {
      if (sharedMissing) {
        skippedShared++;
        return;
      }
      const texts = sharedTexts(item.source);
      if (typeof item.row !== 'number' || !(item.row >= 0 && item.row < texts.length)) return void problems.push(`${where}: no row ${item.row} in ${item.source}`);
      draft = texts[item.row]!;
    } else {
      return void problems.push(`${where}: unknown source ${String(item.source)}`);
    }
    const start = item.start ?? 0;
    const end = item.end ?? draft.length;
    if (!(start >= 0 && start < end && end <= draft.length)) return void problems.push(`${where}: offsets ${start}–${end} outside the text (${draft.length})`);
    const sentence = draft.slice(start, end);
    if (item.source !== 'written' && item.sha !== sentenceSha(sentence)) {
      return void problems.push(`${where}: the sentence at ${start}–${end} does not match its hash (${item.sha} ≠ ${sentenceSha(sentence)}): «${sentence.slice(0, 30)}»`);
    }
    for (const phrase of item.expect ?? []) {
      if (!sentence.includes(phrase)) problems.push(`${where}: expected phrase «${phrase}» is not in the sentence`);
    }
    items.push({ ...item, draft, start, end, heldBack: isHeldBack(item.id) });
  });
  return { items, skippedShared, problems };
}
