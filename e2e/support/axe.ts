import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | undefined;

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** The WCAG 2.2 AA rules (and the levels below it) axe-core checks. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core (injected from node_modules into the page) on the page as it is now and returns the
 * serious and critical violations of WCAG 2.2 AA, one line each with the elements hit.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  source ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await animationsSettled(page);
  // Evaluated through the DevTools protocol: the app's Content Security Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Fluent's focus manager (tabster) puts invisible <i data-tabster-dummy tabindex=0 aria-hidden> guards around
    // focus groups: they hand focus straight on and must stay hidden from screen readers. Microsoft's own
    // Accessibility Insights excludes them from aria-hidden-focus as a known false positive
    // (microsoft/accessibility-insights-web#7605); they hold no content, so they are left out of every rule here.
    const context = { include: [document], exclude: [['[data-tabster-dummy]']] };
    const result = await axe.run(context as unknown as Document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, WCAG_TAGS);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5).join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`);
}

/**
 * Waits (up to 3 s) for the page's finite animations and transitions to end: a dialog or toast
 * fading in is half transparent, and axe-core measures the contrast of its text mid-fade (a run failed
 * on dialogs' submit buttons and a toast's title that pass once fully shown). Endless ones (spinners) are not waited for.
 */
async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(() => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    const settled = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    return Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 3000))]);
  });
}

/** Fails when axe-core finds a serious or critical WCAG 2.2 AA violation on the page as it is now. */
export async function assertAccessible(page: Page, state: string): Promise<void> {
  let found = await seriousViolations(page);
  // A toast whose time ran out may start fading away while axe-core reads the page (its title measured
  // at 1.7:1 mid-fade): what a second look, once that has settled, still finds is what is reported.
  if (found.length > 0) found = await seriousViolations(page);
  if (found.length > 0) throw new Error(`axe-core: ${found.length} serious or critical violation(s) on ${state}:\n${found.join('\n')}`);
}
