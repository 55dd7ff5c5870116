# Process control, tool checks and run recording for bin/benchmarks. Sourced, never run alone.
# Expects PROJECT_DIR and BENCH_DIR. The run functions also expect RESULTS_DIR.

STARTED_PIDS=()
NGINX_PREFIX=""
FAILED_RUNS=0

log() {
  echo "[benchmarks $(date -u +%H:%M:%S)] $*" >&2
}

wants_section() {
  [[ ",$SECTIONS," == *",$1,"* ]]
}

# Installs the Debian packages of missing tools. Needs root, as apt-get does.
install_missing_packages() {
  local packages=()
  [[ -x /usr/bin/locust ]] || packages+=(python3-locust)
  command -v wrk > /dev/null || packages+=(wrk)
  command -v nginx > /dev/null || [[ -x /usr/sbin/nginx ]] || packages+=(nginx-light)
  [[ -x /usr/bin/time ]] || packages+=(time)
  [[ ${#packages[@]} -eq 0 ]] && return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "error: missing packages ${packages[*]}, and installing them needs root: run 'sudo apt-get install ${packages[*]}', then bin/benchmarks --skip-install" >&2
    exit 2
  fi
  log "installing ${packages[*]} with apt-get"
  apt-get update -q > /dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${packages[@]}" > /dev/null
}

require_tools() {
  local tool
  for tool in /usr/bin/locust /usr/bin/time wrk java mvn curl timeout; do
    if ! command -v "$tool" > /dev/null; then
      echo "error: '$tool' not found: install it (bin/benchmarks without --skip-install installs the Debian packages)" >&2
      exit 2
    fi
  done
  command -v nginx > /dev/null || [[ -x /usr/sbin/nginx ]] || { echo "error: nginx not found: apt-get install nginx-light" >&2; exit 2; }
}

# Compiles main and test sources and stores the test classpath, so Gatling and the generator start
# without Maven.
build_project() {
  log "compiling (mvn test-compile)"
  mkdir -p "$PROJECT_DIR/target"
  if ! (cd "$PROJECT_DIR" && mvn -q -B test-compile \
    && mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmarks-classpath.txt) \
    > "$PROJECT_DIR/target/benchmarks-build.log" 2>&1; then
    cat "$PROJECT_DIR/target/benchmarks-build.log" >&2
    echo "error: the build failed, see the output above. Fix it, then rerun bin/benchmarks" >&2
    exit 1
  fi
  CLASSPATH_FOR_BENCH="$PROJECT_DIR/target/test-classes:$PROJECT_DIR/target/classes:$(cat "$PROJECT_DIR/target/benchmarks-classpath.txt")"
}

render_doc() {
  log "regenerating $DOC_FILE from $1"
  java -cp "$CLASSPATH_FOR_BENCH" org.quarksbench.bench.doc.BenchmarkDocGenerator "$1" "$DOC_FILE"
}

estimate_minutes() {
  local seconds=0
  wants_section capacity && seconds=$(( seconds + (6 * REPEATS + 1) * (CAPACITY_SECONDS + 12) ))
  wants_section many-users && seconds=$(( seconds + 3 * MANY_REPEATS * (MANY_SECONDS + 25) ))
  wants_section servers && seconds=$(( seconds + 6 * ($(wc -w <<< "$SWEEP_CONNECTIONS") + REPEATS - 1) * (SWEEP_SECONDS + 1) + 60 ))
  wants_section overhead && seconds=$(( seconds + 2 * REPEATS * (OVERHEAD_RUN_SECONDS + 15) + 30 ))
  wants_section truth && seconds=$(( seconds + 2 * REPEATS * (TRUTH_SECONDS + 12) ))
  echo $(( (seconds + 59) / 60 ))
}

record_machine() {
  {
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "mode: $MODE"
    echo "repeats: $REPEATS"
    echo "many_users_repeats: $MANY_REPEATS"
    echo "nproc: $(nproc)"
    echo "cpu_model: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "kernel: $(uname -r)"
    echo "java: $(java -version 2>&1 | head -1)"
    echo "java_runtime: $(java -version 2>&1 | sed -n 2p)"
    echo "maven: $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
    echo "wrk: $(wrk -v 2>&1 | head -1)"
    echo "nginx: $( (nginx -v || /usr/sbin/nginx -v) 2>&1 | head -1)"
    echo "locust: $(/usr/bin/locust -V 2>&1 | head -1) ($(dpkg-query -W -f '${Package} ${Version}' python3-locust 2> /dev/null || echo 'not a Debian package'))"
    echo "python: $(/usr/bin/python3 --version 2>&1)"
    echo "load_average_start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "git_commit: $(git -C "$PROJECT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  } > "$1"
}

# Starts a command in the background and remembers its pid for stop_started_processes, also in
# LAST_BACKGROUND_PID. Call it directly, never in $(...), whose subshell would lose the pid.
start_background() {
  local output="$1"
  shift
  "$@" > "$output" 2>&1 &
  LAST_BACKGROUND_PID=$!
  STARTED_PIDS+=("$LAST_BACKGROUND_PID")
}

# Removes a pid that has exited from STARTED_PIDS, so that a later stop never signals a reused pid.
forget_pid() {
  local kept=() pid
  for pid in "${STARTED_PIDS[@]}"; do
    [[ "$pid" == "$1" ]] || kept+=("$pid")
  done
  STARTED_PIDS=("${kept[@]}")
}

# Prints the pids of a process's descendants, deepest first.
descendant_pids() {
  local child
  for child in $(pgrep -P "$1" || true); do
    descendant_pids "$child"
    echo "$child"
  done
}

# Stops every process this suite started, and their children, by pid, then removes the nginx prefix.
stop_started_processes() {
  local pid child
  for pid in "${STARTED_PIDS[@]}"; do
    for child in $(descendant_pids "$pid"); do
      kill "$child" 2> /dev/null || true
    done
    kill "$pid" 2> /dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 "$pid" 2> /dev/null || break
      sleep 0.5
    done
    kill -9 "$pid" 2> /dev/null || true
  done
  STARTED_PIDS=()
  if [[ -n "$NGINX_PREFIX" && -d "$NGINX_PREFIX" ]]; then
    rm -rf "$NGINX_PREFIX"
    NGINX_PREFIX=""
  fi
}

port_in_use() {
  (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
}

# Waits until URL responds with HTTP 200, at most $2 seconds.
wait_for_http() {
  local url="$1" limit_seconds="$2" waited=0
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" == "200" ]]; do
    if (( waited >= limit_seconds * 2 )); then
      echo "error: $url did not respond with 200 within $limit_seconds s: see the server log in the results folder" >&2
      return 1
    fi
    sleep 0.5
    waited=$(( waited + 1 ))
  done
}

start_nginx() {
  port_in_use "$NGINX_PORT" && { echo "error: port $NGINX_PORT is in use: stop what listens there" >&2; exit 1; }
  NGINX_PREFIX="$(mktemp -d /tmp/quarks-bench-nginx.XXXXXX)"
  mkdir -p "$NGINX_PREFIX/html"
  # 512 bytes, about the size of a small JSON response.
  head -c 512 /dev/zero | tr '\0' 'q' > "$NGINX_PREFIX/html/static.txt"
  # nginx workers run as an unprivileged user, which must read the prefix.
  chmod 755 "$NGINX_PREFIX" "$NGINX_PREFIX/html"
  chmod 644 "$NGINX_PREFIX/html/static.txt"
  sed -e "s#@PREFIX@#$NGINX_PREFIX#g" -e "s#@PORT@#$NGINX_PORT#g" "$BENCH_DIR/nginx.conf.template" > "$NGINX_PREFIX/nginx.conf"
  local nginx_binary
  nginx_binary="$(command -v nginx || echo /usr/sbin/nginx)"
  start_background "$RESULTS_DIR/nginx.log" "$nginx_binary" -p "$NGINX_PREFIX" -c "$NGINX_PREFIX/nginx.conf" -e "$NGINX_PREFIX/error.log"
  wait_for_http "http://127.0.0.1:$NGINX_PORT/static.txt" 10
  log "nginx serving http://127.0.0.1:$NGINX_PORT/static.txt from $NGINX_PREFIX"
}

start_latency_server() {
  port_in_use "$LATENCY_PORT" && { echo "error: port $LATENCY_PORT is in use: stop what listens there" >&2; exit 1; }
  start_background "$RESULTS_DIR/latency-server.log" java -Xmx256m -cp "$CLASSPATH_FOR_BENCH" \
    org.quarksbench.bench.latency.LatencyServerMain --port "$LATENCY_PORT" \
    --base-min-ms 5 --base-max-ms 15 --period-ms 5000 --stall-ms 500
  wait_for_http "http://127.0.0.1:$LATENCY_PORT/health" 30
}

# Makes a command line readable in the doc: the project folder becomes '.', the results folder
# '<results>', the test classpath '<test classpath>'.
display_command() {
  local text="$*"
  text="${text//$CLASSPATH_FOR_BENCH/<test classpath>}"
  text="${text//$RESULTS_DIR/<results>}"
  text="${text//$PROJECT_DIR/.}"
  echo "$text"
}

# Prints the CPU ticks used so far by the descendants of a process (their own time, not their children's).
tree_cpu_ticks() {
  local total=0 pid fields
  for pid in $(descendant_pids "$1"); do
    # Fields 14 and 15 of /proc/<pid>/stat are utime and stime. No command name here contains a space.
    read -r -a fields < "/proc/$pid/stat" 2> /dev/null || continue
    total=$(( total + fields[13] + fields[14] ))
  done
  echo "$total"
}

# Writes the CPU ticks of a Gatling run at the start and at the end of its load to gatling-cpu.txt, so
# that the doc can leave out the JVM start and the report generation. Gatling creates simulation.log
# when the load starts and prints "Parsing log file(s)" after it ends. Resolution: 0.2 s.
mark_gatling_load_cpu() {
  local dir="$1" run_pid="$2" started=0
  echo "ticks_per_second $(getconf CLK_TCK)" > "$dir/gatling-cpu.txt"
  while kill -0 "$run_pid" 2> /dev/null; do
    if [[ $started -eq 0 ]] && compgen -G "$dir/gatling-results/*/simulation.log" > /dev/null; then
      echo "load_start $(tree_cpu_ticks "$run_pid")" >> "$dir/gatling-cpu.txt"
      started=1
    fi
    if [[ $started -eq 1 ]] && grep -q "Parsing log file" "$dir/stdout.txt" 2> /dev/null; then
      echo "load_end $(tree_cpu_ticks "$run_pid")" >> "$dir/gatling-cpu.txt"
      return 0
    fi
    sleep 0.2
  done
}

# Runs one measured command: run_case SECTION CASE REPEAT KIND PARAMS LIMIT_SECONDS COMMAND...
# Records a line in runs.tsv, and stdout, stderr, /usr/bin/time -v and the exit code in the run folder.
# PARAMS is a ';' list of key=value pairs that the generator reads (e.g. connections=64;runSeconds=20).
# A failed run is recorded and counted, and the suite goes on.
run_case() {
  local section="$1" case_name="$2" repeat="$3" kind="$4" params="$5" limit_seconds="$6"
  shift 6
  local dir="$RESULTS_DIR/$section/$case_name/r$repeat"
  mkdir -p "$dir"
  params="$params;loadAverage=$(cut -d' ' -f1 /proc/loadavg)"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$section" "$case_name" "$repeat" "$kind" "${dir#"$RESULTS_DIR"/}" \
    "$params" "$(display_command "$@")" >> "$RESULTS_DIR/runs.tsv"
  log "$section / $case_name / repeat $repeat"
  local exit_code=0
  # In the background with wait, so that Ctrl-C or TERM reach the traps at once, not after the run.
  (cd "$dir" && exec /usr/bin/time -v -o "$dir/time.txt" timeout --kill-after=10 "$limit_seconds" "$@" \
    > "$dir/stdout.txt" 2> "$dir/stderr.txt") &
  local run_pid=$!
  STARTED_PIDS+=("$run_pid")
  if [[ "$kind" == "gatling" ]]; then
    mark_gatling_load_cpu "$dir" "$run_pid" &
  fi
  wait "$run_pid" || exit_code=$?
  forget_pid "$run_pid"
  echo "$exit_code" > "$dir/exit_code.txt"
  if [[ $exit_code -ne 0 ]]; then
    FAILED_RUNS=$(( FAILED_RUNS + 1 ))
    log "run failed with exit code $exit_code: see $dir/stderr.txt"
  fi
  LAST_RUN_DIR="$dir"
}

# The Gatling engine as the Maven plugin forks it (same JVM options), without Maven's start-up.
# Reports go to gatling-results/ in the run folder, where run_case starts the command.
gatling_command() {
  local simulation="$1"
  shift
  echo java -Xmx1G -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12 --add-opens=java.base/java.lang=ALL-UNNAMED \
    -Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=1 \
    -Dgatling.charting.indicators.percentile1=50 -Dgatling.charting.indicators.percentile2=95 \
    -Dgatling.charting.indicators.percentile3=99 -Dgatling.charting.indicators.percentile4=99.9 \
    "$@" -cp "$CLASSPATH_FOR_BENCH" io.gatling.app.Gatling \
    -s "org.quarksbench.simulation.bench.$simulation" -rf gatling-results
}

# Runs Locust with one master and WORKERS worker processes:
# run_locust_workers SECTION CASE REPEAT PARAMS LIMIT_SECONDS WORKERS LOCUSTFILE USER_CLASS MASTER_ARGUMENTS...
# Each process gets its own /usr/bin/time -v file, so the generator can add up their CPU time.
run_locust_workers() {
  local section="$1" case_name="$2" repeat="$3" params="$4" limit_seconds="$5" workers="$6" locustfile="$7" user_class="$8"
  shift 8
  if [[ -z "$(/usr/bin/python3 -c 'import locust; print(locust.__version__)' 2> /dev/null)" ]]; then
    # The master rejects a worker whose version string is empty as "an old (pre 2.0) worker".
    if [[ "$repeat" == 1 ]]; then
      record_skipped "$section" "$case_name" "the installed Locust reports an empty version (Debian python3-locust 2.12.1-1 does), so its master rejects every worker as pre-2.0"
    fi
    return 0
  fi
  local dir="$RESULTS_DIR/$section/$case_name/r$repeat"
  mkdir -p "$dir"
  local worker_pids=() index
  for (( index = 1; index <= workers; index++ )); do
    (cd "$dir" && exec /usr/bin/time -v -o "$dir/time-worker$index.txt" timeout --kill-after=10 "$(( limit_seconds + 30 ))" \
      /usr/bin/locust -f "$locustfile" "$user_class" --worker --master-host 127.0.0.1 --master-port "$LOCUST_MASTER_PORT" \
      > "$dir/worker$index.log" 2>&1) &
    worker_pids+=("$!")
    STARTED_PIDS+=("$!")
  done
  run_case "$section" "$case_name" "$repeat" locust "$params;workers=$workers" "$limit_seconds" \
    /usr/bin/locust -f "$locustfile" "$user_class" --master --master-bind-host 127.0.0.1 \
    --master-bind-port "$LOCUST_MASTER_PORT" --expect-workers "$workers" "$@"
  for index in "${worker_pids[@]}"; do
    wait "$index" || true
    forget_pid "$index"
  done
}

# Raises the open-file limit to the hard limit. With 10,000 users, the generator and nginx each need about
# 10,000 sockets, and each process has its own limit.
raise_open_file_limit() {
  local hard_limit
  hard_limit="$(ulimit -Hn)"
  ulimit -n "$hard_limit" 2> /dev/null || true
  if [[ "$(ulimit -n)" != "unlimited" ]] && (( $(ulimit -n) < MANY_USERS + 1000 )); then
    log "the open-file limit is $(ulimit -n), below the $(( MANY_USERS + 1000 )) that $MANY_USERS users need per process: runs may fail with 'Too many open files'"
  fi
}
