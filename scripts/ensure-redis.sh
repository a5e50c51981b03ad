#!/usr/bin/env bash
# Two class-server processes share their rooms through Redis: the test of two processes and `npm run bench:class`
# start Debian's redis-server on a free loopback port. Install it when missing (never download a build).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's redis-server for the class server's tests of several processes…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  exit 0
fi
echo "The class server's tests of several processes need Redis: run 'sudo apt-get install -y redis-server'." >&2
exit 1
