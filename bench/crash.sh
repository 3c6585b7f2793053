#!/usr/bin/env bash
# Crash safety: kill -9 the JVM during a burst of 200 submissions, restart, retry every request with its
# idempotency key, and check that every acknowledged case exists once with exactly one process instance.
# Usage: bench/crash.sh   (build first: mvn -q package -DskipTests). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
start_platform target/bench-crash target/bench-crash.log
q=$(python3 -c "import urllib.parse;print(urllib.parse.quote('城乡居民基本养老保险参保登记'))")
code=$(curl -fs "http://localhost:$port/api/v1/catalog/items?q=$q&size=1" | sed -E 's/.*"code":"([^"]+)".*/\1/')
rm -f target/crash-acks.txt
java bench/CrashLoad.java "http://localhost:$port" "$code" 200 target/crash-acks.txt > target/crash-load.log 2>&1 &
load=$!
# wait for the first acknowledgements, then kill the server in the middle of the burst
until [ -s target/crash-acks.txt ] && [ "$(wc -l < target/crash-acks.txt)" -ge 40 ]; do sleep 0.05; done
kill -9 $pid
wait $load || true
acked=$(wc -l < target/crash-acks.txt)
echo "killed the JVM after $acked acknowledged submissions"
wait $pid 2>/dev/null || true

# restart on the same data directory (the orphaned PostgreSQL is stopped and the data recovered)
ONEWINDOW_DATA_DIR=target/bench-crash java -jar target/onewindow.jar --server.port="$port" > target/bench-crash-2.log 2>&1 &
pid=$!
until curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; do sleep 0.5; done
# the client retries all 200 requests with the same keys: nothing may be duplicated
java bench/CrashLoad.java "http://localhost:$port" "$code" 200 target/crash-retry.txt | tail -1
pg=$(grep -oE "Embedded PostgreSQL started on port [0-9]+" target/bench-crash-2.log | grep -oE "[0-9]+$")
psql_q() { psql -h localhost -p "$pg" -U postgres -d postgres -Atc "$1"; }
missing=0; multi=0
while read -r key id; do
  n=$(psql_q "select count(*) from app.casework_case where id = '$id' and idempotency_key = '$key'")
  p=$(psql_q "select count(*) from app.act_hi_procinst where business_key_ = '$id'")
  [ "$n" = 1 ] || missing=$((missing + 1))
  [ "$p" = 1 ] || multi=$((multi + 1))
done < target/crash-acks.txt
cases=$(psql_q "select count(*) from app.casework_case where idempotency_key like 'crash-%'")
dupes=$(psql_q "select count(*) from (select idempotency_key from app.casework_case where idempotency_key like 'crash-%' group by 1 having count(*) > 1) d")
orphans=$(psql_q "select count(*) from app.casework_case c where idempotency_key like 'crash-%' and not exists (select 1 from app.act_hi_procinst p where p.business_key_ = c.id::text)")
echo "acknowledged before the kill: $acked; missing after restart: $missing; without exactly one process: $multi"
echo "after retrying all 200: cases $cases, duplicated keys $dupes, cases without a process $orphans"
[ "$missing" = 0 ] && [ "$multi" = 0 ] && [ "$cases" = 200 ] && [ "$dupes" = 0 ] && [ "$orphans" = 0 ] && echo "CRASH SAFETY: OK"
