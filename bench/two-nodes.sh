#!/usr/bin/env bash
# Two stateless nodes behind HAProxy (round robin, no stickiness) on Debian's PostgreSQL 15, uploaded files on one
# shared directory, sessions in PostgreSQL. A citizen applies and uploads a material, staff accept, one node is killed
# (SIGKILL), and the case is decided and the material downloaded through the balancer by the same signed-in people.
# Then both nodes' clock watches race on an overdue case, which must be escalated exactly once.
# Usage: bench/two-nodes.sh (after mvn -q package -DskipTests). Installs haproxy and postgresql-15 with apt if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_package haproxy haproxy
start_postgres15
DATA_KEY=$(head -c 32 /dev/urandom | base64)
FILES_DIR=$(mktemp -d /tmp/onewindow-shared-files.XXXXXX)   # stands for the NFS mount or shared volume
pids=()
cleanup() {
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  stop_postgres15
  rm -rf "$FILES_DIR"
}
trap cleanup EXIT
watch=(--onewindow.clock-watch.initial-delay=1s --onewindow.clock-watch.interval=2s)
# the first node loads the catalogue and (explicitly, this being a bench database) the demo organisation and accounts
start_node 18081 target/bench-node1 target/bench-node1.log --onewindow.demo-data.into-configured-database=true "${watch[@]}"
node1=$node_pid; pids+=("$node1")
start_node 18082 target/bench-node2 target/bench-node2.log --onewindow.demo-data.into-configured-database=true "${watch[@]}"
node2=$node_pid; pids+=("$node2")
cat > target/bench-haproxy.cfg <<CFG
global
  maxconn 512
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 2
  option redispatch
frontend onewindow
  bind 127.0.0.1:18080
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /actuator/health/readiness
  http-response set-header X-Served-By %s
  server node1 127.0.0.1:18081 check inter 1s fall 2 rise 2
  server node2 127.0.0.1:18082 check inter 1s fall 2 rise 2
CFG
haproxy -f target/bench-haproxy.cfg -db > target/bench-haproxy.log 2>&1 &
pids+=($!)
until curl -fs http://localhost:18080/actuator/health/readiness > /dev/null 2>&1; do sleep 0.3; done
echo "HAProxy $(haproxy -v | head -1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+') on :18080 → node1 :18081, node2 :18082 (round robin, no stickiness)"
q=$(python3 -c "import urllib.parse;print(urllib.parse.quote('城镇职工基本养老保险关系转移接续'))")
code=$(curl -fs "http://localhost:18080/api/v1/catalog/items?q=$q&size=1" | sed -E 's/.*"code":"([^"]+)".*/\1/')
java bench/TwoNodes.java http://localhost:18080 "$code" kill -9 "$node1" | tee target/two-nodes-journey.txt
id=$(tail -1 target/two-nodes-journey.txt)
grep -q "node1" target/two-nodes-journey.txt && grep -q "node2" target/two-nodes-journey.txt \
  || { echo "the balancer did not use both nodes"; exit 1; }
echo "JOURNEY THROUGH THE BALANCER WITH A NODE KILLED: OK"

# node 1 comes back; both watch the clock; an overdue case is escalated exactly once
start_node 18081 target/bench-node1 target/bench-node1b.log "${watch[@]}"
pids+=("$node_pid")
id2=$(java bench/TwoNodes.java http://localhost:18080 "$code" accept-only | tail -1)
PG_DB=onewindow pg_sql "update app.casework_case set accepted_on = date '2026-03-02' where id = '$id2'" > /dev/null
for _ in $(seq 40); do   # the first watch pass after the change, then two more passes of both nodes
  [ "$(PG_DB=onewindow pg_sql "select count(*) from app.casework_clock_alert where case_id = '$id2'")" != 0 ] && break
  sleep 0.5
done
sleep 5
alerts=$(PG_DB=onewindow pg_sql "select count(*) from app.casework_clock_alert where case_id = '$id2' and kind = 'ESCALATION'")
events=$(PG_DB=onewindow pg_sql "select count(*) from app.casework_event where case_id = '$id2' and type = 'ESCALATION'")
echo "escalation rows: $alerts, escalation events: $events (both nodes watch the clock every 2 s)"
[ "$alerts" = 1 ] && [ "$events" = 1 ] && echo "TWO NODES: OK"
