#!/usr/bin/env bash
# Installs what building, testing and running Reactivator needs on a fresh Debian machine:
# a JDK >= 17, Maven >= 3.8, Chromium (the dashboard test opens the HTML report in it) and the
# PostgreSQL server (the JDBC source's tests run against one, started by scripts/postgres.sh).
# Idempotent: installs only what is missing. Needs root (or sudo) only when something is missing.
set -euo pipefail

need=()
if ! command -v java >/dev/null 2>&1 || ! java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])'; then
  need+=(openjdk-17-jdk-headless)
fi
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)

if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
