import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';

/**
 * The real text in ../shared/data (see its README): people's Weibo posts, SMS with ad labels and
 * e-commerce ad copy, for calibration, benchmarks and tests that skip when it is absent. It is
 * outside the repository and never committed; the readers here only read it.
 */
export const SHARED_DATA = join(__dirname, '..', '..', 'shared', 'data');
/** 2,400 Weibo posts (weibo_senti_100k); `label` is sentiment, not ads. */
export const WEIBO_FILE = join(SHARED_DATA, 'weibo_posts_2400.csv');
/** 10,000 SMS, `label` 1 = ad/spam; digits and prices masked as `x`. */
export const SMS_FILE = join(SHARED_DATA, 'sms_ads_10k.csv');
/** 1,070 AdvertiseGen ad texts, one JSON object a line (`summary` is the copy). */
export const ADS_FILE = join(SHARED_DATA, 'advertisegen_dev.jsonl');

/** Why a caller that needs these files must skip (the first one absent), or null when all are there. */
export function sharedDataMissing(...files: string[]): string | null {
  for (const f of files) if (!existsSync(f)) return `${f} not found (../shared/data is not in this checkout)`;
  return null;
}

export interface LabelledText {
  label: 0 | 1;
  /** As written in the file (every text of the SMS set ends in a newline: trim where it matters). */
  text: string;
}

/** The data rows of a `label,text` CSV (the Weibo and SMS sets), in file order. */
export function readLabelled(file: string): LabelledText[] {
  return parseCsv(readFileSync(file, 'utf8'))
    .slice(1)
    .filter((r) => r.length >= 2)
    .map((r) => ({ label: r[0]!.trim() === '1' ? 1 : 0, text: r[1]! }));
}

/** The Weibo posts' text, in file order. */
export function readWeiboPosts(): string[] {
  return readLabelled(WEIBO_FILE).map((r) => r.text);
}

/** The AdvertiseGen ad copy (`summary`), in file order. */
export function readAdTexts(): string[] {
  return readFileSync(ADS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { summary: string }).summary);
}
