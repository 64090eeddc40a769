/**
 * The networks `npm run bench` measures: every fixture folder whose cases.ts declares a `bench`
 * page (tests/fixtures/<network>/cases.ts). Read from the files, as the script runs in plain Node.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} fixturesDir @returns {string[]} */
export function benchNetworks(fixturesDir) {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => {
      const cases = join(fixturesDir, name, 'cases.ts');
      return existsSync(cases) && /^\s*bench:/m.test(readFileSync(cases, 'utf8'));
    })
    .sort();
}
