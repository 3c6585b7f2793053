#!/usr/bin/env bash
# Day one on a city's own PostgreSQL: Debian's postgresql-15 (apt-installed if missing), the jar started with
# ONEWINDOW_BOOTSTRAP_ADMIN and no demo data; the one-time password is read from the log, the administrator signs in,
# is sent to 修改密码, changes it and reaches the administration pages; a restart creates no second administrator.
# Usage: bench/first-admin.sh (after mvn -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
start_postgres15
DATA_KEY=$(head -c 32 /dev/urandom | base64)
FILES_DIR=$(mktemp -d /tmp/onewindow-files.XXXXXX)
trap 'kill ${node_pid:-} 2>/dev/null || true; wait 2>/dev/null || true; stop_postgres15; rm -rf "$FILES_DIR"' EXIT
ONEWINDOW_BOOTSTRAP_ADMIN=zwadmin.ls start_node 18090 target/bench-first-admin target/bench-first-admin.log
password=$(grep -oE "one-time password: [A-Za-z0-9]+" target/bench-first-admin.log | awk '{print $3}')
[ -n "$password" ] || { echo "no one-time password in the log"; exit 1; }
echo "one-time password printed once: $(grep -c 'one-time password' target/bench-first-admin.log) line"
jar=$(mktemp)
csrf() { grep -oE 'name="_csrf" value="[^"]+"' | head -1 | sed -E 's/.*value="([^"]+)"/\1/'; }
token=$(curl -fs -c "$jar" -b "$jar" http://localhost:18090/login | csrf)
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=zwadmin.ls" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$token" http://localhost:18090/login
where=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' http://localhost:18090/admin/accounts)
[[ "$where" == */account/password ]] || { echo "expected 修改密码 first, got '$where'"; exit 1; }
token=$(curl -fs -c "$jar" -b "$jar" http://localhost:18090/account/password | csrf)
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "current=$password" --data-urlencode "next=Leshan2026go" \
  --data-urlencode "repeated=Leshan2026go" --data-urlencode "_csrf=$token" http://localhost:18090/account/password
code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' http://localhost:18090/admin/accounts)
[ "$code" = 200 ] || { echo "administration page after the change: HTTP $code"; exit 1; }
kill "$node_pid"; wait "$node_pid" 2>/dev/null || true
ONEWINDOW_BOOTSTRAP_ADMIN=zwadmin.ls start_node 18090 target/bench-first-admin target/bench-first-admin-2.log
if grep -q "one-time password" target/bench-first-admin-2.log; then echo "a second administrator was created"; exit 1; fi
admins=$(PG_DB=onewindow pg_sql "select count(*) from app.identity_account_role where role = 'SYS_ADMIN'")
audit=$(PG_DB=onewindow pg_sql "select string_agg(action, ',' order by seq) from app.audit_entry where action in ('BOOTSTRAP_ADMIN_CREATED', 'PASSWORD_CHANGED')")
echo "administrators: $admins; audit: $audit"
[ "$admins" = 1 ] && [ "$audit" = "BOOTSTRAP_ADMIN_CREATED,PASSWORD_CHANGED" ] && echo "FIRST ADMINISTRATOR: OK"
