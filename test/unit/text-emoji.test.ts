import { strict as assert } from 'node:assert';
import { countEmoji, findEmoji } from '../../src/core/text';

const texts = (s: string) => findEmoji(s).map((t) => t.text);

describe('text: findEmoji', () => {
  it('finds plain emoji with their UTF-16 ranges', () => {
    assert.deepEqual(findEmoji('好吃😋真的'), [{ start: 2, end: 4, text: '😋' }]);
  });
  it('keeps a skin tone with its emoji', () => {
    assert.deepEqual(texts('点赞👍🏽👍'), ['👍🏽', '👍']);
  });
  it('takes a ZWJ sequence as one emoji', () => {
    assert.deepEqual(texts('一家人👨‍👩‍👧‍👦，程序员🧑🏻‍💻，彩虹旗🏳️‍🌈，❤️‍🔥'), ['👨‍👩‍👧‍👦', '🧑🏻‍💻', '🏳️‍🌈', '❤️‍🔥']);
  });
  it('pairs regional indicators into flags and leaves a lone one alone', () => {
    assert.deepEqual(texts('🇨🇳🇯🇵'), ['🇨🇳', '🇯🇵']);
    assert.deepEqual(texts('🇨'), []);
  });
  it('reads keycaps and tag-sequence flags', () => {
    assert.deepEqual(texts('第1️⃣步 #⃣ 🏴󠁧󠁢󠁳󠁣󠁴󠁿'), ['1️⃣', '#⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿']);
  });
  it('counts text-style symbols only when they ask for emoji presentation', () => {
    assert.deepEqual(texts('©2024 ™ ☀ ❤ ★☆♪✔ 123 #话题#'), []);
    assert.deepEqual(texts('©️ ☀️ ❤️ ✨✅⭐'), ['©️', '☀️', '❤️', '✨', '✅', '⭐']);
    assert.deepEqual(texts('☎︎'), [], 'U+FE0E asks for the text form');
  });
  it('counts', () => {
    assert.equal(countEmoji('🎉🎉 好消息 🎁'), 3);
    assert.equal(countEmoji(''), 0);
  });
});
