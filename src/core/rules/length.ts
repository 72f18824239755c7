import type { PlatformProfile } from '../platforms/profile';
import type { Rule, RuleContext } from '../rule';
import { numberOption } from '../rule';
import type { CountResult, Localized, TextSpan } from '../types';

/**
 * `length`: the draft is over a hard limit of its platform — body, Xiaohongshu title, or the
 * number of images in front matter. The finding covers exactly the text past the limit and
 * says how much to cut; there is no fix, since only the writer knows what to drop.
 * Too many Xiaohongshu tags is `topic-overload`'s to report, not this rule's.
 */
export const length: Rule = {
  id: 'length',
  description: { zh: '超出平台的字数或图片上限', en: 'Over the platform’s length or image limit' },
  defaultSeverity: 'error',
  options: {
    limit: { type: 'number', description: "The body's limit in the platform's unit (lines on Moments), replacing the platform's" },
    maxImages: { type: 'number', description: "The most images a post may have, replacing the platform's" },
  },
  check(ctx) {
    const { draft, platform } = ctx;
    const part = platform.countTitle ? 'body' : 'post';
    checkSpan(ctx, draft.body, ctx.count, part);
    if (draft.title && ctx.titleCount) checkSpan(ctx, draft.title, ctx.titleCount, 'title');
    checkImages(ctx);
  },
};

/** The entries of a profile's `sources` that back the given facts (`count`, `limit`, …). */
export function sourcesFor(profile: PlatformProfile, ...keys: string[]): string | undefined {
  const found = profile.sources.filter((s) => keys.some((k) => s.startsWith(`${k}:`))).map((s) => s.slice(s.indexOf(':') + 1).trim());
  return found.length ? found.join('; ') : undefined;
}

type Part = 'post' | 'body' | 'title';

const PART_NAME: Record<Part, Localized> = {
  post: { zh: '', en: '' },
  body: { zh: '正文', en: ' body' },
  title: { zh: '标题', en: ' title' },
};

/**
 * `n.toLocaleString('en-US')`, cheaply: whole numbers get their thousands separators directly
 * (test/unit/fast-paths checks they read the same), anything else goes to one Intl.NumberFormat,
 * built on first use (the first Intl object loads locale data, which start-up should not pay for).
 */
let enNumber: Intl.NumberFormat | undefined;
export const EN_NUMBER = {
  format: (n: number): string =>
    Number.isSafeInteger(n) && !Object.is(n, -0) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : (enNumber ??= new Intl.NumberFormat('en-US')).format(n),
};

/** How an amount reads in the count's unit: "35 字" / "35 characters". */
export function amount(ctx: RuleContext, unit: CountResult['unit'], n: number): string {
  const en = EN_NUMBER.format(n);
  switch (unit) {
    case 'lines':
      return ctx.t({ zh: `${n} 行`, en: `${en} line${n === 1 ? '' : 's'}` });
    case 'weighted':
      return ctx.t({ zh: `${n} 字符`, en: `${en} weighted character${n === 1 ? '' : 's'}` });
    default:
      return ctx.t({ zh: `${n} 字`, en: `${en} character${n === 1 ? '' : 's'}` });
  }
}

function checkSpan(ctx: RuleContext, span: TextSpan, count: CountResult, part: Part): void {
  if (!count.over || count.limit === null || count.limitOffset === null) return;
  const { platform } = ctx;
  const excess = count.length - count.limit;
  const limitText = amount(ctx, count.unit, count.limit);
  const excessText = amount(ctx, count.unit, excess);
  const partName = PART_NAME[part];
  const name = ctx.t(platform.name);
  // "超出微博 2000 字上限" but "超出 X 的 280 字符上限".
  const nameZh = /^[A-Za-z]/.test(platform.name.zh) ? ` ${platform.name.zh} 的` : platform.name.zh;
  const possessive = platform.name.en.endsWith('s') ? `${platform.name.en}’` : `${platform.name.en}’s`;
  const weightNote =
    count.unit === 'weighted' ? ctx.t({ zh: '（中文、emoji 每个计 2，链接计 23）', en: ' (CJK characters and emoji count 2, links 23)' }) : '';

  const message = ctx.t({
    zh: `超出${nameZh}${partName.zh} ${limitText}上限 ${excessText}，需删减 ${excessText}${weightNote}`,
    en: `${excessText} over ${possessive} ${limitEn(count)}${partName.en} limit; cut ${excessText}${weightNote}`,
  });

  // A limit the team set (any limit on Moments, which publishes none) is theirs, not the platform's.
  const configured = part !== 'title' && (count.unit === 'lines' || typeof ctx.options.limit === 'number');
  const reason = configured
    ? ctx.t({
        zh: `这是团队在 .postlintrc.json（rules.length.options.limit）里为${name}设定的上限；超出的部分要删掉或另发一条。`,
        en: `This is the limit your team set for ${name} in .postlintrc.json (rules.length.options.limit); cut the extra text or post it separately.`,
      })
    : ctx.t({
        zh: `${name}不接受超过上限的${partName.zh || '内容'}：高亮的部分发不出去，要删掉、精简或拆成两条。`,
        en: `${name} does not accept a${partName.en || ' post'} over the limit: the highlighted text cannot be posted; cut it, tighten the wording or split the post.`,
      });

  ctx.report({
    message,
    start: span.start + count.limitOffset,
    end: span.start + span.text.length,
    reason,
    source: configured ? '.postlintrc.json rules.length.options.limit' : sourcesFor(platform, 'count', part === 'title' ? 'title' : 'limit'),
    data: { part, unit: count.unit, length: count.length, limit: count.limit, excess },
  });
}

/** "2,000-character" — the limit as an English adjective. */
function limitEn(count: CountResult): string {
  const n = EN_NUMBER.format(count.limit!);
  if (count.unit === 'lines') return `${n}-line`;
  if (count.unit === 'weighted') return `${n} weighted-character`;
  return `${n}-character`;
}

function checkImages(ctx: RuleContext): void {
  const { draft, platform } = ctx;
  const max = numberOption(ctx, 'maxImages', platform.maxImages ?? Number.NaN);
  if (draft.images === null || !Number.isFinite(max) || draft.images <= max) return;
  const field = draft.frontMatter?.fields.get('images');
  if (!field) return;
  const name = ctx.t(platform.name);
  const excess = draft.images - max;
  ctx.report({
    message: ctx.t({
      zh: `${name}最多 ${max} 张图片，这里有 ${draft.images} 张，需删减 ${excess} 张`,
      en: `${name} allows at most ${max} image${max === 1 ? '' : 's'}; this post has ${draft.images}: remove ${excess}`,
    }),
    start: field.start,
    end: field.end,
    reason: ctx.t({
      zh: `${name}一条最多配 ${max} 张图，多出的图片传不上去；挑出最能说明问题的几张，其余留到下一条。`,
      en: `${name} takes at most ${max} images per post and will not upload the rest; keep the strongest ones and save the others for another post.`,
    }),
    source: sourcesFor(platform, 'images'),
    data: { part: 'images', images: draft.images, limit: max, excess },
  });
}
