// Runs Mozilla's addons-linter on the Firefox build and fails on any error or warning (issue 17:
// zod's eval probe and Preact's innerHTML write are taken out at build time, wxt.config.ts).
import { execFileSync } from 'node:child_process';

const out = execFileSync('npx', ['addons-linter', '--output', 'json', '.output/firefox-mv3'], {
  encoding: 'utf8',
  maxBuffer: 16 * 1024 * 1024,
});
const report = JSON.parse(out);
for (const kind of ['errors', 'warnings']) {
  for (const message of report[kind]) {
    console.log(`${kind.slice(0, -1)}: ${message.code} ${message.file ?? ''} ${message.message}`);
  }
}
console.log(`addons-linter: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
process.exit(report.summary.errors === 0 && report.summary.warnings === 0 ? 0 : 1);
