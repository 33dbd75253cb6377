#!/usr/bin/env bash
# The scorecard benchmark: the full scorecard of the default accord over generated events, by the
# engine and by equivalent SQL in an in-process DuckDB, in one JVM on the same facts, and their
# ratio (bench/README.md).
#
#   scripts/bench-scorecard.sh                   # the documented run: 10,000,000 events
#   scripts/bench-scorecard.sh --events 1000000  # another size
#   scripts/bench-scorecard.sh --quick           # a first look: 200,000 events, shorter runs
#
# HEAP sets the JVM's heap (default 12g: ten million events fit in it, leaving the rest of a 24 GB machine to DuckDB);
# NO_BUILD=1 skips building bench/target/benchmarks.jar.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=select-jdk.sh
. scripts/select-jdk.sh
accord_select_jdk

if [ -z "${NO_BUILD:-}" ]; then
  ./mvnw -q -B -pl bench -am package -DskipTests
fi
exec "$JAVA_HOME/bin/java" "-Xms${HEAP:-12g}" "-Xmx${HEAP:-12g}" --enable-native-access=ALL-UNNAMED \
  -jar bench/target/benchmarks.jar scorecard "$@"
