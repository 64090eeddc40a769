import { join } from 'node:path';
import { testDateTime } from './support/clock';
import { expect, openFixture, sendFromPage, test } from './support/extension';
import { screenshot } from './support/screenshot';

/**
 * Growth: the brand account's own profile page gives one dated follower sample a day; someone
 * else's profile, or the profile of an account that is not a registered brand one, gives none.
 * (`data-cmc-test-growth` is the test build's word for what the page did.)
 */
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

interface Sample {
  accountId: string;
  handle: string;
  followers: number;
  following?: number;
  day: string;
}

test('a follower sample once a day on the brand’s own profile, never on someone else’s', async ({
  context,
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html?section=reports');
  await panel.setViewportSize({ width: 400, height: 900 });
  const samples = async () =>
    ((await sendFromPage(panel, 'growthData', {})) as { result: { samples: Sample[] } }).result.samples;

  // Not registered yet: the signed-in account's own profile records nothing.
  const unregistered = await openFixture(context, 'https://x.com/acme', 'x/profile/acme.html');
  await expect(unregistered.locator('html')).toHaveAttribute('data-cmc-test-growth', 'not-brand');
  await unregistered.close();
  expect(
    await sendFromPage(panel, 'saveAccount', {
      account: { id: 'acme-x', network: 'x', handle: 'acme', displayName: 'Acme', role: 'brand' },
    }),
  ).toMatchObject({ ok: true });

  const other = await openFixture(context, 'https://x.com/marie_dupont', 'x/profile/marie_dupont.html');
  await expect(other.locator('html')).toHaveAttribute('data-cmc-test-growth', 'someone-else');

  const own = await openFixture(context, 'https://x.com/acme', 'x/profile/acme.html');
  await expect(own.locator('html')).toHaveAttribute('data-cmc-test-growth', 'recorded');
  const day = testDateTime().toISODate();
  expect(await samples()).toEqual([
    expect.objectContaining({ accountId: 'acme-x', handle: 'acme', followers: 12_300, following: 1_234, day }),
  ]);

  await own.reload();
  await expect(own.locator('html')).toHaveAttribute('data-cmc-test-growth', 'already-today');
  expect(await samples()).toHaveLength(1);
  await own.close();
  await other.close();

  // A Facebook Page under its vanity address, the person acting as it (the page names the Page by
  // its numeric id): its reader comes with the page tools, its "1 234 abonnés" is recorded.
  expect(
    await sendFromPage(panel, 'saveAccount', {
      account: { id: 'acme-fb', network: 'facebook', handle: 'acmefrance', displayName: 'Acme France', role: 'brand' },
    }),
  ).toMatchObject({ ok: true });
  const page = await openFixture(context, 'https://www.facebook.com/acmefrance', 'facebook/profile/acmefrance.fr.html');
  await expect(page.locator('html')).toHaveAttribute('data-cmc-test-growth', 'recorded');
  expect(await samples()).toContainEqual(
    expect.objectContaining({ accountId: 'acme-fb', handle: 'acmefrance', followers: 1_234, following: 87, day }),
  );
  await page.close();

  // The goal "+N followers a month" is listed with the others; one sample per account gives no gain yet.
  expect(
    await sendFromPage(panel, 'saveReportSettings', {
      goals: [{ id: 'grow', metric: 'followersPerMonth', target: 500 }],
    }),
  ).toMatchObject({ ok: true });

  // Reports shows the followers per account and the week's growth.
  await panel.bringToFront();
  const growth = panel.getByRole('region', { name: 'Followers' });
  await expect(growth).toContainText('@acme');
  await expect(growth).toContainText('12,300');
  await screenshot(growth, { path: join(SHOTS, 'reports-growth.png') });
  const goal = panel.getByTestId('goal').filter({ hasText: 'Followers gained a month' });
  await expect(goal).toContainText('at least 500');
  await expect(goal.getByTestId('goal-status')).toContainText('No data');
});
