// Data for the preview card (card.ts): the emoji that stands in for a platform's picture
// emoticon, so a `[哈哈]` code reads as a face.

/**
 * Emoji for common emoticon codes, so `[哈哈]` reads as a face instead of a bracketed word. The
 * codes are the names Weibo, WeChat and Xiaohongshu give their picture emoticons (Xiaohongshu
 * suffixes them with R or H: `[笑哭R]`); which emoji stands in for each picture is our own
 * choice. A code not in this table is drawn as a chip with its name.
 */
const EMOTICON_EMOJI: Readonly<Record<string, string>> = {
  // Weibo
  微笑: '🙂', 嘻嘻: '😁', 哈哈: '😄', 爱你: '😍', 挖鼻: '😏', 吃惊: '😲', 晕: '😵', 泪: '😢',
  馋嘴: '🤤', 抓狂: '😫', 哼: '😤', 可爱: '😊', 怒: '😠', 汗: '😓', 害羞: '😳', 睡: '😴',
  钱: '🤑', 偷笑: '🤭', 笑cry: '😂', doge: '🐶', 喵喵: '🐱', 二哈: '🐺', 酷: '😎', 衰: '😞',
  闭嘴: '🤐', 鄙视: '😒', 色: '😍', 花心: '😍', 鼓掌: '👏', 悲伤: '😢', 思考: '🤔', 生病: '🤒',
  亲亲: '😘', 怒骂: '🤬', 太开心: '😆', 白眼: '🙄', 嘘: '🤫', 委屈: '🥺', 吐: '🤮', 可怜: '🥺',
  打哈欠: '🥱', 挤眼: '😉', 失望: '😞', 疑问: '❓', 困: '😪', 感冒: '😷', 拜拜: '👋', 黑线: '😑',
  阴险: '😏', 心: '❤️', 伤心: '💔', 猪头: '🐷', 熊猫: '🐼', 兔子: '🐰', 握手: '🤝', 作揖: '🙏',
  赞: '👍', 耶: '✌️', good: '👍', 弱: '👎', NO: '🙅', ok: '👌', 拳头: '✊', 蛋糕: '🎂', 礼物: '🎁',
  鲜花: '🌹', 太阳: '☀️', 月亮: '🌙', 给力: '💪', 围观: '👀', 蜡烛: '🕯️', 干杯: '🍻', 咖啡: '☕',
  音乐: '🎵', 话筒: '🎤', 微风: '🍃', 浮云: '☁️', 下雨: '🌧️', 钟: '⏰', 允悲: '🥲', 费解: '😕',
  憧憬: '🤩', 哇: '😮', 吃瓜: '🍉', 打call: '📣', 坏笑: '😏', 跪了: '🧎', 笑而不语: '😌', 飞机: '✈️',
  // WeChat
  撇嘴: '😕', 发呆: '😳', 得意: '😎', 流泪: '😭', 大哭: '😭', 尴尬: '😅', 发怒: '😡', 调皮: '😜',
  呲牙: '😁', 惊讶: '😲', 难过: '🙁', 愉快: '😊', 惊恐: '😱', 憨笑: '😄', 咒骂: '🤬', 骷髅: '💀',
  再见: '👋', 擦汗: '😓', 快哭了: '🥺', 笑脸: '😄', 脸红: '😳', 破涕为笑: '😂', 恐惧: '😨', 无语: '😶',
  捂脸: '🤦', 皱眉: '😟', 加油: '💪', 天啊: '😱', 旺柴: '🐶', 好的: '👌', 翻白眼: '🙄', 让我看看: '👀',
  叹气: '😮‍💨', 苦涩: '😣', 嘴唇: '💋', 爱心: '❤️', 心碎: '💔', 拥抱: '🤗', 强: '👍', 胜利: '✌️',
  抱拳: '🙏', OK: '👌', 合十: '🙏', 啤酒: '🍺', 玫瑰: '🌹', 凋谢: '🥀', 菜刀: '🔪', 炸弹: '💣',
  便便: '💩', 庆祝: '🎉', 红包: '🧧', 福: '🧧', 烟花: '🎆', 爆竹: '🧨',
  // Xiaohongshu (without the R/H suffix)
  大笑: '😆', 笑哭: '😂', 飞吻: '😘', 石化: '🗿', 暗中观察: '👀', 买爆: '🛍️', 色色: '😍', 生气: '😠',
  哭惹: '😭', 萌萌哒: '🥰', 斜眼: '😒', 派对: '🥳', 睡觉: '😴', 自拍: '🤳', 喝奶茶: '🧋', 汗颜: '😓',
  黑薯问号: '❓', 吐舌头: '😛',
};

/** The emoji for an emoticon code's name, or null when we have none. */
export function emoticonEmoji(name: string): string | null {
  const direct = EMOTICON_EMOJI[name];
  if (direct !== undefined) return direct;
  // Xiaohongshu's codes end in R (or H for a newer set): `[笑哭R]`.
  if (name.length > 1 && /[RH]$/.test(name) && /\p{Script=Han}/u.test(name)) return EMOTICON_EMOJI[name.slice(0, -1)] ?? null;
  return null;
}

