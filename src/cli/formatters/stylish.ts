import type { Finding, Severity } from '../../core/types';
import { platformProfile } from '../../core/platforms';
import type { LintedFile, StreamingFormatter } from './types';
import { wholeReport } from './types';
import { displayWidth, padEnd } from './width';

const ANSI = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  underline: '\x1b[4m',
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  blue: '\x1b[34m',
};

/** Messages wider than this (terminal columns) are not padded to, nor padded. */
const MAX_ALIGNED_MESSAGE = 80;

const SEVERITY_COLOUR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue };

/**
 * ESLint's stylish layout: a header per file with problems (with the platform and its count),
 * one aligned row per finding — `line:col  severity  message  rule` — and a summary. Files
 * without findings print nothing, so a clean run is silent.
 */
export function createStylishReport(): StreamingFormatter {
  return {
    begin: () => '',
    *file(file, { messages: m, locale, color }) {
      const findings = file.result.findings;
      if (findings.length === 0) return;
      const paint = painter(color);
      const { count } = file.result;
      const profile = platformProfile(file.result.platform);
      const measured = `${profile.name[locale]} ${count.length}${count.limit !== null ? `/${count.limit}` : ''} ${m.unit(count.unit)}`;
      yield `\n${paint(ANSI.underline, file.display)}  ${paint(ANSI.dim, measured)}\n`;

      // The columns are as wide as their widest cell, so the rows are read twice (widths, then
      // text) instead of held: a draft can have hundreds of thousands of them. Loops, not
      // Math.max(...cells): a spread passes every cell as an argument, and past about 100,000
      // arguments that overflows the stack.
      let posWidth = 0;
      let labelWidth = 0;
      // A very long message (ad-density's breakdown) would push every rule id far right: align on the others.
      let messageWidth = 0;
      for (const f of findings) {
        posWidth = Math.max(posWidth, positionOf(file, f).length);
        labelWidth = Math.max(labelWidth, displayWidth(m.severity[f.severity]));
        const width = displayWidth(oneLine(f.message));
        if (width <= MAX_ALIGNED_MESSAGE) messageWidth = Math.max(messageWidth, width);
      }
      for (const f of findings) {
        yield `  ${paint(ANSI.dim, positionOf(file, f).padEnd(posWidth))}  ${paint(SEVERITY_COLOUR[f.severity], padEnd(m.severity[f.severity], labelWidth))}  ${padEnd(oneLine(f.message), messageWidth)}  ${paint(ANSI.dim, f.rule)}\n`;
      }
    },
    end(t, { messages: m, color }) {
      const total = t.errors + t.warnings + t.infos;
      if (total === 0) return '';
      const paint = painter(color);
      const colour = t.errors ? ANSI.red : t.warnings ? ANSI.yellow : ANSI.blue;
      let out = `\n${paint(colour + ANSI.bold, m.summary(total, t.errors, t.warnings, t.infos))}\n`;
      const { errors, warnings, infos } = t.fixable;
      if (errors + warnings + infos > 0) out += `${paint(colour + ANSI.bold, m.fixable(errors, warnings, infos))}\n`;
      return `${out}\n`;
    },
  };
}

export const stylish = wholeReport(createStylishReport);

function positionOf(file: LintedFile, finding: Finding): string {
  const { line, column } = file.range(finding);
  return `${line}:${column}`;
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

function painter(color: boolean): (code: string, text: string) => string {
  return color ? (code, text) => `${code}${text}${ANSI.reset}` : (_code, text) => text;
}
