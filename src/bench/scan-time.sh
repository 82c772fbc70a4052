#!/usr/bin/env bash
# Benchmark, not a test: prints how long the personal-data scan takes on one value of 10 KB,
# 100 KB and 2 MB (issue 7 item 1). The scan is linear: the time per megabyte stays flat.
#   src/bench/scan-time.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx1g -cp target/classes:target/test-classes cn.healthsec.reporting.bench.ScanBenchmark
