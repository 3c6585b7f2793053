#!/usr/bin/env bash
# Licence verification throughput as a ratio to raw Bouncy Castle SM2 verification, same JVM, same run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=VerifyThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "^round|^VERIFY"
