#!/usr/bin/env bash
# Pre-check with three 部门共享 materials fetched through the exchange (in-platform providers, every query logged)
# as a ratio to the same pre-check with the three materials uploaded, same run. Goal (issue 17): ≥ 0.5.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=SharedPreCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true 2>&1 \
  | grep -E "^round|SHARED PRE-CHECK"
