import { INDUCED_SHARING, INDUCED_SHARING_PATTERNS } from '../lexicon/induced-sharing';
import type { Fix, Localized } from '../types';
import type { Rule } from '../rule';
import { listAndPatternPhrases, removeClauseFix } from '../rule';
import { PatternFamily } from '../text';

const WECHAT_RULE: Localized = {
  zh: '《微信外部链接内容管理规范》（2019-10-28 起施行）诱导分享条款',
  en: 'WeChat External Link Content Rules (《微信外部链接内容管理规范》, in force 2019-10-28), “induced sharing” clause',
};

const WEIBO_LOTTERY_RULE: Localized = {
  zh: '《微博商业行为规范办法》有奖活动条款（写清规则、奖品、开奖时间）',
  en: 'Weibo Commercial Conduct Rules (《微博商业行为规范办法》), prize-activity clauses',
};

const WHAT: Record<string, (w: string) => Localized> = {
  reward: (w) => ({ zh: `以奖励换转发「${w}」是诱导分享`, en: `“${w}” trades a reward for a share: induced sharing` }),
  pressure: (w) => ({ zh: `用胁迫或夸张的话逼人转发「${w}」`, en: `“${w}” pressures readers into sharing` }),
  quota: (w) => ({ zh: `要求转发到指定数量的群或好友「${w}」`, en: `“${w}” sets a quota of groups or friends to share with` }),
  assist: (w) => ({ zh: `邀请好友助力、砍价「${w}」是诱导分享`, en: `“${w}” asks friends to “assist”: induced sharing` }),
  prompt: (w) => ({ zh: `催人分享到朋友圈「${w}」是诱导分享`, en: `“${w}” prompts readers to share to Moments: induced sharing` }),
  lottery: (w) => ({ zh: `以抽奖换转发「${w}」是诱导分享`, en: `“${w}” trades a lottery chance for a share: induced sharing` }),
};

const PATTERNS = new PatternFamily(INDUCED_SHARING_PATTERNS);

/** Blessings, threats and share prompts are pure pressure: removing them loses nothing the post says. */
const DELETABLE = new Set(['pressure', 'prompt']);

export const inducedSharing: Rule = {
  id: 'induced-sharing',
  description: {
    zh: '诱导分享：以奖励、胁迫、数量要求或助力逼人转发（转发集赞、不转不是中国人、转发到3个群）',
    en: 'Induced sharing: rewards, pressure, quotas or friend assists in exchange for shares',
  },
  defaultSeverity: 'warning',
  // WeChat enforces its rule on Moments (links stopped, share interfaces banned); elsewhere it is advice.
  severityFor: (draft) => (draft.platform === 'moments' ? 'error' : 'warning'),
  docs: 'docs/rules/induced-sharing.md',
  lists: [INDUCED_SHARING],
  acceptsWords: true,
  check(ctx) {
    const { draft } = ctx;
    for (const hit of listAndPatternPhrases(ctx, PATTERNS)) {
      const category = hit.category;
      const weiboLottery = category === 'lottery' && draft.platform === 'weibo';
      const what = WHAT[category]?.(hit.text) ?? { zh: `诱导分享「${hit.text}」`, en: `Induced sharing: “${hit.text}”` };
      const fixes: Fix[] = [];
      const removal = DELETABLE.has(category) ? removeClauseFix(ctx, hit) : null;
      if (removal) fixes.push(removal);
      ctx.report({
        start: hit.start,
        end: hit.end,
        message: weiboLottery
          ? ctx.t({
              zh: `转发抽奖「${hit.text}」：微博允许有奖转发，但要写清活动规则、奖品和开奖时间`,
              en: `Repost lottery “${hit.text}”: allowed on Weibo if the rules, prizes and draw date are stated`,
            })
          : ctx.t(what),
        reason: weiboLottery
          ? ctx.t({
              zh: '微博的有奖活动须准确、清楚地写明活动规则、奖品和开奖时间，开奖后一次发放；现金奖品要经 @微博抽奖平台 开奖。同一句话发到朋友圈就是诱导分享。',
              en: 'Weibo prize activities must state their rules, prizes and draw date, and pay out at once; cash prizes go through @微博抽奖平台. The same line on WeChat Moments is induced sharing.',
            })
          : ctx.t({
              zh: '微信禁止以奖励、胁迫或夸张言语诱导用户分享，违规内容会被停止传播，情节严重的封禁帐号或分享接口；在其他平台，这类话术同样让读者反感。想要传播，就让内容本身值得分享。',
              en: 'WeChat bans inducing shares with rewards, pressure or exaggerated words: offending content stops spreading and serious cases lose their account or share interface. On other platforms the same lines put readers off. Make the post worth sharing instead.',
            }),
        source: ctx.t(weiboLottery ? WEIBO_LOTTERY_RULE : WECHAT_RULE),
        severity: weiboLottery ? 'info' : undefined,
        alternatives: DELETABLE.has(category) || category === 'quota' ? ['觉得有用，欢迎分享给需要的朋友'] : undefined,
        fixes,
        data: { word: hit.text, category },
        evasive: hit.evasive,
      });
    }
  },
};
