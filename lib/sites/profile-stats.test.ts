/** Growth: each adapter's profileStats on its profile fixtures (tests/fixtures/<network>/profile/). */
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '@/lib/sites/linkedin';
import { xAdapter } from '@/lib/sites/x';
import { loadFixture } from '@/tests/unit/load-fixture';

describe('profileStats', () => {
  it('X: the profile shown, its followers and following, from the count links', () => {
    expect(xAdapter.profileStats?.(loadFixture('x', 'profile/acme.html', 'https://x.com/acme'))).toEqual({
      handle: 'acme',
      followers: 12_300,
      following: 1_234,
    });
    expect(
      xAdapter.profileStats?.(loadFixture('x', 'profile/marie_dupont.html', 'https://x.com/marie_dupont')),
    ).toEqual({ handle: 'marie_dupont', followers: 8_765, following: 321 });
  });

  it('X: not found (never a zero) off a profile or when the counts are another profile’s', () => {
    expect(xAdapter.profileStats?.(loadFixture('x', 'feed.html', 'https://x.com/home'))).toBeNull();
    expect(xAdapter.profileStats?.(loadFixture('x', 'profile/acme.html', 'https://x.com/someone_else'))).toBeNull();
    expect(xAdapter.profileStats?.(loadFixture('x', 'post.html', 'https://x.com/acme/status/1'))).toBeNull();
  });

  it('LinkedIn: a member profile in French and a company page in English', () => {
    expect(
      linkedinAdapter.profileStats?.(
        loadFixture('linkedin', 'profile/marie-dupont.fr.html', 'https://www.linkedin.com/in/marie-dupont/'),
      ),
    ).toEqual({ handle: 'marie-dupont', followers: 1_234 });
    expect(
      linkedinAdapter.profileStats?.(
        loadFixture('linkedin', 'profile/acme-company.html', 'https://www.linkedin.com/company/acme/'),
      ),
    ).toEqual({ handle: 'acme', followers: 12_000 });
    expect(
      linkedinAdapter.profileStats?.(loadFixture('linkedin', 'feed.html', 'https://www.linkedin.com/feed/')),
    ).toBeNull();
  });
});
