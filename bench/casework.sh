#!/usr/bin/env bash
# Casework benchmark: submit-to-accepted throughput on the embedded database, over HTTP on loopback.
# Usage: bench/casework.sh   (build first: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
start_platform target/bench-casework target/bench-casework.log
# 社会保障卡申领 (人社局): a 零材料办 item, so every case can be submitted through the API
code=$(curl -fs "http://localhost:$port/api/v1/catalog/items?q=%E7%A4%BE%E4%BC%9A%E4%BF%9D%E9%9A%9C%E5%8D%A1%E7%94%B3%E9%A2%86&size=1" \
  | sed -E 's/.*"code":"([^"]+)".*/\1/')
java bench/CaseworkLoad.java "http://localhost:$port" "$code"
