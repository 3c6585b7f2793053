#!/usr/bin/env bash
# Measures start-up to readiness and resident memory of the packaged platform with its embedded PostgreSQL.
# Usage: bench/startup.sh [data-dir]   (build first: mvn -q package -DskipTests)
# Reports the JVM's RSS and the PostgreSQL processes' RSS separately; the data directory is kept, so a second
# run measures a warm start on existing data.
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=${1:-target/bench-data}
port=${PORT:-18080}
start=$(date +%s.%N)
ONEWINDOW_DATA_DIR="$data_dir" java -jar target/onewindow.jar --server.port="$port" > target/bench-startup.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "platform exited; see target/bench-startup.log"; exit 1; }
  sleep 0.1
done
ready=$(date +%s.%N)
sleep 2
jvm_rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
pg_rss=$(ps -eo rss,args | awk '/postgres/ && /'"$(basename "$data_dir")"'/ {s+=$1} END {print s+0}')
printf 'start-to-ready: %.1f s\nJVM RSS: %d MB\nPostgreSQL RSS (all its processes): %d MB\n' \
  "$(echo "$ready - $start" | bc)" $((jvm_rss / 1024)) $((pg_rss / 1024))
