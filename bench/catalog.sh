#!/usr/bin/env bash
# Catalogue benchmark: publishes 2,000 items, then measures guide-page throughput as a ratio to a trivial endpoint
# of the same application (same run, alternating rounds) and the latency of Chinese searches.
# Usage: bench/catalog.sh   (build first: mvn -q package -DskipTests). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=target/bench-catalog
port=${PORT:-18080}
rm -rf "$data_dir"
ONEWINDOW_DATA_DIR="$data_dir" java -jar target/onewindow.jar --server.port="$port" \
  --onewindow.generate.catalog-items=2000 > target/bench-catalog.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "platform exited; see target/bench-catalog.log"; exit 1; }
  sleep 0.5
done
grep -o "Published [0-9]* synthetic catalogue items in [0-9]* ms" target/bench-catalog.log || true
code=$(curl -fs "http://localhost:$port/api/v1/catalog/items?q=%E9%A3%9F%E5%93%81%E7%BB%8F%E8%90%A5%E8%AE%B8%E5%8F%AF&size=1" \
  | sed -E 's/.*"code":"([^"]+)".*/\1/')
echo "guide page: /services/$code"
java bench/LoadDriver.java "http://localhost:$port" "/services/$code"
