/**
 * The body with Postlint's own control comments (`<!-- postlint-… -->`, `# postlint-…` lines)
 * blanked to spaces of the same length, so offsets stay valid and the comments count nowhere.
 */
export function blankControlComments(text: string): string {
  if (!text.includes('postlint-')) return text;
  return text.replace(/<!--\s*postlint-[\s\S]*?-->|^[ \t]*#\s*postlint-[^\n]*/gm, (m) => m.replace(/[^\n]/g, ' '));
}
