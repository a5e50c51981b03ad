#!/usr/bin/env bash
# The class server's tests start Debian's PostgreSQL and Redis servers of their own: install them when missing (as
# root). Elsewhere this says how, and those tests are skipped by name; in CI (CI=true) a missing one is a failure.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/ensure-postgres.sh" || [ "${CI:-}" != "true" ]
bash "$here/ensure-redis.sh" || [ "${CI:-}" != "true" ]
