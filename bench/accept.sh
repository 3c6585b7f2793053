#!/usr/bin/env bash
# Accept-to-task-created throughput against raw Flowable startProcessInstanceByKey, same database, same run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=AcceptThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "^round|ACCEPT-TO-TASK"
