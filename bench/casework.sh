#!/usr/bin/env bash
# Casework benchmark: submit-to-accepted throughput on the embedded database, over HTTP on loopback.
# Usage: bench/casework.sh   (build first: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
start_platform target/bench-casework target/bench-casework.log "$@"
# 城镇职工基本养老保险关系转移接续 (人社局): 零材料办 but not 秒批, so every case is submitted through the API
# and accepted by a person, which starts its approval procedure on Flowable
q=$(python3 -c "import urllib.parse;print(urllib.parse.quote('城镇职工基本养老保险关系转移接续'))")
code=$(curl -fs "http://localhost:$port/api/v1/catalog/items?q=$q&size=1" \
  | sed -E 's/.*"code":"([^"]+)".*/\1/')
java ${WARMUP:+-Dwarmup=$WARMUP} bench/CaseworkLoad.java "http://localhost:$port" "$code"
