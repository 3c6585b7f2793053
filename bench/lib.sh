# Shared by the bench scripts: start the packaged platform on a fresh data directory and wait until it is ready.
# Usage: start_platform DATA_DIR LOG_FILE [extra arguments...]; sets $pid and $port, stops it on exit.
# JAR=path runs another copy of the jar (e.g. while a build rewrites target/onewindow.jar).
start_platform() {
  local data_dir=$1 log=$2
  shift 2
  port=${PORT:-18080}
  rm -rf "$data_dir"
  ONEWINDOW_DATA_DIR="$data_dir" java -jar "${JAR:-target/onewindow.jar}" --server.port="$port" "$@" > "$log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
  until curl -fs "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "platform exited; see $log"; exit 1; }
    sleep 0.5
  done
}

# Installs a Debian package when its command is missing (CI machines start without haproxy or the PostgreSQL server).
need_package() {
  local check=$1 package=$2
  if [ ! -x "$check" ] && ! command -v "$check" > /dev/null 2>&1; then
    (apt-get install -y -q "$package" > /dev/null 2>&1 || { apt-get update -q > /dev/null && apt-get install -y -q "$package" > /dev/null; })
  fi
}

# Starts Debian's PostgreSQL 15 server — the production path, not the embedded one — on PG_PORT (default 15432)
# in a fresh cluster under /tmp, with database and role onewindow (password onewindow). Sets $pg_dir; stop_postgres15.
start_postgres15() {
  need_package /usr/lib/postgresql/15/bin/postgres postgresql-15
  local bin=/usr/lib/postgresql/15/bin
  pg_port=${PG_PORT:-15432}
  pg_dir=$(mktemp -d /tmp/onewindow-pg15.XXXXXX)
  chown postgres "$pg_dir"
  echo postgres > "$pg_dir/.pw" && chown postgres "$pg_dir/.pw"
  runuser -u postgres -- "$bin/initdb" -D "$pg_dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$pg_dir/.pw" -E UTF8 --locale=C.UTF-8 > "$pg_dir/initdb.log"
  runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w start \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=localhost -c max_connections=200" > /dev/null
  pg_sql "create role onewindow login password 'onewindow'" > /dev/null
  pg_sql "create database onewindow owner onewindow" > /dev/null
  echo "PostgreSQL $("$bin/postgres" --version | grep -oE '[0-9]+\.[0-9]+' | head -1) (Debian) on port $pg_port, data in $pg_dir/data"
}

pg_sql() {
  runuser -u postgres -- psql -h "$pg_dir" -p "$pg_port" -U postgres -d "${PG_DB:-postgres}" -v ON_ERROR_STOP=1 -Atqc "$1"
}

stop_postgres15() {
  [ -n "${pg_dir:-}" ] && runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_dir/data" -m fast stop > /dev/null 2>&1 || true
}

# Starts one node of the platform against the PostgreSQL from start_postgres15. Usage: start_node PORT DATA_DIR LOG [args]
# (FILES_DIR shared by all nodes, DATA_KEY the same everywhere). Sets $node_pid; waits until it is ready.
start_node() {
  local node_port=$1 data_dir=$2 log=$3
  shift 3
  rm -rf "$data_dir"
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$pg_port/onewindow" SPRING_DATASOURCE_USERNAME=onewindow \
    SPRING_DATASOURCE_PASSWORD=onewindow ONEWINDOW_SECURITY_DATA_KEY="$DATA_KEY" ONEWINDOW_DATA_DIR="$data_dir" \
    ONEWINDOW_FILES_DIR="$FILES_DIR" java -jar "${JAR:-target/onewindow.jar}" --server.port="$node_port" "$@" > "$log" 2>&1 &
  node_pid=$!
  until curl -fs "http://localhost:$node_port/actuator/health/readiness" > /dev/null 2>&1; do
    kill -0 $node_pid 2>/dev/null || { echo "node on $node_port exited; see $log"; tail -20 "$log"; return 1; }
    sleep 0.5
  done
}
