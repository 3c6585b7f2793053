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
