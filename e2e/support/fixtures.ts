import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test as base } from '@playwright/test';

import type { DemoFault } from '../../src/lib/demo-backend';

export { expect };

interface Fixtures {
  /** Fails the test on any console error or warning it did not expect. */
  consoleGuard: { expect(pattern: RegExp): void };
  demo: DemoControls;
}

export interface DemoControls {
  injectFault(fault: DemoFault): Promise<void>;
}

export const test = base.extend<Fixtures>({
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const expected: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        const text = message.text();
        if (!expected.some((pattern) => pattern.test(text))) {
          problems.push(`${message.type()}: ${text}`);
        }
      });
      page.on('pageerror', (error) =>
        problems.push(`pageerror: ${error.message}`),
      );

      await use({ expect: (pattern) => expected.push(pattern) });

      expect(problems, 'console errors or warnings during the test').toEqual(
        [],
      );
    },
    { auto: true },
  ],

  demo: async ({ page }, use) => {
    await use({
      async injectFault(fault) {
        await page.waitForFunction(() => window.scimDemo !== undefined);
        await page.evaluate((f) => window.scimDemo?.injectFault(f), fault);
      },
    });
  },
});

/** Runs axe on the page as it is and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Colours read mid-transition (a theme switch, a dialog fading in) are
  // neither theme's: axe looks once every running transition has ended.
  // (A spinner's animation never ends, and is not waited for.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}
