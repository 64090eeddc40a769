// @vitest-environment happy-dom
/** Growth: each network's profile reader on its profile fixtures (tests/fixtures/<network>/profile/). */
import { describe, expect, it } from 'vitest';
import { PROFILE_READERS } from '@/lib/sites/profile-readers';
import { loadFixture } from '@/tests/unit/load-fixture';

describe('profileStats', () => {
  it('X: the profile shown, its followers and following, from the count links', () => {
    expect(PROFILE_READERS.x(loadFixture('x', 'profile/acme.html', 'https://x.com/acme'))).toEqual({
      handle: 'acme',
      followers: 12_300,
      following: 1_234,
    });
    expect(PROFILE_READERS.x(loadFixture('x', 'profile/marie_dupont.html', 'https://x.com/marie_dupont'))).toEqual({
      handle: 'marie_dupont',
      followers: 8_765,
      following: 321,
    });
  });

  it('X: not found (never a zero) off a profile or when the counts are another profile’s', () => {
    expect(PROFILE_READERS.x(loadFixture('x', 'feed.html', 'https://x.com/home'))).toBeNull();
    expect(PROFILE_READERS.x(loadFixture('x', 'profile/acme.html', 'https://x.com/someone_else'))).toBeNull();
    expect(PROFILE_READERS.x(loadFixture('x', 'post.html', 'https://x.com/acme/status/1'))).toBeNull();
  });

  it('LinkedIn: a member profile in French and a company page in English', () => {
    expect(
      PROFILE_READERS.linkedin(
        loadFixture('linkedin', 'profile/marie-dupont.fr.html', 'https://www.linkedin.com/in/marie-dupont/'),
      ),
    ).toEqual({ handle: 'marie-dupont', followers: 1_234 });
    expect(
      PROFILE_READERS.linkedin(
        loadFixture('linkedin', 'profile/acme-company.html', 'https://www.linkedin.com/company/acme/'),
      ),
    ).toEqual({ handle: 'acme', followers: 12_000 });
    expect(PROFILE_READERS.linkedin(loadFixture('linkedin', 'feed.html', 'https://www.linkedin.com/feed/'))).toBeNull();
  });
});
