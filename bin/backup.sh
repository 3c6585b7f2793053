#!/usr/bin/env bash
# 备份 / Backup of a OneWindow installation: the database (pg_dump, custom format), the uploaded files, and the keys
# without which the database is unreadable (the SM4 data key; the notification relay key when configured) — one
# directory with a manifest of SM3 checksums and the counts restore.sh checks afterwards.
#
# Usage: bin/backup.sh [PARENT_DIR]        (default: ./backups)
# Environment (the same the platform runs with):
#   PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE   the platform's PostgreSQL (libpq variables)
#   ONEWINDOW_SECURITY_DATA_KEY                      the data key (required)
#   ONEWINDOW_FILES_DIR                              the uploaded files (required)
#   ONEWINDOW_SECURITY_LOOKUP_KEY                    the lookup key, once the data key has been rotated
#   ONEWINDOW_NOTIFICATION_RELAY_KEY                 the relay key (optional)
# The backup holds the keys: keep it as secret as the database itself (encrypted disk, no shared folders).
set -euo pipefail
parent=${1:-./backups}
: "${ONEWINDOW_SECURITY_DATA_KEY:?请设置 ONEWINDOW_SECURITY_DATA_KEY（平台的数据加密主密钥）：没有它，备份中的身份证号等无法读取}"
: "${ONEWINDOW_FILES_DIR:?请设置 ONEWINDOW_FILES_DIR（上传材料目录）}"
[ -z "${ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY:-}" ] || { echo "密钥轮换尚未结束（设置了 ONEWINDOW_SECURITY_PREVIOUS_DATA_KEY）：请在轮换完成后再备份" >&2; exit 1; }
[ -d "$ONEWINDOW_FILES_DIR" ] || { echo "材料目录不存在：$ONEWINDOW_FILES_DIR" >&2; exit 1; }
for tool in pg_dump psql tar openssl; do
  command -v "$tool" > /dev/null || { echo "缺少命令 $tool（Debian: apt-get install postgresql-client-15 tar openssl）" >&2; exit 1; }
done
sql() { psql -v ON_ERROR_STOP=1 -Atqc "$1"; }
schema=$(sql "select max(version::int) from app.flyway_schema_history where success") \
  || { echo "无法连接数据库或其中没有 OneWindow 的 app 模式（检查 PGHOST/PGPORT/PGUSER/PGDATABASE）" >&2; exit 1; }
stamp=$(date -u +%Y%m%dT%H%M%SZ)
dir="$parent/onewindow-backup-$stamp"
mkdir -p "$dir"
chmod 700 "$dir"
umask 077
# the counts are read in the same snapshot as the dump would see them if nothing changed; restore.sh compares them
counts=$(sql "select (select count(*) from app.casework_case) || ' ' || (select count(*) from app.license_license) || ' '
              || (select count(*) from app.audit_entry) || ' ' || (select count(*) from app.casework_material)")
read -r cases licences audit materials <<< "$counts"
echo "数据库 $PGDATABASE（模式版本 V$schema）：$cases 件办件，$licences 张证照，$audit 条审计记录…"
pg_dump --format=custom --compress=6 --no-owner --file="$dir/database.dump"
# files after the database: every material the dump refers to was written before its row (files are never changed)
tar -C "$ONEWINDOW_FILES_DIR" -cf "$dir/files.tar" .
{
  echo "ONEWINDOW_SECURITY_DATA_KEY=$ONEWINDOW_SECURITY_DATA_KEY"
  [ -n "${ONEWINDOW_SECURITY_LOOKUP_KEY:-}" ] && echo "ONEWINDOW_SECURITY_LOOKUP_KEY=$ONEWINDOW_SECURITY_LOOKUP_KEY"
  [ -n "${ONEWINDOW_NOTIFICATION_RELAY_KEY:-}" ] && echo "ONEWINDOW_NOTIFICATION_RELAY_KEY=$ONEWINDOW_NOTIFICATION_RELAY_KEY"
  true
} > "$dir/keys.env"
{
  echo "# OneWindow backup manifest"
  echo "created: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database: $PGDATABASE"
  echo "schema-version: $schema"
  echo "pg_dump: $(pg_dump --version | grep -oE '[0-9]+(\.[0-9]+)+' | head -1)"
  echo "cases: $cases"
  echo "licences: $licences"
  echo "audit-entries: $audit"
  echo "materials: $materials"
  echo "files: $(tar -tf "$dir/files.tar" | grep -vc '/$' || true)"
  for f in database.dump files.tar keys.env; do
    echo "sm3: $(openssl dgst -sm3 -r "$dir/$f" | cut -d' ' -f1) $(stat -c %s "$dir/$f") $f"
  done
} > "$dir/manifest.txt"
echo "备份完成：$dir（$(du -sh "$dir" | cut -f1)）"
echo "$dir"
