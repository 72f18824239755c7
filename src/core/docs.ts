import { repository } from '../../package.json';
import type { RuleId } from './types';

/**
 * Where a rule's page lives, the one place the link is built: `docs/rules/<id>.md` in the
 * repository, on the web at `<repository>/blob/main/docs/rules/<id>.md` (package.json
 * `repository`). The editor's problem links and hovers and the CLI's SARIF `helpUri` all read it.
 * (esbuild takes only `repository` from package.json into a bundle.)
 */
export const REPOSITORY_URL: string = webUrl(typeof repository === 'string' ? repository : repository.url);

export function ruleDocsPath(rule: RuleId): string {
  return `docs/rules/${rule}.md`;
}

export function ruleDocsUrl(rule: RuleId): string {
  return `${REPOSITORY_URL}/blob/main/${ruleDocsPath(rule)}`;
}

/** `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
function webUrl(url: string): string {
  return url.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}
