import { APP_FLOWS } from '../flows/app-flows';
import { siteFlows } from '../flows/site-flows';
import { test } from './support/extension';
import { chromiumFlowBrowser } from './support/playwright-driver';

/**
 * The user flows shared with the Firefox suite (tests/firefox/flows.spec.ts), here in Chromium:
 * one description of each flow (tests/flows/), two drivers.
 */
for (const flow of [...(await siteFlows()), ...APP_FLOWS]) {
  test(`flow: ${flow.title}`, async ({ context, extensionId }, testInfo) => {
    const browser = await chromiumFlowBrowser(context, extensionId);
    await flow.run({ browser, shots: testInfo.outputPath() });
  });
}
