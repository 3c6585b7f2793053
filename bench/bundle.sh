#!/usr/bin/env bash
# 一件事一次办: a five-item bundle submitted against the same five items submitted one by one, same run.
# Goal (issue 18): ratio ≥ 0.15 (0.20 would be exactly the five cases' cost).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=BundleSubmitBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true 2>&1 \
  | grep -E "^round|BUNDLE SUBMIT"
