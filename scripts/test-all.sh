#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
# Each step says how long the one before it took (CI has 20 minutes on 2 cores: know where they go).
started=$SECONDS
step() {
  [ -n "${last:-}" ] && printf '== %s took %d s\n' "$last" $((SECONDS - started))
  started=$SECONDS last="$1"
  printf '\n== %s\n' "$1"
}
trap '[ -n "${last:-}" ] && printf "== %s took %d s (whole run %d s)\n" "$last" $((SECONDS - started)) $SECONDS' EXIT
step "lint and format (biome) + types (tsc)"
npm run --silent lint
step "unit tests (vitest)"
npm run --silent test:unit
step "build Chrome and Firefox"
npm run --silent build
node scripts/check-build.mjs
step "Firefox build through Mozilla's addons-linter"
npm run --silent test:firefox-lint
step "browser tests (Playwright, Debian Chromium, built extension)"
npm run --silent test:e2e
step "the shared user flows in Firefox (puppeteer-core over WebDriver BiDi, Debian firefox-esr)"
npm run --silent test:firefox
# At the real time only: the date-sensitive tests again at three awkward moments.
if [ -z "${TEST_NOW:-}" ] && [ -z "${CMC_SKIP_MOMENTS:-}" ]; then
  step "date-sensitive tests at three awkward moments (TEST_NOW, TZ)"
  bash scripts/test-moments.sh
fi
