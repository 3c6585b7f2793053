#!/usr/bin/env bash
# 双随机 draw over 300,000 entities and 2,000 inspectors; goal (issue 19): under 1 s, re-runs identical.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=DrawBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true 2>&1 \
  | grep -E "^round|DRAW:"
