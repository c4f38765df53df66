#!/usr/bin/env bash
# The full test run: starts a throw-away PostgreSQL (scripts/postgres.sh) for the JDBC tests, runs
# `mvn -B verify` (extra arguments are passed on) with REACTIVATOR_TEST_JDBC_URL set, and stops the
# server afterwards, whatever happens. scripts/setup.sh installs PostgreSQL when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

export REACTIVATOR_PG_STATE="${REACTIVATOR_PG_STATE:-$(mktemp -u "${TMPDIR:-/tmp}/reactivator-pg-state.XXXXXX")}"
trap 'scripts/postgres.sh stop' EXIT
eval "$(scripts/postgres.sh start)"
mvn -B verify "$@"
