interface Identity {
  handle: string;
  id?: string;
}

const decoded = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

/**
 * The cheap test run on every page before any profile reader is loaded: does the address name the
 * account (a path part or query value equal to its handle, its user name without the server, or
 * its id), or does the page's app-link meta tag name its id (a Facebook Page under its vanity
 * name)? A false "maybe" only costs loading the reader, which then says it is someone else.
 */
export function mayBeOwnProfile(url: URL, appLink: string | null | undefined, account: Identity): boolean {
  const handle = account.handle.trim().replace(/^@+/, '').toLowerCase();
  const names = new Set([handle, handle.split('@')[0], account.id?.toLowerCase()].filter(Boolean));
  const parts = [...url.pathname.split('/'), ...url.searchParams.values()];
  if (parts.some((part) => names.has(decoded(part).replace(/^@+/, '').toLowerCase()))) return true;
  return account.id !== undefined && /^\w+:\/\/\w+\/(?:\?id=)?(\d+)$/.exec(appLink ?? '')?.[1] === account.id;
}
