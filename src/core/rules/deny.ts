import type { Rule } from '../rule';
import { replaceFix } from '../rule';

/**
 * The team's own banned phrases, `deny: [{ word, message?, replacement? }]` in
 * `.postlintrc.json`, as the word list `config/deny`, read through evasive spellings.
 */
export const deny: Rule = {
  id: 'deny',
  description: { zh: '团队禁用词（.postlintrc.json 的 deny）', en: "Your team's banned phrases (deny in .postlintrc.json)" },
  defaultSeverity: 'warning',
  configLists: (config) => [
    {
      id: 'config/deny',
      source: config.file ?? '.postlintrc.json',
      readsThroughSpellings: true,
      entries: config.deny.map((d) => ({
        word: d.word,
        replacements: d.replacement !== undefined ? [d.replacement] : undefined,
        note: d.message ? { zh: d.message, en: d.message } : undefined,
      })),
    },
  ],
  check(ctx) {
    for (const m of ctx.matches()) {
      const replacement = m.entry.replacements?.[0];
      ctx.report({
        start: m.start,
        end: m.end,
        message: m.entry.note ? ctx.t(m.entry.note) : ctx.t({ zh: `团队禁用词「${m.text}」`, en: `Banned by your team: “${m.text}”` }),
        reason: ctx.t({
          zh: `团队在 ${m.list.source} 的 deny 中禁用了「${m.entry.word}」。`,
          en: `Your team bans “${m.entry.word}” in deny of ${m.list.source}.`,
        }),
        source: m.list.source,
        alternatives: replacement !== undefined && replacement !== '' ? [replacement] : undefined,
        fixes: replacement !== undefined ? [replaceFix(ctx, m, replacement)] : [],
        data: { word: m.text },
        evasive: m.evasive,
      });
    }
  },
};
