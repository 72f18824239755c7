import type { WordList } from './types';

/**
 * Ways of addressing the reader as an equal: 你/你们, the shop talk 亲, and the group
 * addresses of social media (大家、小伙伴、姐妹们、家人们). The polite 您 is left out on
 * purpose: it keeps a respectful distance and is the pronoun of notices (尊敬的客户，您好),
 * which is what "对等的语气、平易的字眼、亲切的口吻" asks copy to avoid.
 *
 * Source: the marketing view in shared/DESIGN.md ("对等的语气、平易的字眼、亲切的口吻");
 * Postlint heuristic.
 */
export const SECOND_PERSON: WordList = {
  id: 'tone/second-person',
  source: 'DESIGN.md: 对等的语气、平易的字眼、亲切的口吻; Postlint heuristic',
  entries: [
    ...['你', '你们', '大家', '小伙伴', '朋友们', '姐妹们', '家人们', '宝子们', '亲爱的', '亲们'].map((word) => ({ word })),
    // 亲 as an address only when it stands alone (亲，亲~), not in 父亲、亲自、相亲.
    ...['亲,', '亲~', '亲!', '亲。'].map((word) => ({ word })),
    // Not addresses: 迷你 (mini), 大家电 (large appliances), 大家庭 (a big family).
    ...['迷你', '大家电', '大家庭'].map((word) => ({ word, exempt: true })),
  ],
};

/** 我们/咱们: the writer standing with the reader (or speaking as a team, not as 本公司). */
export const FIRST_PERSON_PLURAL: WordList = {
  id: 'tone/first-person-plural',
  source: 'DESIGN.md (officialese: suggest 你/我们); Postlint heuristic',
  entries: ['我们', '咱们'].map((word) => ({ word })),
};
