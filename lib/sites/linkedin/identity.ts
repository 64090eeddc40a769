/**
 * Who is signed in to LinkedIn, and whether the page shows them acting as a Page.
 * Sources, most reliable first: the embedded `/voyager/api/me` response, then the nav and
 * left-rail markup of either DOM. A Page identity shown by the share box or by the per-post
 * identity switch replaces the member, since that is who will publish.
 */

import { searchRoots } from '@/lib/sites/linkedin/composers';
import { SELECTORS } from '@/lib/sites/linkedin/selectors';
import { cleanProfileUrl, profileSlug } from '@/lib/sites/linkedin/urn';
import { asRecord, asText, parseJson } from '@/lib/sites/shared/json';
import { closestAny, queryAll, queryFirst } from '@/lib/sites/shared/query';
import { firstTextLine } from '@/lib/sites/shared/text';
import { hrefOf, resolveUrl } from '@/lib/sites/shared/urls';
import type { AccountLookup, ActiveAccount } from '@/lib/sites/types';

/** The account LinkedIn will publish as on this page. */
export function findActiveAccount(doc: Document): AccountLookup {
  const member = memberFromVoyager(doc) ?? orElse(memberFromDom(doc), () => memberFromRailCard(doc));
  if (!member.account) return member;
  const acting = actingIdentity(doc, member.account);
  return acting ? acting : member;
}

/** The first lookup when it found an account, else the second when that did, else the first's reason. */
function orElse(first: AccountLookup, second: () => AccountLookup | null): AccountLookup {
  return first.account ? first : (second() ?? first);
}

/**
 * 2026 layout (sites.md §11): the left-rail card outside `mainFeed`, an `/in/` link holding
 * `figure > img` whose alt is the member's full name. Avatars with an empty alt (the nav "Me",
 * the share box) are not the card.
 */
export function memberFromRailCard(doc: Document): AccountLookup | null {
  for (const link of queryAll<HTMLAnchorElement>(doc, SELECTORS.railProfileCard)) {
    if (closestAny(link, SELECTORS.mainFeed)) continue;
    const image = link.querySelector('figure > img');
    const name = asText(image?.getAttribute('alt'));
    const url = cleanProfileUrl(hrefOf(link));
    const handle = profileSlug(url);
    if (!name || !handle) continue;
    const avatar = image?.getAttribute('src');
    return {
      account: {
        handle,
        displayName: name,
        avatarUrl: avatar ? resolveUrl(avatar, link) : undefined,
        source: 'dom:left-rail-profile-card',
      },
    };
  }
  return null;
}

/** Text of a `<code>` block; some pages wrap the JSON in an HTML comment. */
function codeText(code: Element): string {
  const text = code.textContent?.trim();
  if (text) return text;
  return [...code.childNodes]
    .filter((node) => node.nodeType === Node.COMMENT_NODE)
    .map((node) => node.nodeValue ?? '')
    .join('');
}

/** Reads the `<code id="bpr-guid-…">` whose datalet says it answers `/voyager/api/me`. */
export function memberFromVoyager(doc: Document): AccountLookup | null {
  for (const datalet of queryAll(doc, SELECTORS.voyagerDatalet)) {
    const meta = asRecord(parseJson(codeText(datalet)));
    const request = asText(meta?.request) ?? '';
    if (request !== '/voyager/api/me' && !request.startsWith('/voyager/api/me?')) continue;
    const bodyId = asText(meta?.body);
    const body = bodyId ? doc.getElementById(bodyId) : null;
    const json = asRecord(parseJson(body ? codeText(body) : undefined));
    const data = asRecord(json?.data);
    const included = Array.isArray(json?.included) ? json.included.map(asRecord) : [];
    // Normalized responses point at the mini profile by URN; plain ones embed it.
    const profile =
      asRecord(data?.miniProfile) ?? included.find((item) => item && item.entityUrn === data?.['*miniProfile']);
    const handle = asText(profile?.publicIdentifier);
    if (!handle)
      return { account: null, reason: `linkedin: ${bodyId ?? 'bpr-guid'} (/voyager/api/me) has no miniProfile` };
    const name = [asText(profile?.firstName), asText(profile?.lastName)].filter(Boolean).join(' ');
    const plainId = data?.plainId;
    return {
      account: {
        handle,
        displayName: name || handle,
        id: typeof plainId === 'number' || typeof plainId === 'string' ? String(plainId) : undefined,
        source: 'page:voyager-api-me',
      },
    };
  }
  return null;
}

/** Nav photo (name) and the member's own `/in/` link (handle), in either DOM. */
export function memberFromDom(doc: Document): AccountLookup {
  const photo = queryFirst<HTMLImageElement>(doc, SELECTORS.meNavPhoto);
  const link = queryFirst<HTMLAnchorElement>(doc, SELECTORS.meProfileLink);
  const url = link ? cleanProfileUrl(hrefOf(link)) : undefined;
  const handle = profileSlug(url);
  const name =
    asText(photo?.getAttribute('alt')) ??
    (link ? asText(firstTextLine(link.querySelector('p, h3') ?? link)) : undefined) ??
    asText(link?.querySelector('img')?.getAttribute('alt'));
  if (!handle) {
    return {
      account: null,
      reason: name
        ? `linkedin: member "${name}" found (img.global-nav__me-photo) but no /in/ profile link for the handle`
        : 'linkedin: no signed-in member (no /voyager/api/me data, no img.global-nav__me-photo, no identity module link, no left-rail profile card)',
    };
  }
  const avatar = photo?.getAttribute('src') ?? link?.querySelector('img')?.getAttribute('src');
  return {
    account: {
      handle,
      displayName: name ?? handle,
      avatarUrl: avatar ? resolveUrl(avatar, link ?? doc.documentElement) : undefined,
      source: photo ? 'dom:global-nav__me-photo' : 'dom:identity-module',
    },
  };
}

/**
 * A Page the member acts as: the share box author, else the per-post identity switches (all
 * must agree; they show the actor's photo with alt "Photo of <name>" in English pages, the bare
 * name is used when the prefix is unknown). Null when they show the member.
 */
function actingIdentity(doc: Document, member: ActiveAccount): AccountLookup | null {
  const share = searchRoots(doc)
    .map((scope) => queryFirst(scope, SELECTORS.shareActor))
    .find((found) => found !== null);
  const names = share
    ? [firstTextLine(share)]
    : queryAll(doc, SELECTORS.identityToggle).map((toggle) =>
        actorName(toggle.querySelector('img')?.getAttribute('alt')),
      );
  const others = [...new Set(names.filter((name) => name && name !== member.displayName))];
  if (others.length === 0) return null;
  if (others.length > 1 || names.includes(member.displayName)) {
    return { account: null, reason: `linkedin: posts on this page act as different identities (${names.join(', ')})` };
  }
  const name = others[0] ?? '';
  const source = share ? 'dom:share-unified-settings-entry-button' : 'dom:content-admin-identity-toggle';
  const handle = companySlug(doc, name);
  if (!handle) {
    return {
      account: null,
      reason: `linkedin: acting as the Page "${name}" (${source}) but its /company/ slug is not on the page`,
    };
  }
  return { account: { handle, displayName: name, source: `${source} (acting as a Page; member ${member.handle})` } };
}

function actorName(alt: string | null | undefined): string {
  const text = alt?.trim() ?? '';
  return text.replace(/^(Photo of|Photo de|Foto von|Foto de)\s+/i, '');
}

/** The Page's slug: the admin URL (`/company/<slug>/admin/…`) or a company link with its name. */
function companySlug(doc: Document, name: string): string | undefined {
  const fromUrl = doc.baseURI.match(/\/company\/([^/?#]+)\/admin/)?.[1];
  if (fromUrl) return decodeURIComponent(fromUrl);
  const link = queryAll<HTMLAnchorElement>(doc, SELECTORS.companyLink).find((a) => firstTextLine(a) === name);
  return profileSlug(hrefOf(link));
}
