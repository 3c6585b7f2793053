#!/usr/bin/env bash
# Crash safety: kill -9 the whole process tree (the JVM, the embedded PostgreSQL and its backends, at once) during
# a burst of 500 submissions from 20 concurrent clients, restart, check that every acknowledged case survived,
# then retry every request with its idempotency key and check that each case exists once with one process.
# Usage: bench/crash.sh [COUNT]   (build first: mvn -q package -DskipTests). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
start_platform target/bench-crash target/bench-crash.log
q=$(python3 -c "import urllib.parse;print(urllib.parse.quote('城乡居民基本养老保险参保登记'))")
code=$(curl -fs "http://localhost:$port/api/v1/catalog/items?q=$q&size=1" | sed -E 's/.*"code":"([^"]+)".*/\1/')
count=${1:-500}
rm -f target/crash-acks.txt
CRASH_THREADS=20 java bench/CrashLoad.java "http://localhost:$port" "$code" "$count" target/crash-acks.txt > target/crash-load.log 2>&1 &
load=$!
# wait for a fifth of the acknowledgements, then kill the JVM and PostgreSQL together in the middle of the burst
until [ -s target/crash-acks.txt ] && [ "$(wc -l < target/crash-acks.txt)" -ge $((count / 5)) ]; do sleep 0.05; done
postmaster=$(head -1 target/bench-crash/postgres/postmaster.pid)
kill -9 $pid $postmaster $(pgrep -P "$postmaster") 2>/dev/null || true
wait $load || true
acked=$(wc -l < target/crash-acks.txt)
echo "killed the JVM and PostgreSQL (postmaster $postmaster and its backends) after $acked acknowledged submissions"
wait $pid 2>/dev/null || true

# restart on the same data directory (the orphaned PostgreSQL is stopped and the data recovered)
ONEWINDOW_DATA_DIR=target/bench-crash java -jar "${JAR:-target/onewindow.jar}" --server.port="$port" > target/bench-crash-2.log 2>&1 &
pid=$!
until curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; do sleep 0.5; done
pg=$(grep -oE "Embedded PostgreSQL started on port [0-9]+" target/bench-crash-2.log | grep -oE "[0-9]+$")
psql_q() { psql -h localhost -p "$pg" -U postgres -d postgres -Atc "$1"; }
# first, before any retry: every acknowledged case must have survived on its own
lost=0
while read -r key id; do
  [ "$(psql_q "select count(*) from app.casework_case where id = '$id'")" = 1 ] || lost=$((lost + 1))
done < target/crash-acks.txt
echo "acknowledged before the kill: $acked; present after restart, before any retry: $((acked - lost)); lost: $lost"
# then the client retries all requests with the same keys: nothing may be duplicated
CRASH_THREADS=20 java bench/CrashLoad.java "http://localhost:$port" "$code" "$count" target/crash-retry.txt | tail -1
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
echo "after retrying all $count: cases $cases, duplicated keys $dupes, cases without a process $orphans"
[ "$lost" = 0 ] && [ "$missing" = 0 ] && [ "$multi" = 0 ] && [ "$cases" = "$count" ] && [ "$dupes" = 0 ] && [ "$orphans" = 0 ] && echo "CRASH SAFETY: OK"
