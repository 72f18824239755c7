import { strict as assert } from 'node:assert';
import { parseConfig } from '../../src/core/config';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { PLATFORMS } from '../../src/core/platforms';
import { inducedSharing } from '../../src/core/rules/induced-sharing';
import type { PlatformId } from '../../src/core/types';

const RULES = [inducedSharing];
const run = (text: string, platform: PlatformId = 'weibo') => lint(text, { platform, rules: RULES }).findings;
const words = (text: string, platform?: PlatformId) => run(text, platform).map((f) => text.slice(f.start, f.end));
const kinds = (text: string, platform?: PlatformId) => run(text, platform).map((f) => f.data?.category);

describe('rule: induced-sharing', () => {
  it('joins an action and the reward it earns into one finding, with message, reason and source', () => {
    const text = '新品上市！分享到朋友圈即可领取小样一份。';
    const [f, ...rest] = run(text, 'moments');
    assert.equal(rest.length, 0);
    assert.deepEqual([f!.rule, text.slice(f!.start, f!.end), f!.severity], ['induced-sharing', '分享到朋友圈即可领取', 'error']);
    assert.equal(f!.message, '以奖励换分享「分享到朋友圈即可领取」是诱导分享');
    assert.match(f!.reason!, /微信禁止/);
    assert.match(f!.source!, /微信外部链接内容管理规范.*1\.2/);
    assert.deepEqual(f!.fixes, [], 'what to offer instead of a reward is the writer’s call');
    assert.ok(f!.alternatives?.[0]?.includes('不以转发、集赞为条件'));
    assert.equal(run(text, 'xiaohongshu')[0]!.severity, 'warning');
    // The platform's enforcement comes from its profile; a team's severity still wins.
    assert.equal(PLATFORMS.moments.ruleSeverity?.['induced-sharing'], 'error');
    const { config } = parseConfig('{"rules": {"induced-sharing": "info"}}', '/x/.postlintrc.json');
    assert.equal(lint(text, { platform: 'moments', rules: RULES, config }).findings[0]!.severity, 'info');
  });

  it('recognises the action classes by grammar, whatever the words between', () => {
    assert.deepEqual(words('参与方式：关注@小鹿咖啡 并转发本条微博，3月15日抽3位送出挂耳咖啡礼盒。'), ['关注@小鹿咖啡 并转发本条微博，3月15日抽3位送出']);
    assert.deepEqual(words('评论并@一位好友，即有机会获得演唱会门票'), ['评论并@一位好友，即有机会获得']);
    assert.deepEqual(words('评论区扣1，抽3个宝宝送同款～', 'xiaohongshu'), ['评论区扣1，抽3个宝宝送同款']);
    assert.deepEqual(words('帮我们传播一下这条动态，就能拿到一张免费体验券。', 'moments'), ['传播一下这条动态，就能拿到一张免费体验']);
    assert.deepEqual(words('扫码关注公众号，回复“福利”领取100元优惠券。', 'moments'), ['扫码关注公众号，回复“福利”领取100元']);
    assert.deepEqual(words('快快来回答探叔的问题，还有机会赢得野餐垫！'), ['回答探叔的问题，还有机会赢得']);
    assert.deepEqual(words('带话题#我的春天#发微博，抽10位送春装。'), ['带话题#我的春天#发微博，抽10位']);
    assert.deepEqual(words('大家继续转起！记得关注我们并@一位好友才能参加抽奖'), ['继续转起', '关注我们并@一位好友才能参加抽奖']);
    assert.deepEqual(words('本条转发过500，我们再加抽5份周边！'), ['转发过500，我们再加抽5份']);
  });

  it('names referral rewards, assists, check-ins, collection tasks, quotas and share-to-unlock', () => {
    assert.deepEqual(kinds('老带新有奖励！'), ['referral']);
    assert.deepEqual(words('每成功推荐一位朋友办卡，奖励现金100元'), ['推荐一位朋友办卡，奖励现金100元']);
    assert.deepEqual(words('好友助力满10人，即可0元领取这款台灯。', 'moments'), ['助力满10人，即可0元领']);
    assert.deepEqual(kinds('连续打卡21天晒到朋友圈，全额退还学费。', 'moments'), ['checkin']);
    // A collection task implies its prize: it stands alone.
    assert.deepEqual(words('转发集赞！'), ['转发集赞']);
    assert.deepEqual(kinds('转发集赞！'), ['collect']);
    assert.deepEqual(words('转发到3个群，截图就能领资料包', 'moments'), ['转发到3个群，截图就能领']);
    assert.deepEqual(words('转发到3个群'), ['转发到3个群']);
    assert.deepEqual(kinds('分享给5位好友即可解锁全部课程', 'moments'), ['quota']);
    const [unlock] = run('你的前世是哪位诗人？转发到朋友圈后才能查看测试结果。', 'moments');
    assert.equal(unlock!.data?.category, 'unlock');
    assert.match(unlock!.source!, /强制用户分享/);
  });

  it('reports a Weibo lottery as information, with the conditions Weibo sets', () => {
    const [f] = run('转发+评论，揪一位宝宝送同款香薰。');
    assert.equal(f!.severity, 'info');
    assert.equal(f!.message, '有奖转发、评论「转发+评论，揪一位宝宝送同款」：微博允许有奖活动，但要写清活动规则、奖品和开奖时间（这里还没写开奖时间）');
    assert.match(f!.source!, /微博商业行为规范办法》第二条/);
    assert.doesNotMatch(run('转发+评论，揪一位宝宝送同款香薰，3月8日开奖。')[0]!.message, /还没写开奖时间/);
    // The same line on Moments is an error under WeChat's rule, and a reward that is not a draw is a warning on Weibo.
    assert.equal(run('转发+评论，揪一位宝宝送同款香薰。', 'moments')[0]!.severity, 'error');
    assert.equal(run('转发后截图私信，即可领取10元话费。')[0]!.severity, 'warning');
  });

  it('cites Xiaohongshu’s own rule for likes, saves and follows there', () => {
    const [f] = run('点赞收藏过千，抽一位宝子送整套教程PDF📚', 'xiaohongshu');
    assert.equal(f!.severity, 'warning');
    assert.match(f!.source!, /小红书《品牌号社区运营规范》/);
  });

  it('finds the call and the lottery when a Weibo post puts them in different sentences', () => {
    const text = '还有15小时，又来一次抽奖了。有意思的朋友继续转发。虽然礼物不大，但都包邮。';
    assert.deepEqual(words(text), ['继续转发']);
    // Not across a repost chain: the lottery is someone else's post.
    assert.deepEqual(words('继续转发。//@小王:上次抽奖我中了一个杯子'), []);
  });

  it('catches pressure: threats, blessings and curses, chain letters, exaggeration', () => {
    assert.deepEqual(words('不转不是中国人！'), ['不转不是中国人']);
    assert.deepEqual(words('这样的好老师不转就是冷血。'), ['不转就是冷血']);
    assert.deepEqual(words('转发这条消息的人一生平安、好运连连，不转的人三年不顺。', 'moments'), ['转发这条消息的人一生平安、好运连连', '不转的人三年不顺']);
    assert.deepEqual(words('转给你爱的人，保佑TA一生平安。', 'moments'), ['转给你爱的人，保佑TA一生平安']);
    assert.deepEqual(words('看到这条的请马上转发，不然你会后悔！'), ['看到这条的请马上转发', '不然你会后悔']);
    assert.deepEqual(words('全网都转疯了！必转！'), ['全网都转疯了', '必转']);
    assert.deepEqual(words('是中国人就转起来！一定要转给家里的老人！'), ['是中国人就转起来', '一定要转给家里的老人']);
    assert.deepEqual(words('转发这条锦鲤，下个月必定暴富🐟'), ['转发这条锦鲤，下个月必定暴富']);
    assert.equal(run('不转不是中国人！', 'moments')[0]!.message, '用胁迫或夸张的话逼人转发「不转不是中国人」');
    assert.match(run('不转不是中国人！')[0]!.source!, /胁迫、煽动用户分享/);
  });

  it('offers to delete a pressure clause only when what is left still reads', () => {
    const fixed = (text: string) => applyFixes(text, run(text)).text;
    assert.equal(fixed('好消息！不转不是中国人！今天开业。'), '好消息！今天开业。');
    assert.equal(fixed('快来看，转发后一生平安。'), '快来看。');
    assert.equal(fixed('请好心人转发一下，孩子在公园走丢了。'), '孩子在公园走丢了。');
    assert.equal(run('好消息！不转不是中国人！')[0]!.fixes[0]!.title, '删除这一句');
    // A purpose or condition clause leans on it: deleting would leave half a sentence.
    for (const text of ['看到请转发，让更多家长知道！', '为了孩子，请大家务必转发扩散！！！', '他说不转不是中国人吗']) {
      assert.deepEqual(run(text)[0]!.fixes, [], text);
    }
  });

  it('reads through evasive spellings and says so', () => {
    for (const [text, phrase] of [
      ['转*发+关注，抽2位宝送面膜。', '转*发+关注，抽2位'],
      ['zhuan发这条，抽一人送奶茶券。', 'zhuan发这条，抽一人'],
      ['砖发这条微博抽一位送蓝牙音箱。', '砖发这条微博抽一位'],
      ['轉發本條微博並關注，抽三位送精美禮盒。', '轉發本條微博並關注，抽三位'],
      ['分-享到朋友圈截图领5元红包。', '分-享到朋友圈截图领5元'],
      ['不 转 不 是 中 国 人', '不 转 不 是 中 国 人'],
    ]) {
      const [f] = run(text!);
      assert.equal(text!.slice(f!.start, f!.end), phrase, text);
      assert.match(f!.message, /平台和监管照样认得出/, text);
    }
    assert.doesNotMatch(run('转发本条，抽一人送奶茶券。')[0]!.message, /认得出/);
  });

  it('leaves ordinary sharing, thanks, results, news and the ordinary senses alone', () => {
    for (const text of [
      '转发微博',
      '//@阿琳: 转发微博',
      '我把这首歌分享到朋友圈了',
      '分享一下今天的晚餐～',
      '分享一群用苏州话聊天的老大爷',
      '欢迎转发，转载请注明出处。',
      '谢谢大家的转推，已经找到主人了！',
      '帮忙转发扩散，寻找走失的老人',
      '求转发！小狗走丢了',
      '我转发了这条抽奖，希望中奖',
      '本次抽奖已结束，中奖名单见图。',
      '恭喜@小米 获得转发活动的奖品',
      '我上周参加转发抽奖中了一个保温杯',
      '感谢大家转发，已经送出全部奖品',
      '全场买一送一，周末两天有效。',
      '活动规则：凭购物小票参与抽奖，每张小票限抽一次。',
      '注册即送10元体验金。',
      '就使用我的邀请码njxxwx下载并登录手机营业厅',
      '市场监管局提醒：集赞换礼品的活动要看清规则，',
      '“不转不是中国人”这种标题真的很让人反感。',
      '我妈又把“转发保平安”的消息发到家族群了',
      '我们店不搞集赞送菜那一套，菜好吃自然有人来。',
      '不需要转发，也不需要集赞，直接到店就能领。',
      '给你们点赞，辛苦了！',
      '这条裙子的垂感很赞，送你们小红花',
      '我们在收集赞美的句子',
      '为活动募集赞助',
      '转不转不是重点',
      '势必转向新能源',
      '一定要转告你家孩子，注意安全',
      '祝大家新年平安、好运连连！',
      '@平安中原 转发：请市民注意出行安全',
      '这个话题引起关注，获得了很多好评',
      '圈出纤细腰身，送你一份好心情',
      '签到送红包，抽彩电！',
      '助力中国女排，加油！',
      '砍价砍了半天老板才便宜五块钱',
      '朋友们纷纷晒出年夜饭，可以获得好多赞',
      '发微博吐槽完，就能领到退款了吗',
      '评论区抽奖的结果出来了',
      '今天发博好累，明天再抽空写',
      '关注我们的公众号还有更多惊喜优惠哦',
    ]) {
      assert.deepEqual(words(text), [], text);
    }
  });

  it('honours the allow list and extra words from config', () => {
    const config = { rules: { 'induced-sharing': { options: { words: ['转发领奖'] } } }, allow: ['集赞'], deny: [] };
    assert.deepEqual(
      lint('集赞活动，转发领奖', { rules: RULES, config }).findings.map((f) => f.message),
      ['诱导分享「转发领奖」'],
    );
  });

  it('speaks English when asked', () => {
    const [f] = lint('转发本条，即可领取小样', { rules: RULES, locale: 'en' }).findings;
    assert.equal(f!.message, '“转发本条，即可领取” trades a reward for reposts: induced sharing');
  });
});
