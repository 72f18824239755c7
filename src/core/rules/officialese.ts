import { OFFICIALESE } from '../lexicon/officialese';
import type { Fix } from '../types';
import type { Rule } from '../rule';
import { replaceFix } from '../rule';
import { findQuotedRanges, insideAnyOf, postSpans, spanAt, standaloneClauseDeletion } from '../text';

/** After a salutation at the head of a line: a comma, colon, exclamation mark or the line's end. */
const SALUTATION_END = /^(?:[,，:：!！]|\r?\n|$)/;

export const officialese: Rule = {
  id: 'officialese',
  description: {
    zh: '公文腔：尊敬的客户、本公司、广大消费者、特此通知、敬请——社交平台上说“你”和“我们”',
    en: 'Officialese (尊敬的客户, 本公司, 特此通知): say “you” and “we” on social media',
  },
  defaultSeverity: 'info',
  lists: [OFFICIALESE],
  acceptsWords: true,
  check(ctx) {
    const { draft } = ctx;
    const matches = ctx.matches();
    if (matches.length === 0) return;
    const spans = postSpans(draft);
    // A notice quoted word for word (公告写着“本公司保留解释权”) is not the writer's own voice.
    const quoted = draft.text.includes('“') || draft.text.includes('「') || draft.text.includes('『') || draft.text.includes('"')
      ? findQuotedRanges(draft.text)
      : [];
    const isQuoted = insideAnyOf(quoted);

    for (const m of matches) {
      if (isQuoted(m.start, m.end)) continue;
      const span = spanAt(spans, m.start)!;
      const spanEnd = span.start + span.text.length;
      let replacement = m.entry.replacements?.[0];
      if (m.entry.category === 'address' && replacement === '你' && isSalutation(draft.text, m.start, m.end, span.start, spanEnd)) {
        replacement = '你好';
      }

      const fixes: Fix[] = [];
      if (replacement !== undefined) fixes.push(replaceFix(ctx, m, replacement));
      else if (m.entry.category === 'formula') {
        const edit = standaloneClauseDeletion(draft.text, m.start, m.end, span.start, spanEnd);
        if (edit) fixes.push({ title: ctx.t({ zh: '删除这一句', en: 'Remove this sentence' }), edits: [edit] });
      }

      ctx.report({
        start: m.start,
        end: m.end,
        message:
          replacement === undefined
            ? ctx.t({
                zh: `公文腔「${m.text}」：${m.entry.note?.zh ?? '社交平台上换个说法'}`,
                en: `Officialese “${m.text}”: ${m.entry.note?.en ?? 'say it plainly'}`,
              })
            : ctx.t({ zh: `公文腔「${m.text}」：改用“${replacement}”更亲近`, en: `Officialese “${m.text}”: “${replacement}” sounds warmer` }),
        reason: ctx.t({
          zh: '通知、公函的措辞把读者推远：社交平台上，对等的语气、平易的字眼、亲切的口吻更容易被读完和转发。用“你”称呼读者，用“我们”称呼自己。',
          en: 'The wording of notices and form letters keeps readers at arm’s length. On social platforms an equal, plain, warm voice gets read and shared: call the reader “你” and yourselves “我们”.',
        }),
        source: ctx.t({ zh: '写作建议（非法规要求）', en: 'Style advice (not a legal requirement)' }),
        alternatives: m.entry.replacements,
        fixes,
        data: { word: m.text },
      });
    }
  },
};

function isSalutation(text: string, start: number, end: number, from: number, to: number): boolean {
  let i = start;
  while (i > from && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u3000')) i--;
  const lineStart = i === from || text[i - 1] === '\n' || text[i - 1] === '\r';
  return lineStart && SALUTATION_END.test(text.slice(end, Math.min(to, end + 2)));
}
