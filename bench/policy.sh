#!/usr/bin/env bash
# 惠企政策 matching (issue 9): 300,000 generated enterprises with department facts, 100 generated policies of 5–8
# conditions. In-memory match against a hand-written loop (same run), full re-match with PostgreSQL read and write,
# one enterprise's re-match after a fact change. Takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=PolicyMatchBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "POLICY-BENCH|FAIL|Exception" || true
