#!/usr/bin/env bash
# The date-sensitive tests again at three awkward moments, so the suite passes on any day and at
# any hour: the extension and the tests take "now" from TEST_NOW, the zone from TZ.
set -euo pipefail
cd "$(dirname "$0")/.."
MOMENTS=(
  "2026-12-13T23:30:00 Pacific/Auckland"    # a Sunday, half an hour before midnight, far east of UTC
  "2027-03-28T01:59:00 Europe/Paris"        # a minute before the clocks jump to 03:00
  "2026-12-31T23:59:00 America/Los_Angeles" # a minute before the new year, west of UTC
)
UNIT=(lib/calendar lib/inbox lib/guard lib/i18n lib/clock.test.ts lib/wait-until.test.ts tests/unit/conventions.test.ts)
for moment in "${MOMENTS[@]}"; do
  read -r when zone <<<"$moment"
  printf '\n== at %s in %s\n' "$when" "$zone"
  export TEST_NOW="$when" TZ="$zone"
  npx vitest run "${UNIT[@]}"
  npm run --silent build:test >/dev/null
  # Every calendar test, and the tests tagged @clock elsewhere (response times, today's counts, hours),
  # in one run spread over both workers test by test.
  npx playwright test --fully-parallel --grep '@clock|calendar\.spec'
  unset TEST_NOW TZ
done
# Leave the test build at the real time for whoever runs the browser tests next (a CI clone has no next).
if [ -z "${CI:-}" ]; then npm run --silent build:test >/dev/null; fi
