#!/usr/bin/env bash
# Which SQL statements a submit → accept → case-page cycle runs, and how often: the platform on Debian's PostgreSQL 15
# with pg_stat_statements, bench/CaseworkLoad.java for 25 s, then the statements by calls per accepted case.
# Usage: bench/statements.sh (after mvn -q package -DskipTests). Where to look before optimising submissions.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
need_package /usr/share/postgresql/15/extension/pg_stat_statements.control postgresql-contrib
start_postgres15
DATA_KEY=$(head -c 32 /dev/urandom | base64)
FILES_DIR=$(mktemp -d /tmp/onewindow-files.XXXXXX)
trap 'kill ${node_pid:-} 2>/dev/null || true; wait 2>/dev/null || true; stop_postgres15; rm -rf "$FILES_DIR"' EXIT
runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_dir/data" -w restart -o "-p $pg_port -k $pg_dir \
  -c listen_addresses=localhost -c max_connections=200 -c shared_preload_libraries=pg_stat_statements \
  -c pg_stat_statements.track=all" > /dev/null
PG_DB=onewindow pg_sql "create extension pg_stat_statements"
start_node 18080 target/bench-statements target/bench-statements.log --onewindow.demo-data.into-configured-database=true
q=$(python3 -c "import urllib.parse;print(urllib.parse.quote('城镇职工基本养老保险关系转移接续'))")
code=$(curl -fs "http://localhost:18080/api/v1/catalog/items?q=$q&size=1" | sed -E 's/.*"code":"([^"]+)".*/\1/')
PG_DB=onewindow pg_sql "select pg_stat_statements_reset()" > /dev/null
timeout 25 java bench/CaseworkLoad.java "http://localhost:18080" "$code" | tail -2 || true
n=$(PG_DB=onewindow pg_sql "select count(*) from app.casework_case where status = 'ACCEPTED'")
echo "accepted cases: $n; statements per case: $(PG_DB=onewindow pg_sql "select round(sum(calls)::numeric / $n, 1) from pg_stat_statements")"
PG_DB=onewindow pg_sql "select calls, round(total_exec_time::numeric) as ms, round(calls::numeric / $n, 2) as per_case,
  left(regexp_replace(query, '\s+', ' ', 'g'), 140) from pg_stat_statements order by calls desc limit 40"
