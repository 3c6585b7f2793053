#!/usr/bin/env bash
# 恢复 / Restore a backup made by bin/backup.sh into an empty PostgreSQL database and an empty files directory.
# Every file is checked against the manifest's SM3 checksum first; nothing is written when one differs. Afterwards
# the counts of cases, licences, audit entries and materials are compared with the manifest.
#
# Usage: bin/restore.sh BACKUP_DIR
# Environment:
#   PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE   the new, empty database (created beforehand: createdb)
#   ONEWINDOW_FILES_DIR                              where the files go (absent or empty)
# Then start the platform on that database with the keys in BACKUP_DIR/keys.env (and the same or a newer version:
# Flyway upgrades the schema on start; a schema newer than the code is refused).
set -euo pipefail
dir=${1:?用法：bin/restore.sh 备份目录}
: "${ONEWINDOW_FILES_DIR:?请设置 ONEWINDOW_FILES_DIR（恢复材料的目标目录）}"
[ -f "$dir/manifest.txt" ] || { echo "$dir 中没有 manifest.txt：不是 bin/backup.sh 生成的备份" >&2; exit 1; }
for tool in pg_restore psql tar openssl; do
  command -v "$tool" > /dev/null || { echo "缺少命令 $tool（Debian: apt-get install postgresql-client-15 tar openssl）" >&2; exit 1; }
done
manifest() { grep -E "^$1: " "$dir/manifest.txt" | head -1 | cut -d' ' -f2-; }

# 1. integrity: every file as it was written
while read -r _ sum size name; do
  [ -f "$dir/$name" ] || { echo "备份缺少文件 $name" >&2; exit 1; }
  actual=$(openssl dgst -sm3 -r "$dir/$name" | cut -d' ' -f1)
  [ "$actual" = "$sum" ] && [ "$(stat -c %s "$dir/$name")" = "$size" ] \
    || { echo "$name 的 SM3 校验值与清单不符：备份已损坏或被改动，未恢复任何数据" >&2; exit 1; }
done < <(grep -E '^sm3: ' "$dir/manifest.txt")
echo "校验通过：$(grep -c '^sm3: ' "$dir/manifest.txt") 个文件的 SM3 与清单一致"

# 2. the targets must be empty: a restore never mixes two installations
sql() { psql -v ON_ERROR_STOP=1 -Atqc "$1"; }
existing=$(sql "select count(*) from information_schema.schemata where schema_name = 'app'") \
  || { echo "无法连接目标数据库（检查 PGHOST/PGPORT/PGUSER/PGDATABASE，数据库须先用 createdb 建好）" >&2; exit 1; }
[ "$existing" = 0 ] || { echo "目标数据库 $PGDATABASE 中已有 OneWindow 数据（app 模式）：请恢复到一个新建的空数据库" >&2; exit 1; }
if [ -d "$ONEWINDOW_FILES_DIR" ] && [ -n "$(ls -A "$ONEWINDOW_FILES_DIR")" ]; then
  echo "材料目录 $ONEWINDOW_FILES_DIR 不是空的：请指定一个空目录" >&2; exit 1
fi

# 3. database, then files
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$PGDATABASE" "$dir/database.dump"
mkdir -p "$ONEWINDOW_FILES_DIR"
tar -C "$ONEWINDOW_FILES_DIR" -xf "$dir/files.tar"

# 4. everything is back
counts=$(sql "select (select count(*) from app.casework_case) || ' ' || (select count(*) from app.license_license) || ' '
              || (select count(*) from app.audit_entry) || ' ' || (select count(*) from app.casework_material)")
read -r cases licences audit materials <<< "$counts"
files=$(find "$ONEWINDOW_FILES_DIR" -type f | wc -l)
echo "已恢复：$cases 件办件，$licences 张证照，$audit 条审计记录，$materials 份材料记录，$files 个文件（模式版本 V$(manifest schema-version)）"
[ "$cases" = "$(manifest cases)" ] && [ "$licences" = "$(manifest licences)" ] && [ "$audit" = "$(manifest audit-entries)" ] \
  && [ "$materials" = "$(manifest materials)" ] && [ "$files" = "$(manifest files)" ] \
  || { echo "恢复后的数量与备份清单不符" >&2; exit 1; }
echo "恢复完成。请用 $dir/keys.env 中的密钥启动平台（export \$(cat $dir/keys.env)），并在“审计日志”页校验哈希链。"
