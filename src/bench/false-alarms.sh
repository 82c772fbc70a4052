#!/usr/bin/env bash
# Measurement, not a test: how many generated everyday lists (years, ports, counts, GB/T 2260 codes,
# dates, certificate numbers) the personal-data detector refuses when written with list punctuation,
# as array items, and with spaces (issue 26: why cards and mobile numbers are not chased in chunks
# across list gaps).   src/bench/false-alarms.sh [lists per kind, default 20000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -cp target/classes:target/test-classes cn.healthsec.reporting.bench.FalseAlarmBenchmark "$@"
