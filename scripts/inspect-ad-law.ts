// `npx tsx scripts/inspect-ad-law.ts [ad-law|medical-claim] [--all]`: runs one rule over the real
// texts in ../shared/data (1,070 AdvertiseGen ad texts, 2,400 Weibo posts) and prints what fires,
// with a little context, so a person can read each finding and judge it. Prints to the terminal
// only: the shared text is never written to a file or committed.
import { ADS_FILE, readAdTexts, readWeiboPosts, sharedDataMissing, WEIBO_FILE } from '../bench/shared-data';
import { lint } from '../src/core/engine';
import type { Rule } from '../src/core/rule';
import { adLaw } from '../src/core/rules/ad-law';
import { medicalClaim } from '../src/core/rules/medical-claim';

function main(): void {
  const ruleId = process.argv[2] ?? 'ad-law';
  const rule: Rule = ruleId === 'medical-claim' ? medicalClaim : adLaw;
  // One array for every call: the engine caches its compiled matcher per rule array.
  const rules = [rule];
  const showAll = process.argv.includes('--all');
  const missing = sharedDataMissing(ADS_FILE, WEIBO_FILE);
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  for (const [name, texts] of [['AdvertiseGen ads', readAdTexts()], ['Weibo posts', readWeiboPosts()]] as const) {
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
