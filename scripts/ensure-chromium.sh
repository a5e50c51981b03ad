#!/usr/bin/env bash
# The browser tests drive Debian's Chromium, with Debian's CJK fonts so that Chinese is drawn in real glyphs; install
# what is missing (never download a browser build).
set -euo pipefail
has_browser() { { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; } || command -v chromium >/dev/null 2>&1; }
has_cjk() { fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || dpkg -s fonts-noto-cjk >/dev/null 2>&1; }
if has_browser && has_cjk; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  wanted=()
  has_browser || wanted+=(chromium)
  has_cjk || wanted+=(fonts-noto-cjk)
  echo "Installing Debian's ${wanted[*]} for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${wanted[@]}" >/dev/null
  exit 0
fi
has_browser || { echo "The browser tests need Chromium: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2; exit 1; }
echo "The browser tests need Debian's CJK fonts to draw Chinese: run 'sudo apt-get install -y fonts-noto-cjk'." >&2
exit 1
