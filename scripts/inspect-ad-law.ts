// `npx tsx scripts/inspect-ad-law.ts [ad-law|medical-claim] [--all]`: runs one rule over the real
// texts in ../shared/data (1,070 AdvertiseGen ad texts, 2,400 Weibo posts) and prints what fires,
// with a little context, so a person can read each finding and judge it. Prints to the terminal
// only: the shared text is never written to a file or committed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/core/engine';
import type { Rule } from '../src/core/rule';
import { adLaw } from '../src/core/rules/ad-law';
import { medicalClaim } from '../src/core/rules/medical-claim';

const DATA = join(__dirname, '..', '..', 'shared', 'data');

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field || row.length) endRow();
  return rows;
}

export function loadCorpora(): { ads: string[]; weibo: string[] } | null {
  const adsFile = join(DATA, 'advertisegen_dev.jsonl');
  const weiboFile = join(DATA, 'weibo_posts_2400.csv');
  if (!existsSync(adsFile) || !existsSync(weiboFile)) return null;
  const ads = readFileSync(adsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { summary: string }).summary);
  const rows = parseCsv(readFileSync(weiboFile, 'utf8').replace(/^\uFEFF/, ''));
  const header = rows[0]!;
  const col = header.indexOf('review');
  const weibo = rows.slice(1).filter((r) => r.length > col).map((r) => r[col]!.replace(/^\uFEFF/, ''));
  return { ads, weibo };
}

function main(): void {
  const ruleId = process.argv[2] ?? 'ad-law';
  const rule: Rule = ruleId === 'medical-claim' ? medicalClaim : adLaw;
  // One array for every call: the engine caches its compiled matcher per rule array.
  const rules = [rule];
  const showAll = process.argv.includes('--all');
  const corpora = loadCorpora();
  if (!corpora) {
    console.log(`skipped: ${DATA} is absent`);
    return;
  }
  for (const [name, texts] of [['AdvertiseGen ads', corpora.ads], ['Weibo posts', corpora.weibo]] as const) {
    let flagged = 0;
    const byWord = new Map<string, number>();
    const lines: string[] = [];
    for (const [i, text] of texts.entries()) {
      const r = lint(text, { rules });
      if (r.internalErrors.length) console.log('internal error', r.internalErrors);
      if (!r.findings.length) continue;
      flagged++;
      for (const f of r.findings) {
        const word = text.slice(f.start, f.end);
        byWord.set(word, (byWord.get(word) ?? 0) + 1);
        const context = `${text.slice(Math.max(0, f.start - 14), f.start)}【${word}】${text.slice(f.end, f.end + 14)}`.replace(/\s+/g, ' ');
        const fix = f.fixes[0] ? ` → ${f.fixes[0].edits[0]!.text}` : '';
        lines.push(`  #${i} ${context}${fix}`);
      }
    }
    console.log(`\n${name}: ${flagged} / ${texts.length} flagged by ${rule.id}`);
    console.log('  by word:', [...byWord].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}×${n}`).join(' '));
    if (showAll || lines.length <= 200) console.log(lines.join('\n'));
  }
}

if (require.main === module) main();
