import { strict as assert } from 'node:assert';
import { lint } from '../../src/core/engine';
import { applyFixes } from '../../src/core/fixes';
import { inducedSharing } from '../../src/core/rules/induced-sharing';
import type { PlatformId } from '../../src/core/types';

const RULES = [inducedSharing];
const run = (text: string, platform: PlatformId = 'weibo') => lint(text, { platform, rules: RULES }).findings;
const words = (text: string, platform?: PlatformId) => run(text, platform).map((f) => text.slice(f.start, f.end));

describe('rule: induced-sharing', () => {
  it('flags rewards for sharing with exact ranges, message, reason and source', () => {
    const text = '新品上市！转发集赞即可领取小样。';
    const [f, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.deepEqual([f!.rule, f!.start, f!.end, f!.severity], ['induced-sharing', 5, 9, 'warning']);
    assert.match(f!.message, /以奖励换转发「转发集赞」/);
    assert.match(f!.reason!, /微信禁止/);
    assert.match(f!.source!, /微信外部链接内容管理规范/);
    // The phrase is part of a longer clause: no deletion is offered.
    assert.deepEqual(f!.fixes, []);
  });

  it('is an error on Moments and a warning elsewhere', () => {
    const text = '不转不是中国人！';
    assert.equal(run(text, 'moments')[0]!.severity, 'error');
    assert.equal(run(text, 'xiaohongshu')[0]!.severity, 'warning');
    assert.equal(inducedSharing.severityFor!({ platform: 'moments' } as never), 'error');
  });

  it('catches pressure, quotas, likes, assists and prompts', () => {
    const text = '转发后一生平安。转发到3个群，集满28个赞送面膜，帮我砍一刀，记得分享到朋友圈吧，看完必转！';
    assert.deepEqual(words(text), ['转发后一生平安', '转发到3个群', '集满28个赞', '帮我砍一刀', '记得分享到朋友圈吧', '必转']);
  });

  it('catches a share-then-reward condition written with a gap', () => {
    assert.deepEqual(words('分享到朋友圈后截图即可领取优惠券'), ['分享到朋友圈后截图即可领取']);
    assert.deepEqual(words('分享给5位好友即可免费试用'), ['分享给5位好友即可']);
  });

  it('offers to delete pressure that stands as its own sentence, and nothing else', () => {
    const text = '好消息！不转不是中国人！今天开业。';
    const [f] = run(text);
    assert.equal(f!.fixes[0]!.title, '删除这一句');
    assert.equal(applyFixes(text, run(text)).text, '好消息！今天开业。');
    assert.deepEqual(run('他说不转不是中国人吗')[0]!.fixes, []);
  });

  it('treats a Weibo repost lottery as information, with Weibo’s own rule', () => {
    const [f] = run('转发抽奖！关注并转发本条，周五开奖');
    assert.equal(f!.severity, 'info');
    assert.match(f!.message, /微博允许有奖转发/);
    assert.match(f!.source!, /微博商业行为规范办法/);
    assert.equal(run('转发抽奖！', 'moments')[0]!.severity, 'error');
  });

  it('leaves ordinary sharing and reposting alone', () => {
    for (const text of [
      '转发微博',
      '我把这首歌分享到朋友圈了',
      '分享一群用苏州话聊天的老大爷',
      '今天分享给3个朋友听了这个故事',
      '我们在收集赞美的句子',
      '为活动募集赞助',
      '转不转不是重点',
      '势必转向新能源',
      '帮忙转发扩散，寻找走失的老人',
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
    const [f] = lint('转发集赞', { rules: RULES, locale: 'en' }).findings;
    assert.match(f!.message, /trades a reward for a share/);
  });
});
