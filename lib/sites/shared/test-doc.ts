/** A document parsed from `html` as if served at `url` (relative links resolve against it). */
export function docAt(html: string, url = 'https://social.example/feed'): Document {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    'text/html',
  );
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}
