import { DEPENDENT_AFTER, DEPENDENT_BEFORE, SHARING_SEEDS } from '../lexicon/induced-sharing';
import type { PlatformProfile, SharingRules } from '../platforms/profile';
import type { Fix, Localized } from '../types';
import type { Rule, RuleContext } from '../rule';
import { removeClauseFix } from '../rule';
import { allowedRanges, leftmostLongest, postSpans } from '../text';
import { findInducements, type Inducement, type InducementKind } from './induced-sharing-grammar';

type PrizeActivities = NonNullable<SharingRules['prizeActivities']>;

const WECHAT_LURE: Localized = {
  zh: '《微信外部链接内容管理规范》（2019-10-28 起施行）1.2 利益诱惑诱导分享',
  en: 'WeChat External Link Content Rules (《微信外部链接内容管理规范》, in force 2019-10-28), clause 1.2: inducing shares with rewards',
};
const WECHAT_PRESSURE: Localized = {
  zh: '微信诱导分享规则：胁迫、煽动用户分享（“不转不是中国人”“转发后一生平安”“必转”等）',
  en: 'WeChat’s rules on induced sharing: pressing or inciting users to share (“不转不是中国人”, “转发后一生平安”, “必转” …)',
};
const WECHAT_FORCED: Localized = {
  zh: '微信诱导分享规则：强制用户分享（分享后方可进行下一步、知道答案）',
  en: 'WeChat’s rules on induced sharing: forcing a share before the next step or the answer',
};

const ACTION_LABEL: Record<string, Localized> = {
  repost: { zh: '转发', en: 'reposts' },
  share: { zh: '分享', en: 'shares' },
  post: { zh: '发帖', en: 'posts' },
  quota: { zh: '转发', en: 'shares' },
  tag: { zh: '@好友', en: 'tagging friends' },
  like: { zh: '点赞', en: 'likes' },
  comment: { zh: '评论', en: 'comments' },
  collect: { zh: '收藏', en: 'saves' },
  follow: { zh: '关注', en: 'follows' },
  quiz: { zh: '答题', en: 'answers' },
  discuss: { zh: '评论', en: 'comments' },
  invite: { zh: '邀请好友', en: 'inviting friends' },
  assist: { zh: '好友助力', en: 'friend assists' },
  checkin: { zh: '签到打卡', en: 'check-ins' },
  'collect-task': { zh: '集卡', en: 'collecting cards' },
};

/** A draw date, written any of the ways people write one, near a prize activity's lottery. */
const DRAW_DATE = /开奖|\d+\s*[月./]\s*\d+|\d+\s*[日号]|周[一二三四五六日天末]|星期[一二三四五六日天]|今晚|明晚|明天|后天|\d+\s*[:：点]|截止|截至/;

function what(kind: InducementKind, actions: Localized, w: string, pressure?: string): Localized {
  switch (kind) {
    case 'pressure':
      return pressure === 'blessing' || pressure === 'curse'
        ? { zh: `用祝福或诅咒逼人转发「${w}」`, en: `“${w}” presses readers to share with a blessing or a curse` }
        : { zh: `用胁迫或夸张的话逼人转发「${w}」`, en: `“${w}” pressures readers into sharing` };
    case 'quota':
      return { zh: `要求转发到指定数量的群或好友「${w}」`, en: `“${w}” sets a quota of groups or friends to share with` };
    case 'unlock':
      return { zh: `分享后才能查看或解锁「${w}」是强制分享`, en: `“${w}” makes a share the price of the content: forced sharing` };
    case 'assist':
      return { zh: `邀请好友助力、砍价「${w}」是诱导分享`, en: `“${w}” asks friends to “assist”: induced sharing` };
    case 'collect':
      return { zh: `设置集赞、集卡之类的收集任务「${w}」是诱导分享`, en: `“${w}” sets a collection task (likes, cards): induced sharing` };
    case 'lottery':
      return { zh: `以抽奖换${actions.zh}「${w}」是诱导分享`, en: `“${w}” trades a lottery chance for ${actions.en}: induced sharing` };
    default:
      return { zh: `以奖励换${actions.zh}「${w}」是诱导分享`, en: `“${w}” trades a reward for ${actions.en}: induced sharing` };
  }
}

function actionLabels(actions: readonly string[]): Localized {
  const labels = [...new Set(actions.map((a) => ACTION_LABEL[a] ?? ACTION_LABEL.repost!))];
  return { zh: [...new Set(labels.map((l) => l.zh))].join('、'), en: [...new Set(labels.map((l) => l.en))].join(', ') };
}

/**
 * The platform's prize-activity rules when the finding is one: a lottery for the platform's own
 * interactions where it allows them with stated rules (Weibo's 有奖活动).
 */
function prizeActivity(profile: PlatformProfile, f: Inducement): PrizeActivities | null {
  const rules = profile.sharing?.prizeActivities;
  return rules && f.kind === 'lottery' && f.actions.every((a) => rules.interactions.includes(a)) ? rules : null;
}

/**
 * Deleting a pressure clause, only when the clause stands alone and what is left still reads:
 * not when a purpose or condition clause leans on it (为了孩子，请大家务必转发扩散 / 看到请转发，让更多人知道).
 */
function pressureRemoval(ctx: RuleContext, f: Inducement): Fix | null {
  const fix = removeClauseFix(ctx, f);
  if (!fix) return null;
  const text = ctx.draft.text;
  const [edit] = fix.edits;
  let sentenceStart = f.start;
  while (sentenceStart > 0 && !/[。！？!?\n]/.test(text[sentenceStart - 1]!)) sentenceStart--;
  let sentenceEnd = f.end;
  while (sentenceEnd < text.length && !/[。！？!?\n]/.test(text[sentenceEnd]!)) sentenceEnd++;
  const before = text.slice(sentenceStart, edit!.start);
  const after = text.slice(Math.min(edit!.end, sentenceEnd), sentenceEnd).replace(/^[，,、；;：:\s]+/, '');
  const lastClauseBefore = before.split(/[，,、；;：:]/).filter((c) => c.trim()).pop() ?? '';
  if (after && DEPENDENT_AFTER.test(after)) return null;
  if (lastClauseBefore && DEPENDENT_BEFORE.test(lastClauseBefore)) return null;
  return fix;
}

export const inducedSharing: Rule = {
  id: 'induced-sharing',
  description: {
    zh: '诱导分享：以奖励、抽奖换转发、点赞、评论、关注、邀请，或用胁迫、祝福逼人转发（转发抽奖、老带新有奖励、不转不是中国人）',
    en: 'Induced sharing: rewards or lotteries for reposts, likes, comments, follows or invitations, and pressure to share',
  },
  defaultSeverity: 'warning',
  // Error where the platform enforces its own rule against it (Moments: its profile's ruleSeverity).
  lists: [SHARING_SEEDS],
  acceptsWords: true,
  check(ctx) {
    const matches = ctx.matches();
    if (matches.length === 0) return;
    const { draft } = ctx;
    const seeds = matches.filter((m) => m.entry.category !== undefined);
    const userWords = matches.filter((m) => m.entry.category === undefined);
    let found = seeds.length > 0 ? findInducements(postSpans(draft), seeds) : [];
    if (found.length > 0 && ctx.config.allow.length > 0) {
      const allowed = allowedRanges(draft.text, ctx.config.allow);
      found = found.filter((f) => !allowed.some(([a, b]) => a < f.end && f.start < b));
    }
    for (const f of leftmostLongest(found)) reportInducement(ctx, f);
    for (const m of userWords) {
      ctx.report({
        start: m.start,
        end: m.end,
        message: ctx.t({ zh: `诱导分享「${m.text}」`, en: `Induced sharing: “${m.text}”` }),
        source: ctx.t(WECHAT_LURE),
        data: { word: m.text, category: 'user' },
        evasive: m.evasive,
      });
    }
  },
};

function reportInducement(ctx: RuleContext, f: Inducement): void {
  const { draft } = ctx;
  const w = draft.text.slice(f.start, f.end);
  const prizes = prizeActivity(ctx.platform, f);
  const inducements = ctx.platform.sharing?.inducements;
  const actions = actionLabels(f.actions);
  let message = ctx.t(what(f.kind, actions, w, f.pressure));
  let reason = ctx.t({
    zh: '微信禁止以奖励、抽奖、助力或集赞诱导用户分享，违规内容会被停止传播，情节严重的封禁帐号或分享接口；在其他平台，这类话术同样让读者反感。想要传播，就让内容本身值得分享。',
    en: 'WeChat bans inducing shares with rewards, lotteries, assists or collected likes: offending content stops spreading and serious cases lose their account or share interface. On other platforms the same lines put readers off. Make the post worth sharing instead.',
  });
  let source = WECHAT_LURE;
  let alternatives: string[] | undefined = ['把福利直接给到顾客（如到店出示本条即享），不以转发、集赞为条件'];
  if (f.kind === 'pressure') {
    source = WECHAT_PRESSURE;
    reason = ctx.t({
      zh: '微信把用夸张言语胁迫、煽动用户分享（“不转不是中国人”“转发后一生平安”“转疯了”“必转”）列为诱导分享；在其他平台，这类话同样让读者反感。',
      en: 'WeChat lists pressing or inciting users to share with exaggerated words (“不转不是中国人”, “转发后一生平安”, “转疯了”, “必转”) as induced sharing; on other platforms the same lines put readers off.',
    });
    alternatives = ['觉得有用，欢迎分享给需要的朋友'];
  } else if (f.kind === 'unlock') {
    source = WECHAT_FORCED;
    alternatives = ['直接展示结果或内容，分享与否由读者决定'];
  } else if (f.kind === 'referral') {
    alternatives = ['新客直接享受优惠，不以邀请好友为条件'];
  } else if (f.kind === 'assist') {
    alternatives = ['直接给出优惠，不要求好友助力或砍价'];
  } else if (f.kind === 'quota') {
    alternatives = ['觉得有用，欢迎分享给需要的朋友'];
  } else if (prizes) {
    const near = draft.text.slice(Math.max(0, f.start - 200), Math.min(draft.text.length, f.end + 200));
    const dated = DRAW_DATE.test(near);
    const { name } = ctx.platform;
    message = ctx.t({
      zh: `有奖${actions.zh}「${w}」：${name.zh}允许有奖活动，但要写清活动规则、奖品和开奖时间${dated ? '' : '（这里还没写开奖时间）'}`,
      en: `Prize activity for ${actions.en} “${w}”: allowed on ${name.en} if the rules, prizes and draw date are stated${dated ? '' : ' (no draw date here yet)'}`,
    });
    reason = ctx.t(prizes.reason);
    source = prizes.source;
    alternatives = [prizes.example];
  } else if (inducements && f.actions.every((a) => inducements.interactions.includes(a))) {
    source = inducements.source;
    reason = ctx.t(inducements.reason);
  }
  const fixes: Fix[] = [];
  const removal = f.kind === 'pressure' ? pressureRemoval(ctx, f) : null;
  if (removal) fixes.push(removal);
  ctx.report({
    start: f.start,
    end: f.end,
    message,
    reason,
    source: ctx.t(source),
    severity: prizes ? 'info' : undefined,
    alternatives,
    fixes,
    data: { word: w, category: f.kind },
    evasive: f.evasive,
  });
}
