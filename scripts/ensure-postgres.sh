#!/usr/bin/env bash
# The class server's store is also tested against a real PostgreSQL server (tests/server/postgres.test.ts), which the
# test starts itself from Debian's binaries; install Debian's postgresql package when they are missing.
set -euo pipefail
has_postgres() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null && compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null; }
if has_postgres; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the class server's tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  exit 0
fi
echo "The class server's PostgreSQL test needs Debian's PostgreSQL server: run 'sudo apt-get install -y postgresql'." >&2
exit 1
