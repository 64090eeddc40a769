import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Reads a fixture file's HTML (`file` may be absolute: a fixture folder elsewhere). */
export function fixtureHtml(network: string, file: string): string {
  return readFileSync(resolve(join(FIXTURES, network), file), 'utf8');
}

/**
 * Parses a fixture into a Document as the site would serve it at `url`: relative links resolve
 * against that address, as they do on the real page. No script in the fixture runs.
 */
export function loadFixture(network: string, file: string, url: string): Document {
  const doc = new DOMParser().parseFromString(fixtureHtml(network, file), 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}
