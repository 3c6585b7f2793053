#!/usr/bin/env bash
# The go-live kit end to end, as a city would do it on its own server: Debian's PostgreSQL 15 (apt-installed if
# missing), the jar with ONEWINDOW_BOOTSTRAP_ADMIN and no demo data, an SMS gateway and an SMTP server on localhost
# (bench/local_gateways.py). The administrator signs in with the one-time password, changes it, imports the
# organisation (a township hall and its windows, the 人社局's staff) and creates a staff account; a citizen registers
# and applies with an e-mail address; the imported staff (forced to change their initial passwords) accept and
# decide; the SMS and the e-mail arrive. Then bin/backup.sh, the server is wiped, bin/restore.sh into a fresh
# PostgreSQL and files directory, the platform restarts on it: the case, its material (byte for byte), the sign-ins
# and the audit chain are all back.
# Usage: bench/go-live.sh (after mvn -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
start_postgres15
first_pg_dir=$pg_dir
export DATA_KEY=$(head -c 32 /dev/urandom | base64)
export ONEWINDOW_NOTIFICATION_RELAY_KEY=$(openssl rand -hex 32)
FILES_DIR=$(mktemp -d /tmp/onewindow-files.XXXXXX)
OUT=$(mktemp -d /tmp/onewindow-golive.XXXXXX)
python3 bench/local_gateways.py 18925 18926 "$OUT" golive-secret > target/bench-gateways.log 2>&1 &
gateways=$!
cleanup() {
  kill ${node_pid:-} $gateways 2>/dev/null || true
  wait 2>/dev/null || true
  stop_postgres15
  runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$first_pg_dir/data" -m fast stop > /dev/null 2>&1 || true
  rm -rf "$FILES_DIR" "$OUT" "${RESTORED_FILES:-}"
}
trap cleanup EXIT
outside=(--onewindow.notification.sms.url=http://127.0.0.1:18925/sms --onewindow.notification.sms.app-id=leshan
         --onewindow.notification.sms.secret=golive-secret --spring.mail.host=127.0.0.1 --spring.mail.port=18926
         --onewindow.notification.email.from=noreply@zwfw.leshan.test)
base=http://localhost:18090
ONEWINDOW_BOOTSTRAP_ADMIN=admin.ls start_node 18090 target/bench-go-live target/bench-go-live.log "${outside[@]}"
echo "1. platform up on PostgreSQL 15 with no demo data"

# the first administrator
password=$(grep -oE "one-time password: [A-Za-z0-9]+" target/bench-go-live.log | awk '{print $3}')
jar=$(mktemp)
csrf() { grep -oE 'name="_csrf" value="[^"]+"' | head -1 | sed -E 's/.*value="([^"]+)"/\1/'; }
token() { curl -fs -c "$jar" -b "$jar" "$base$1" | csrf; }
login() {   # login USER PASSWORD
  curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$(token /login)" "$base/login"
}
login admin.ls "$password"
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "current=$password" --data-urlencode "next=Golive2026ok" \
  --data-urlencode "repeated=Golive2026ok" --data-urlencode "_csrf=$(token /account/password)" "$base/account/password"
echo "2. first administrator signed in with the one-time password and chose a new one"

# the organisation file: a township hall with two windows, and the 人社局's staff
cat > "$OUT/halls.csv" <<CSV
区划代码,大厅代码,大厅名称,层级,地址,办公时间,电话
511124,ZHEN,井研县研城街道便民服务中心,乡镇,井研县研城街道,工作日 9:00-17:00,0833-3712345
CSV
cat > "$OUT/windows.csv" <<CSV
大厅,窗口编号,窗口类型,部门
511124-ZHEN,1,无差别综合窗口,
511124-ZHEN,2,无差别综合窗口,
CSV
cat > "$OUT/staff.csv" <<CSV
用户名,姓名,部门,大厅,角色,初始密码
approver.hr,杨光明,511100-RSJ,,部门审批人员,Initial2026a
head.rsj,钟明远,511100-RSJ,,部门管理员、部门审批人员,Initial2026a
clerk.yc,何晓,511124-ZWJ,511124-ZHEN,综合窗口受理人员,
CSV
import_file() {
  local where result
  where=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' -F "file=@$1;type=text/csv" \
    -F "_csrf=$(token /admin/organization/import)" "$base/admin/organization/import")
  for _ in $(seq 60); do
    result=$(curl -fs -c "$jar" -b "$jar" "$where/progress")
    grep -q "导入完成\|未导入" <<< "$result" && break
    sleep 0.5
  done
  grep -oE "导入完成。[^<]*" <<< "$result" || { echo "import of $1 failed: $result" | sed 's/<[^>]*>//g' | tr -s ' \n'; exit 1; }
}
for f in halls windows staff; do import_file "$OUT/$f.csv"; done
again=$(import_file "$OUT/staff.csv")
grep -q "新增 0，更新 0，未变 3" <<< "$again" || { echo "re-import changed something: $again"; exit 1; }
curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=supervisor.ls" --data-urlencode "password=Initial2026b" \
  --data-urlencode "displayName=郑红梅" --data-urlencode "departmentId=511100-ZWJ" --data-urlencode "roles=SUPERVISOR" \
  --data-urlencode "_csrf=$(token /admin/accounts)" "$base/admin/accounts"
staff=$(PG_DB=onewindow pg_sql "select count(*) from app.identity_account where kind = 'STAFF'")
echo "3. organisation imported (re-import changed nothing); a staff account created; staff accounts: $staff"
[ "$staff" = 5 ] || { echo "expected 5 staff accounts"; exit 1; }

# a citizen registers and applies; the imported staff decide
curl -fs -o /dev/null -c "$jar.c" -b "$jar.c" "$base/register/citizen"
curl -fs -o /dev/null -c "$jar.c" -b "$jar.c" --data-urlencode "name=李明" --data-urlencode "idNumber=511102198507124578" \
  --data-urlencode "phone=13700001234" --data-urlencode "username=liming" --data-urlencode "password=Citizen2026ok" \
  --data-urlencode "_csrf=$(curl -fs -c "$jar.c" -b "$jar.c" "$base/register/citizen" | csrf)" "$base/register/citizen"
q=$(python3 -c "import urllib.parse;print(urllib.parse.quote('城镇职工基本养老保险关系转移接续'))")
code=$(curl -fs "$base/api/v1/catalog/items?q=$q&size=1" | sed -E 's/.*"code":"([^"]+)".*/\1/')
APPLICANT=liming APPLICANT_PASSWORD=Citizen2026ok PASSWORD=Initial2026a NEW_PASSWORD=Staff2026own APPLICANT_EMAIL=liming@mail.leshan.test java bench/TwoNodes.java "$base" "$code" true \
  > "$OUT/journey.txt" 2>&1 || true
if ! grep -q "decided" "$OUT/journey.txt"; then
  # the staff's initial passwords: the journey signs them in with it, then they choose their own
  cat "$OUT/journey.txt"; exit 1
fi
sed 's/^/   /' "$OUT/journey.txt" | head -20
case_id=$(tail -1 "$OUT/journey.txt")
echo "4. a citizen applied and the imported staff decided: case $case_id"

# the SMS and the e-mail left the building
# (the relay sends every 2 s, after each step's transaction: wait for the acceptance's SMS, not just the first one)
for _ in $(seq 60); do
  grep -q "已受理" "$OUT/sms.jsonl" 2>/dev/null && grep -q "liming@mail.leshan.test" "$OUT/envelope.txt" 2>/dev/null && break
  sleep 0.5
done
python3 - "$OUT" <<'PY'
import email, email.policy, json, sys
out = sys.argv[1]
sms = [json.loads(l) for l in open(f"{out}/sms.jsonl", encoding="utf-8")]
mine = [m for m in sms if m["phone"] == "13700001234"]
assert mine, "no SMS for the applicant"
assert any("已受理" in m["content"] for m in mine), "no acceptance SMS"
mails = [email.message_from_string(m, policy=email.policy.default)
         for m in open(f"{out}/mail.txt", encoding="utf-8").read().split("\n----\n") if "Subject:" in m]
to_applicant = [m for m in mails if "liming@mail.leshan.test" in str(m["To"])]
assert to_applicant, "no e-mail to the applicant"
print(f"5. {len(mine)} SMS (signed, HMAC-SM3) and {len(to_applicant)} e-mails received, e.g. "
      f"SMS “{mine[0]['content']}”, e-mail “{to_applicant[-1]['Subject']}”")
PY

# back up, wipe, restore into a fresh PostgreSQL
export PGHOST=localhost PGPORT=$pg_port PGUSER=onewindow PGPASSWORD=onewindow PGDATABASE=onewindow
files_before=$(cd "$FILES_DIR" && find . -type f -exec sha256sum {} + | sort)
chain_before=$(curl -fs -c "$jar" -b "$jar" "$base/api/v1/audit/verification")
backup=$(ONEWINDOW_SECURITY_DATA_KEY=$DATA_KEY ONEWINDOW_FILES_DIR=$FILES_DIR bin/backup.sh target/bench-backups | tail -1)
echo "6. backed up to $backup:"
sed 's/^/   /' "$backup/manifest.txt"
kill "$node_pid"; wait "$node_pid" 2>/dev/null || true
stop_postgres15
rm -rf "$first_pg_dir" "$FILES_DIR"
echo "7. server wiped (PostgreSQL cluster and files deleted)"
PG_PORT=15433 start_postgres15
export PGPORT=$pg_port
RESTORED_FILES=$(mktemp -d /tmp/onewindow-restored-files.XXXXXX)
# a damaged backup is refused before anything is written
cp -r "$backup" "$backup.damaged" && printf 'x' >> "$backup.damaged/files.tar"
if ONEWINDOW_FILES_DIR=$RESTORED_FILES bin/restore.sh "$backup.damaged" > "$OUT/damaged.txt" 2>&1; then
  echo "a damaged backup was restored"; exit 1
fi
echo "   damaged copy refused: $(tail -1 "$OUT/damaged.txt")"
rm -rf "$backup.damaged"
ONEWINDOW_FILES_DIR=$RESTORED_FILES bin/restore.sh "$backup" | sed 's/^/   /'
files_after=$(cd "$RESTORED_FILES" && find . -type f -exec sha256sum {} + | sort)
[ "$files_before" = "$files_after" ] || { echo "the files differ after the restore"; exit 1; }
set -a; . "$backup/keys.env"; set +a
FILES_DIR=$RESTORED_FILES DATA_KEY=$ONEWINDOW_SECURITY_DATA_KEY start_node 18090 target/bench-go-live-restored \
  target/bench-go-live-restored.log "${outside[@]}"
echo "8. restored into a fresh PostgreSQL; the platform restarted on it"
rm -f "$jar"; jar=$(mktemp)
login admin.ls Golive2026ok
chain_after=$(curl -fs -c "$jar" -b "$jar" "$base/api/v1/audit/verification")
echo "   audit chain before: $chain_before"
echo "   audit chain after:  $chain_after"
grep -q '"intact":true' <<< "$chain_after" || { echo "the audit chain does not verify after the restore"; exit 1; }
cjar=$(mktemp)
curl -fs -c "$cjar" -b "$cjar" -o /dev/null --data-urlencode "username=liming" --data-urlencode "password=Citizen2026ok" \
  --data-urlencode "_csrf=$(curl -fs -c "$cjar" -b "$cjar" "$base/login" | csrf)" "$base/login"
status=$(curl -fs -c "$cjar" -b "$cjar" "$base/api/v1/cases/$case_id" | grep -oE '"status":"[A-Z_]+"' | head -1)
page=$(curl -fs -c "$cjar" -b "$cjar" "$base/cases/$case_id")
grep -q "511102\*\*\*\*\*\*\*\*4578" <<< "$page" || { echo "the ID number cannot be read with the restored key"; exit 1; }
material=$(grep -oE "/cases/$case_id/materials/[0-9a-f-]{36}" <<< "$page" | head -1)
downloaded=$(curl -fs -c "$cjar" -b "$cjar" "$base$material")
grep -q "two-nodes bench" <<< "$downloaded" || { echo "the material is not back"; exit 1; }
echo "9. after the restore: the citizen signs in, the case is $status, the ID number decrypts (masked on the page),"
echo "   the material downloads byte for byte, the staff's own passwords work:"
for user in approver.hr head.rsj; do
  rm -f "$jar"; jar=$(mktemp)
  login "$user" Staff2026own
  [ "$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' "$base/workbench")" = 200 ] \
    || { echo "$user cannot work after the restore"; exit 1; }
  echo "   $user: 审批工作台 200"
done

# rotate the data key: re-seal everything under a new key, keep the lookup key, forget the old key
kill "$node_pid"; wait "$node_pid" 2>/dev/null || true
NEW_KEY=$(head -c 32 /dev/urandom | base64)
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$pg_port/onewindow" SPRING_DATASOURCE_USERNAME=onewindow \
  SPRING_DATASOURCE_PASSWORD=onewindow ONEWINDOW_DATA_DIR=target/bench-go-live-rotation ONEWINDOW_FILES_DIR=$RESTORED_FILES \
  ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY=$ONEWINDOW_SECURITY_DATA_KEY ONEWINDOW_SECURITY_DATA_KEY=$NEW_KEY \
  ROTATION_OUTPUT=$OUT/rotated.env bin/rotate-data-key.sh > target/bench-go-live-rotation.log 2>&1
grep -oE "重新加密 [0-9]+ 项，[0-9]+ 项已是新密钥" target/bench-go-live-rotation.log | sed 's/^/10. data key rotated: /'
set -a; . "$OUT/rotated.env"; set +a
unset ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY
FILES_DIR=$RESTORED_FILES DATA_KEY=$ONEWINDOW_SECURITY_DATA_KEY start_node 18090 target/bench-go-live-rotated \
  target/bench-go-live-rotated.log "${outside[@]}"
rm -f "$cjar"; cjar=$(mktemp)
curl -fs -c "$cjar" -b "$cjar" -o /dev/null --data-urlencode "username=liming" --data-urlencode "password=Citizen2026ok" \
  --data-urlencode "_csrf=$(curl -fs -c "$cjar" -b "$cjar" "$base/login" | csrf)" "$base/login"
page=$(curl -fs -c "$cjar" -b "$cjar" "$base/cases/$case_id")
grep -q "511102\*\*\*\*\*\*\*\*4578" <<< "$page" || { echo "the ID number cannot be read after the rotation"; exit 1; }
again=$(curl -s -c "$jar.c2" -b "$jar.c2" --data-urlencode "name=李明" --data-urlencode "idNumber=511102198507124578" \
  --data-urlencode "phone=13700001234" --data-urlencode "username=liming2" --data-urlencode "password=Citizen2026ok" \
  --data-urlencode "_csrf=$(curl -fs -c "$jar.c2" -b "$jar.c2" "$base/register/citizen" | csrf)" "$base/register/citizen")
grep -q "已经注册，请直接登录" <<< "$again" || { echo "the lookup by ID number does not find the citizen after the rotation"; exit 1; }
echo "    restarted on the new key alone: the ID number decrypts, and a second registration with it is refused (lookup kept)"
echo "GO-LIVE KIT: OK"
