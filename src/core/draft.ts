import { DEFAULT_PLATFORM, PLATFORM_IDS, PLATFORMS } from './platforms';
import type { Draft, FrontMatter, FrontMatterField, PlatformId, TextSpan } from './types';

/**
 * How drafts name their platform, from the profiles (platforms/): each id and alias (front
 * matter `platform:`, `--platform`), each file ending. Built on first use.
 */
let byName: Map<string, PlatformId> | undefined;
let byEnding: Map<string, PlatformId> | undefined;

function platformNames(): Map<string, PlatformId> {
  return (byName ??= new Map(PLATFORM_IDS.flatMap((id) => [[id, id] as const, ...PLATFORMS[id].aliases.map((a) => [a.toLowerCase(), id] as const)])));
}

function platformEndings(): Map<string, PlatformId> {
  return (byEnding ??= new Map(PLATFORM_IDS.flatMap((id) => PLATFORMS[id].fileEndings.map((e) => [e.toLowerCase(), id] as const))));
}

/** The file endings of drafts: `.post`, which names no platform, and each platform's own (DESIGN.md §1). */
export const DRAFT_FILE_ENDINGS: readonly string[] = ['.post', ...PLATFORM_IDS.flatMap((id) => PLATFORMS[id].fileEndings)];

export function platformFromName(name: string | undefined | null): PlatformId | null {
  if (!name) return null;
  return platformNames().get(name.trim().toLowerCase()) ?? null;
}

export function platformFromFileName(fileName: string | undefined): PlatformId | null {
  if (!fileName) return null;
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  return platformEndings().get(fileName.slice(dot).toLowerCase()) ?? null;
}

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}

export interface ParseDraftOptions {
  fileName?: string;
  /** Forced platform (CLI `--platform`, the preview's "Preview as …"); beats front matter. */
  platform?: PlatformId;
  /** Used when neither front matter nor file ending names a platform. */
  defaultPlatform?: PlatformId;
}

/**
 * The front matter is YAML-like `key: value` lines between two `---` lines at the very top
 * (a BOM before it is allowed). Only flat string values are understood; anything else on a
 * line is kept verbatim as the value so that nothing the writer typed is lost or misread.
 */
export function parseFrontMatter(text: string): FrontMatter | null {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = lineEnd(text, pos);
  if (text.slice(pos, firstEnd).trimEnd() !== '---') return null;
  const fields = new Map<string, FrontMatterField>();
  let line = 1;
  pos = nextLineStart(text, firstEnd);
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    const content = text.slice(pos, end);
    if (content.trimEnd() === '---') {
      return { fields, start: 0, end: nextLineStart(text, end) };
    }
    const colon = content.indexOf(':');
    if (colon > 0) {
      const key = content.slice(0, colon).trim().toLowerCase();
      let valueStart = colon + 1;
      while (valueStart < content.length && (content[valueStart] === ' ' || content[valueStart] === '\t')) valueStart++;
      let valueEnd = content.length;
      while (valueEnd > valueStart && /\s/.test(content[valueEnd - 1]!)) valueEnd--;
      let value = content.slice(valueStart, valueEnd);
      let start = pos + valueStart;
      let stop = pos + valueEnd;
      const quote = value[0];
      if (value.length >= 2 && (quote === '"' || quote === "'") && value[value.length - 1] === quote) {
        value = value.slice(1, -1);
        start += 1;
        stop -= 1;
      }
      if (key && !fields.has(key)) fields.set(key, { key, value, start, end: stop, line });
    }
    line++;
    pos = nextLineStart(text, end);
  }
  // An opening `---` without a closing one is not front matter: the text is all body.
  return null;
}

/** Offset of the line break (`\n` or `\r`) that ends the line holding `from`, or the text's length. */
export function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function nextLineStart(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return end < text.length ? end + 1 : end;
}

export function parseDraft(text: string, options: ParseDraftOptions = {}): Draft {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body: TextSpan = { text: text.slice(bodyStart), start: bodyStart };
  const field = (key: string) => frontMatter?.fields.get(key) ?? null;

  let platform: PlatformId;
  let platformSource: Draft['platformSource'];
  const fromFront = platformFromName(field('platform')?.value);
  const fromFile = platformFromFileName(options.fileName);
  if (options.platform) {
    platform = options.platform;
    platformSource = 'option';
  } else if (fromFront) {
    platform = fromFront;
    platformSource = 'front-matter';
  } else if (fromFile) {
    platform = fromFile;
    platformSource = 'file-extension';
  } else {
    platform = options.defaultPlatform ?? DEFAULT_PLATFORM;
    platformSource = 'default';
  }

  const titleField = field('title');
  const title: TextSpan | null = titleField ? { text: titleField.value, start: titleField.start } : null;
  const imagesValue = field('images')?.value;
  const images = imagesValue !== undefined && /^\d{1,4}$/.test(imagesValue) ? Number(imagesValue) : null;

  return {
    text,
    frontMatter,
    body,
    title,
    platform,
    platformSource,
    images,
    author: field('author')?.value || null,
    product: field('product')?.value.toLowerCase() || null,
  };
}
