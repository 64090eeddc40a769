#!/usr/bin/env bash
# The browser tests drive Debian's Chromium and Firefox ESR (Playwright cannot download browsers
# here, and its Firefox is a patched build): installs whichever is missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${missing[*]}. Run 'sudo apt-get install ${missing[*]}' (Debian) and try again." >&2
  exit 1
fi
echo "Installing Debian's ${missing[*]}…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
/usr/bin/chromium --version
/usr/bin/firefox-esr --version
