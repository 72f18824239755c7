// "Allow this word in this workspace": adds a phrase to `allow` in `.postlintrc.json` with the
// smallest possible text edit, so the user's own formatting, key order and everything else in
// the file stay exactly as they were. No `vscode` here: the unit tests check the text.

import { type FormattingOptions, modify, parseTree, findNodeAtLocation, type ParseError, printParseErrorCode } from 'jsonc-parser';

export interface AllowEdit {
  /** Replace `[offset, offset + length)` of the config text with `content`. */
  edits: Array<{ offset: number; length: number; content: string }>;
}

export type AllowResult =
  | { kind: 'edit'; edit: AllowEdit }
  /** The phrase is in `allow` already. */
  | { kind: 'present' }
  /** The file cannot be edited safely: not JSON, not an object, or `allow` is not an array. */
  | { kind: 'refused'; reason: 'invalid-json' | 'not-an-object' | 'allow-not-an-array'; detail?: string };

/** The whole text of a new config file allowing `word`. */
export function newConfigText(word: string): string {
  return `${JSON.stringify({ allow: [word] }, null, 2)}\n`;
}

/**
 * The edit that adds `word` to the `allow` array of an existing config text, creating the
 * array when the file has none. The file must be valid JSON (what Postlint itself accepts):
 * anything else is refused rather than rewritten, so a user's half-edited config is never lost.
 */
export function addAllowedWord(configText: string, word: string): AllowResult {
  if (configText.trim() === '') {
    return { kind: 'edit', edit: { edits: [{ offset: 0, length: configText.length, content: newConfigText(word) }] } };
  }
  const errors: ParseError[] = [];
  const root = parseTree(configText, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const detail = first ? `${printParseErrorCode(first.error)} @ ${first.offset}` : undefined;
    return { kind: 'refused', reason: 'invalid-json', detail };
  }
  if (root.type !== 'object') return { kind: 'refused', reason: 'not-an-object' };

  const allow = findNodeAtLocation(root, ['allow']);
  if (allow && allow.type !== 'array') return { kind: 'refused', reason: 'allow-not-an-array' };
  if (allow?.children?.some((item) => item.type === 'string' && item.value === word)) return { kind: 'present' };

  const options = { formattingOptions: formattingOf(configText) };
  const edits = allow
    ? modify(configText, ['allow', allow.children?.length ?? 0], word, { ...options, isArrayInsertion: true })
    : modify(configText, ['allow'], [word], options);
  return { kind: 'edit', edit: { edits } };
}

/** The indentation and line ending the file already uses, for the text jsonc-parser inserts. */
export function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  const insertSpaces = !indent.startsWith('\t');
  return { insertSpaces, tabSize: insertSpaces ? indent.length : 4, eol };
}

export function applyAllowEdit(text: string, edit: AllowEdit): string {
  let out = text;
  for (const e of [...edit.edits].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  }
  return out;
}
