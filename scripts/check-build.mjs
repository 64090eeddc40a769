// Checks on what the builds ship that no source test can see. Every script is ASCII: V8 keeps a
// script's source as two bytes per character as soon as one character is outside Latin-1, so one
// "★" doubled the memory each page gave our content script's source (wxt.config.ts: charset ascii).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const builds = ['.output/chrome-mv3', '.output/firefox-mv3'];
const scripts = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dir, file));

let failures = 0;
for (const build of builds) {
  for (const file of scripts(build)) {
    const text = readFileSync(file, 'utf8');
    const at = text.split('').findIndex((char) => char.charCodeAt(0) > 0x7f);
    if (at === -1) continue;
    failures += 1;
    console.log(`${file}: a non-ASCII character at ${at}: …${text.slice(Math.max(0, at - 40), at + 20)}…`);
  }
}
console.log(
  failures === 0
    ? `build check: every script of ${builds.join(', ')} is ASCII`
    : `build check: ${failures} script(s) not ASCII`,
);
process.exit(failures === 0 ? 0 : 1);
