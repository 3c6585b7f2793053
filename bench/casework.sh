#!/usr/bin/env bash
# Casework benchmark: submit-to-accepted throughput on the embedded database, over HTTP on loopback.
# Usage: bench/casework.sh   (build first: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
data_dir=target/bench-casework
port=${PORT:-18080}
rm -rf "$data_dir"
ONEWINDOW_DATA_DIR="$data_dir" java -jar target/onewindow.jar --server.port="$port" > target/bench-casework.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "platform exited; see target/bench-casework.log"; exit 1; }
  sleep 0.5
done
# 社会保障卡申领 (人社局): a 零材料办 item, so every case can be submitted through the API
code=$(curl -fs "http://localhost:$port/api/v1/catalog/items?q=%E7%A4%BE%E4%BC%9A%E4%BF%9D%E9%9A%9C%E5%8D%A1%E7%94%B3%E9%A2%86&size=1" \
  | sed -E 's/.*"code":"([^"]+)".*/\1/')
java bench/CaseworkLoad.java "http://localhost:$port" "$code"
