#!/usr/bin/env bash
# Counts the doclint warnings of each library module's public API (the packages its module-info
# exports), as configured for maven-javadoc-plugin in the root pom. The plugin's own log does not
# always echo javadoc's warnings, so this runs the javadoc command line the plugin writes.
# Usage: scripts/doclint.sh [extra maven options, e.g. -o -Dmaven.repo.local=...]
set -euo pipefail
cd "$(dirname "$0")/.."
total=0
for m in reactivator-core reactivator-io reactivator-llm-spi reactivator-llm-gigachat reactivator-narrative reactivator-report; do
  rm -f "$m/target/maven-javadoc-plugin-stale-data.txt"
  mvn -B -q "$@" -pl "$m" javadoc:javadoc -Ddebug=true >/dev/null
  n=$(cd "$m/target/reports/apidocs" && bash javadoc.sh 2>&1 | grep -c ': warning:' || true)
  echo "$m $n"
  total=$((total + n))
done
echo "total $total"
