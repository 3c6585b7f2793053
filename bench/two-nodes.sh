#!/usr/bin/env bash
# Two nodes on one PostgreSQL: node 1 runs the embedded database, node 2 connects to it like any external
# PostgreSQL. A case submitted on node 1 is accepted on node 2; made overdue, it is escalated exactly once although
# both nodes run the clock watch every 2 seconds. Usage: bench/two-nodes.sh (after mvn -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
PORT=18080 start_platform target/bench-nodes target/bench-node1.log \
  --onewindow.clock-watch.initial-delay=1s --onewindow.clock-watch.interval=2s
node1=$pid
pg=$(grep -oE "Embedded PostgreSQL started on port [0-9]+" target/bench-node1.log | grep -oE "[0-9]+$")
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$pg/postgres" SPRING_DATASOURCE_USERNAME=postgres \
  ONEWINDOW_SECURITY_DATA_KEY="$(cat target/bench-nodes/keys/data-protection.key)" ONEWINDOW_DATA_DIR=target/bench-node2 \
  java -jar target/onewindow.jar --server.port=18081 --onewindow.clock-watch.initial-delay=1s \
  --onewindow.clock-watch.interval=2s > target/bench-node2.log 2>&1 &
node2=$!
trap 'kill $node1 $node2 2>/dev/null || true; wait 2>/dev/null || true' EXIT
until curl -fs "http://localhost:18081/actuator/health/readiness" > /dev/null 2>&1; do
  kill -0 $node2 2>/dev/null || { echo "node 2 exited; see target/bench-node2.log"; exit 1; }
  sleep 0.5
done
q=$(python3 -c "import urllib.parse;print(urllib.parse.quote('城镇职工基本养老保险关系转移接续'))")
code=$(curl -fs "http://localhost:18081/api/v1/catalog/items?q=$q&size=1" | sed -E 's/.*"code":"([^"]+)".*/\1/')
java bench/TwoNodes.java http://localhost:18080 http://localhost:18081 "$code" > target/two-nodes-case.txt
id=$(cat target/two-nodes-case.txt)
echo "case $id submitted on node 1 and accepted on node 2"
psql_q() { psql -h localhost -p "$pg" -U postgres -d postgres -Atc "$1"; }
psql_q "update app.casework_case set accepted_on = date '2026-03-02' where id = '$id'" > /dev/null
sleep 8
alerts=$(psql_q "select count(*) from app.casework_clock_alert where case_id = '$id' and kind = 'ESCALATION'")
events=$(psql_q "select count(*) from app.casework_event where case_id = '$id' and type = 'ESCALATION'")
scans=$(grep -c "Clock watch sent" target/bench-node1.log target/bench-node2.log | paste -sd ' ')
echo "escalation rows: $alerts, escalation events: $events (nodes that sent alerts: $scans)"
[ "$alerts" = 1 ] && [ "$events" = 1 ] && echo "TWO NODES: OK"
