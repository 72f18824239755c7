import type { TextToken } from './token';
import { eachMatch, rememberLast } from './token';

/**
 * Emoji as a reader sees them: one token per displayed emoji, however many code points it
 * takes. Follows the shape of an emoji sequence in Unicode TS #51 §1.4.9 ("possible emoji"):
 *
 *   element   := keycap | flag | tag sequence | pictograph (U+FE0F | U+FE0E)? modifier?
 *   sequence  := element (ZWJ element)*
 *
 * keycap = `[0-9#*]` U+FE0F? U+20E3; flag = two regional indicators; tag sequence = U+1F3F4
 * with tag characters (🏴󠁧󠁢󠁳󠁣󠁴󠁿); modifier = a skin tone U+1F3FB–1F3FF.
 *
 * A lone pictograph whose default presentation is text (©, ™, ☀, ♥ …) counts only when it asks
 * for emoji presentation with U+FE0F, carries a skin tone or is part of a ZWJ sequence: in Chinese
 * posts ©, ™ and ☀ without U+FE0F are typographic symbols, not emoji. Likewise a digit is
 * an emoji only as a keycap.
 */
const ELEMENT =
  String.raw`(?:[#*0-9]\uFE0F?\u20E3` +
  String.raw`|\p{Regional_Indicator}{2}` +
  String.raw`|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}` +
  String.raw`|\p{Extended_Pictographic}[\uFE0F\uFE0E]?\p{Emoji_Modifier}?` +
  String.raw`|\p{Emoji_Modifier})`;
const SEQUENCE = new RegExp(`${ELEMENT}(?:\\u200D${ELEMENT})*`, 'gu');

const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}/u;
const FORCES_EMOJI = /\uFE0F|\u200D|\u20E3|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u{E007F}/u;

/**
 * Code units that every emoji sequence holds at least one of: a surrogate (every emoji outside
 * the BMP, skin tones, flags, tags), the keycap mark, or one of the few Extended_Pictographic
 * characters of the BMP (©, ®, U+203C–2BFF, 〰, 〽, ㊗, ㊙). Text without any is emoji-free,
 * which is most Chinese prose: it skips the Unicode-property expression. test/unit/text-emoji
 * checks the list against every BMP code point.
 */
export const MAY_HOLD_EMOJI = /[\u00a9\u00ae\u203c-\u2bff\u3030\u303d\u3297\u3299\ud800-\udfff]/;

/** Every emoji in the text, in order. */
export function findEmoji(text: string): TextToken[] {
  return MAY_HOLD_EMOJI.test(text) ? emojiOf(text, '') : [];
}

const emojiOf = rememberLast(emoji);

function emoji(text: string): TextToken[] {
  const out: TextToken[] = [];
  eachMatch(SEQUENCE, text, (m) => {
    const s = m[0];
    if (isEmojiSequence(s)) out.push({ start: m.index, end: m.index + s.length, text: s });
  });
  return out;
}

function isEmojiSequence(s: string): boolean {
  if (FORCES_EMOJI.test(s)) return true;
  // U+FE0E asks for the text form: ☎︎ is a symbol, not an emoji.
  if (s.includes('\uFE0E')) return false;
  return EMOJI_PRESENTATION.test(s);
}

/** How many emoji the text shows. */
export function countEmoji(text: string): number {
  return findEmoji(text).length;
}
