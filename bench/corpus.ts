import { existsSync } from 'node:fs';
import { readAdTexts, readLabelled, readWeiboPosts, SHARED_DATA, SMS_FILE } from './shared-data';

/** A draft of the benchmark corpus: its text and the file name that sets its platform. */
export interface BenchDraft {
  name: string;
  text: string;
}

/**
 * About `targetBytes` (UTF-8) of realistic drafts. From ../shared/data when it is there (real
 * Weibo posts, real e-commerce ad copy, real SMS), otherwise generated from a fixed phrase
 * pool with a fixed seed, so every run measures the same text.
 */
export function buildCorpus(targetBytes = 1024 * 1024): { drafts: BenchDraft[]; origin: string } {
  const real = existsSync(SHARED_DATA) ? realDrafts() : null;
  const pool = real ?? generatedDrafts(targetBytes);
  const drafts: BenchDraft[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes && pool.length > 0; i++) {
    const d = pool[i % pool.length]!;
    const name = `${String(i).padStart(5, '0')}-${d.name}`;
    drafts.push({ name, text: d.text });
    bytes += Buffer.byteLength(d.text);
  }
  return { drafts, origin: real ? `real text from ${SHARED_DATA}` : 'generated text (../shared/data absent)' };
}

function realDrafts(): BenchDraft[] {
  const out: BenchDraft[] = [];
  const weibo = readWeiboPosts();
  const ads = readAdTexts();
  const sms = readLabelled(SMS_FILE).map((r) => r.text);
  // Interleave the three sources so any prefix of the corpus has all three kinds of text. The
  // first ad is left out, as it always was, so the corpus stays the same from one revision to
  // the next.
  const n = Math.max(weibo.length, ads.length - 1, sms.length);
  for (let i = 0; i < n; i++) {
    if (weibo[i]) out.push({ name: 'post.weibo', text: weibo[i]! });
    const ad = ads[i + 1];
    if (ad) out.push({ name: i % 2 ? 'ad.xhs' : 'ad.moments', text: i % 2 ? `---\ntitle: 新品推荐\n---\n${ad}` : ad });
    if (sms[i]) out.push({ name: 'sms.post', text: sms[i]! });
  }
  return out;
}

const OPENERS = ['今天终于收到了', '姐妹们冲！', '周末和朋友去了', '尊敬的客户：', '新品上市，', '说真的，', '【限时福利】', '分享一个小技巧：'];
const MIDDLES = [
  '这款面霜是我用过最好的，质地轻薄不油腻',
  '全网最低价，仅此一次，手慢无',
  '味道还不错，最近常去',
  '扫码加微信领取优惠券，满199减50',
  '第一次来这家店，服务很贴心',
  '国家级品质，根治干皮，100%有效',
  '转发集赞送小样，分享到朋友圈即可领取',
  '阳光很好，适合出去走走[太开心]',
  '点击链接 https://example.com/shop?id=123 立即购买！！！',
  '@小红 @小蓝 一起来 #周末去哪儿#',
];
const CLOSERS = ['你们觉得呢？', '赶紧下单吧！！！', '特此通知。', '爱了爱了😍😍', '欢迎留言聊聊～', '敬请关注。'];

function generatedDrafts(targetBytes: number): BenchDraft[] {
  let seed = 20261123;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const names = ['post.weibo', 'ad.moments', 'note.xhs', 'draft.post'];
  const out: BenchDraft[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const parts = [OPENERS[next(OPENERS.length)]!];
    for (let k = 1 + next(4); k > 0; k--) parts.push(MIDDLES[next(MIDDLES.length)]!);
    parts.push(CLOSERS[next(CLOSERS.length)]!);
    const text = parts.join('，');
    out.push({ name: names[next(names.length)]!, text });
    bytes += Buffer.byteLength(text);
  }
  return out;
}

/** One document of about `chars` UTF-16 units made of corpus drafts, for single-draft timings. */
export function draftOfLength(drafts: readonly BenchDraft[], chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += drafts[i % drafts.length]!.text.replace(/^---[\s\S]*?---\n/, '') + '\n';
  return asRead(text.slice(0, chars));
}

/**
 * The text as the CLI (decoding a file) or the editor (`getText()`) hands it to the core: one
 * flat string. In V8 a string cut from a longer one with `slice` stays a view into it, and
 * every character read goes through the view: a 1 MB document measured that way costs about
 * 40 % more than the same text read from a file.
 */
export function asRead(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
