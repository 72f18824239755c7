import type { Severity } from '../../core/types';
import { platformProfile } from '../../core/platforms';
import type { StreamingFormatter } from './types';
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
    file(file, { messages: m, locale, color }) {
      const findings = file.result.findings;
      if (findings.length === 0) return '';
      const paint = painter(color);
      const { count } = file.result;
      const profile = platformProfile(file.result.platform);
      const measured = `${profile.name[locale]} ${count.length}${count.limit !== null ? `/${count.limit}` : ''} ${m.unit(count.unit)}`;
      let out = `\n${paint(ANSI.underline, file.display)}  ${paint(ANSI.dim, measured)}\n`;

      const rows = findings.map((f) => {
        const { line, column } = file.range(f);
        return { pos: `${line}:${column}`, severity: f.severity, label: m.severity[f.severity], message: f.message.replace(/\s*[\r\n]+\s*/g, ' '), rule: f.rule };
      });
      const posWidth = Math.max(...rows.map((r) => r.pos.length));
      const labelWidth = Math.max(...rows.map((r) => displayWidth(r.label)));
      // A very long message (ad-density's breakdown) would push every rule id far right: align on the others.
      const messageWidth = Math.max(0, ...rows.map((r) => displayWidth(r.message)).filter((w) => w <= MAX_ALIGNED_MESSAGE));
      for (const r of rows) {
        out += `  ${paint(ANSI.dim, r.pos.padEnd(posWidth))}  ${paint(SEVERITY_COLOUR[r.severity], padEnd(r.label, labelWidth))}  ${padEnd(r.message, messageWidth)}  ${paint(ANSI.dim, r.rule)}\n`;
      }
      return out;
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

function painter(color: boolean): (code: string, text: string) => string {
  return color ? (code, text) => `${code}${text}${ANSI.reset}` : (_code, text) => text;
}
