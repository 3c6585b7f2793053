#!/usr/bin/env bash
# Soak: the packaged platform under mixed traffic (public pages, every demo role's workspace, API calls, 秒批
# submissions, Open311 orders, wrong look-ups; loopback only, writes bounded to about one per second each) for
# SOAK_MINUTES (default 15), then checks: no 5xx, pooled connections back to where they were after the warm-up,
# heap after a full GC within 10 % of its size after the warm-up, health UP.
# Usage: bench/soak.sh   (build first: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
minutes=${SOAK_MINUTES:-15}
start_platform target/bench-soak target/bench-soak.log
base="http://localhost:$port"
q=$(python3 -c "import urllib.parse;print(urllib.parse.quote('城乡居民基本养老保险参保登记'))")
code=$(curl -fs "$base/api/v1/catalog/items?q=$q&size=1" | sed -E 's/.*"code":"([^"]+)".*/\1/')

metric() { # sum of a Prometheus gauge's series, e.g. metric hikaricp_connections_active
  curl -fs -u admin:Leshan2023 "$base/actuator/prometheus" | awk -v m="$1" -v f="${2:-}" \
    'index($0, m) == 1 && index($0, f) > 0 { s += $NF } END { printf "%.0f\n", s }'
}
heap_after_gc() {
  jcmd "$pid" GC.run > /dev/null; sleep 2; jcmd "$pid" GC.run > /dev/null; sleep 2
  metric 'jvm_memory_used_bytes{' 'area="heap"'
}

echo "warm-up: 60 s of the same traffic"
java bench/Soak.java "$base" 60 4 "$code" | tail -3
sleep 5
heap0=$(heap_after_gc); active0=$(metric hikaricp_connections_active)
echo "after warm-up: heap after full GC $((heap0 / 1048576)) MB, active connections $active0"

echo "soak: $minutes minutes"
started=$(date +%s)
java bench/Soak.java "$base" $((minutes * 60)) 4 "$code" | tee target/soak-load.txt | tail -25
load_ok=${PIPESTATUS[0]}
sleep 5
heap1=$(heap_after_gc); active1=$(metric hikaricp_connections_active)
health=$(curl -fs "$base/actuator/health" || echo DOWN)
growth=$(python3 -c "print(round(100.0 * ($heap1 - $heap0) / $heap0, 1))")
echo "after $(( ($(date +%s) - started) / 60 )) minutes: heap after full GC $((heap1 / 1048576)) MB ($growth % against the warm-up)," \
  "active connections $active1 (after warm-up $active0), health $health"
ok=1
[ "$load_ok" = 0 ] || { echo "FAIL: 5xx answers or failed requests (target/soak-load.txt)"; ok=0; }
[ "$active1" -le "$active0" ] || { echo "FAIL: connections not returned to the pool"; ok=0; }
python3 -c "import sys; sys.exit(0 if $heap1 <= $heap0 * 1.10 else 1)" || { echo "FAIL: heap grew more than 10 %"; ok=0; }
echo "$health" | grep -q '"UP"' || { echo "FAIL: health is not UP"; ok=0; }
[ "$ok" = 1 ] && echo "SOAK: OK"
[ "$ok" = 1 ]
