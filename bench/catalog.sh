#!/usr/bin/env bash
# Catalogue benchmark: publishes 2,000 items, then measures guide-page throughput as a ratio to a trivial endpoint
# of the same application (same run, alternating rounds) and the latency of Chinese searches.
# Usage: bench/catalog.sh   (build first: mvn -q package -DskipTests). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
start_platform target/bench-catalog target/bench-catalog.log --onewindow.generate.catalog-items=2000
grep -o "Published [0-9]* synthetic catalogue items in [0-9]* ms" target/bench-catalog.log || true
code=$(curl -fs "http://localhost:$port/api/v1/catalog/items?q=%E9%A3%9F%E5%93%81%E7%BB%8F%E8%90%A5%E8%AE%B8%E5%8F%AF&size=1" \
  | sed -E 's/.*"code":"([^"]+)".*/\1/')
echo "guide page: /services/$code"
java bench/LoadDriver.java "http://localhost:$port" "/services/$code"
