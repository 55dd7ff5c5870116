# The measured sections of bin/benchmarks. Sourced after lib.sh, never run alone.
# Within a repeat, the tools of a section run one after the other, so that they see the same machine.

# 1. Load generator capacity: every generator against nginx's static file, 64 connections or users.
run_capacity_section() {
  local url="http://127.0.0.1:$NGINX_PORT/static.txt"
  local host="http://127.0.0.1:$NGINX_PORT"
  local limit=$(( CAPACITY_SECONDS + 90 ))
  local params="runSeconds=$CAPACITY_SECONDS;connections=$CAPACITY_CONNECTIONS"
  local locust_arguments=(--headless -u "$CAPACITY_CONNECTIONS" -r "$CAPACITY_CONNECTIONS" -t "${CAPACITY_SECONDS}s"
    --host "$host" --only-summary --csv locust)

  local repeat
  for (( repeat = 1; repeat <= REPEATS; repeat++ )); do
    run_case capacity wrk "$repeat" wrk "$params" "$limit" \
      wrk -t "$(nproc)" -c "$CAPACITY_CONNECTIONS" -d "${CAPACITY_SECONDS}s" --latency "$url"

    # shellcheck disable=SC2046 # gatling_command prints a word list without spaces inside words.
    run_case capacity gatling-closed "$repeat" gatling "$params" "$limit" \
      $(gatling_command ClosedNoWaitSimulation -DtargetUrl="$url" -Dusers="$CAPACITY_CONNECTIONS" -DrunTime="${CAPACITY_SECONDS}s")
    # The same with the parallel garbage collector, which a load generator's short-lived objects may suit
    # better than the default G1.
    # shellcheck disable=SC2046
    run_case capacity gatling-closed-parallelgc "$repeat" gatling "$params" "$limit" \
      $(gatling_command ClosedNoWaitSimulation -XX:+UseParallelGC -DtargetUrl="$url" -Dusers="$CAPACITY_CONNECTIONS" \
        -DrunTime="${CAPACITY_SECONDS}s")

    run_case capacity locust-httpuser "$repeat" locust "$params;workers=1" "$limit" \
      /usr/bin/locust -f "$BENCH_DIR/locustfile_static.py" HttpBenchUser "${locust_arguments[@]}"
    run_case capacity locust-fasthttpuser "$repeat" locust "$params;workers=1" "$limit" \
      /usr/bin/locust -f "$BENCH_DIR/locustfile_static.py" FastHttpBenchUser "${locust_arguments[@]}"
    run_locust_workers capacity locust-httpuser-workers "$repeat" "$params" "$limit" "$(nproc)" \
      "$BENCH_DIR/locustfile_static.py" HttpBenchUser "${locust_arguments[@]}"
    run_locust_workers capacity locust-fasthttpuser-workers "$repeat" "$params" "$limit" "$(nproc)" \
      "$BENCH_DIR/locustfile_static.py" FastHttpBenchUser "${locust_arguments[@]}"
  done
  # One more Gatling run under Java Flight Recorder, kept out of the figures above, to show where its
  # CPU time goes.
  # shellcheck disable=SC2046
  run_case capacity gatling-closed-profile 1 gatling "$params" "$limit" \
    $(gatling_command ClosedNoWaitSimulation -XX:StartFlightRecording=filename=profile.jfr,settings=profile \
      -DtargetUrl="$url" -Dusers="$CAPACITY_CONNECTIONS" -DrunTime="${CAPACITY_SECONDS}s")
}

# 2. Many users: MANY_USERS users with uniform 1-5 s waits against nginx: Gatling, Locust HttpUser and
# FastHttpUser.
run_many_users_section() {
  local url="http://127.0.0.1:$NGINX_PORT/static.txt"
  local limit=$(( MANY_SECONDS + 120 ))
  local params="users=$MANY_USERS;spawnRate=$MANY_SPAWN_RATE;runSeconds=$MANY_SECONDS;minPauseSeconds=1;maxPauseSeconds=5"
  local repeat
  for (( repeat = 1; repeat <= MANY_REPEATS; repeat++ )); do
    # shellcheck disable=SC2046
    run_case many-users gatling "$repeat" gatling "$params" "$limit" \
      $(gatling_command ManyUsersSimulation -DtargetUrl="$url" -Dusers="$MANY_USERS" -DspawnRate="$MANY_SPAWN_RATE" \
        -DrunTime="${MANY_SECONDS}s" -DminPauseMillis=1000 -DmaxPauseMillis=5000)
    run_case many-users locust-httpuser "$repeat" locust "$params;workers=1" "$limit" \
      /usr/bin/locust -f "$BENCH_DIR/locustfile_many_users.py" IdleUser --headless -u "$MANY_USERS" \
      -r "$MANY_SPAWN_RATE" -t "${MANY_SECONDS}s" --host "http://127.0.0.1:$NGINX_PORT" --only-summary --csv locust
    run_case many-users locust-fasthttpuser "$repeat" locust "$params;workers=1" "$limit" \
      /usr/bin/locust -f "$BENCH_DIR/locustfile_many_users.py" FastIdleUser --headless -u "$MANY_USERS" \
      -r "$MANY_SPAWN_RATE" -t "${MANY_SECONDS}s" --host "http://127.0.0.1:$NGINX_PORT" --only-summary --csv locust
  done
}

# Prints wrk's "Requests/sec" from a run folder, or 0.
wrk_requests_per_second() {
  awk '/^Requests\/sec:/ {print $2; found = 1} END {if (!found) print 0}' "$1/stdout.txt"
}

# Sweeps the connection counts against one target, then repeats the knee (the fewest connections that
# reach 90 % of the best throughput) until it has REPEATS runs:
# sweep_target CASE URL METHOD BODY TOKEN
sweep_target() {
  local case_name="$1" url="$2" method="$3" body="$4" token="$5"
  local limit=$(( SWEEP_SECONDS + 30 ))
  local best=0 connections rate
  local -A rates=()
  local wrk_arguments=(--latency --timeout 10s)

  if [[ -n "$method" ]]; then
    wrk_arguments+=(-s "$BENCH_DIR/wrk_json.lua")
  fi
  for connections in $SWEEP_CONNECTIONS; do
    run_case servers "$case_name" "c$connections-1" wrk "connections=$connections;runSeconds=$SWEEP_SECONDS" "$limit" \
      env BENCH_METHOD="$method" BENCH_BODY="$body" BENCH_TOKEN="$token" \
      wrk -t "$(( connections < $(nproc) ? connections : $(nproc) ))" -c "$connections" -d "${SWEEP_SECONDS}s" \
      "${wrk_arguments[@]}" "$url"
    rate="$(wrk_requests_per_second "$LAST_RUN_DIR")"
    rates[$connections]="$rate"
    best="$(awk -v a="$best" -v b="$rate" 'BEGIN {print (b > a) ? b : a}')"
  done

  local knee=""
  for connections in $SWEEP_CONNECTIONS; do
    if [[ -z "$knee" ]] && awk -v r="${rates[$connections]}" -v b="$best" 'BEGIN {exit !(b > 0 && r >= 0.9 * b)}'; then
      knee="$connections"
    fi
  done
  [[ -n "$knee" ]] || return 0

  local repeat
  for (( repeat = 2; repeat <= REPEATS; repeat++ )); do
    run_case servers "$case_name" "c$knee-$repeat" wrk "connections=$knee;runSeconds=$SWEEP_SECONDS" "$limit" \
      env BENCH_METHOD="$method" BENCH_BODY="$body" BENCH_TOKEN="$token" \
      wrk -t "$(( knee < $(nproc) ? knee : $(nproc) ))" -c "$knee" -d "${SWEEP_SECONDS}s" "${wrk_arguments[@]}" "$url"
  done
}

# Records that a section or case did not run, with the reason, so the doc says so.
record_skipped() {
  printf '%s\t%s\t1\tskipped\t-\treason=%s\t-\n' "$1" "$2" "$3" >> "$RESULTS_DIR/runs.tsv"
  log "$1 / $2 skipped: $3"
}

# Starts ServerMain with the given JVM options before its own options. Its pid is then in LAST_BACKGROUND_PID.
# Usage:
# start_reference_servers LOG_NAME JVM_OPTIONS... -- SERVER_OPTIONS...
start_reference_servers() {
  local log_name="$1"
  shift
  local jvm_options=()
  while [[ $# -gt 0 && "$1" != "--" ]]; do
    jvm_options+=("$1")
    shift
  done
  shift
  start_background "$RESULTS_DIR/$log_name" java "${jvm_options[@]}" -cp "$CLASSPATH_FOR_BENCH" \
    org.quarksbench.server.ServerMain "$@"
}

# Stores 100 messages in channel-123 of the centralized server at URL, which the read benchmark reads.
# Returns 1 when a send gets a status other than 200.
seed_centralized_channel() {
  local centralized="$1" index status
  for (( index = 1; index <= 100; index++ )); do
    status="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H 'token: qwerty12345' \
      -d "{\"email\":\"alice@org.com\",\"text\":\"seed message $index\",\"channel\":\"channel-123\"}" "$centralized/sendMessage")"
    if [[ "$status" != "200" ]]; then
      record_skipped servers reference-servers "seeding channel-123 failed: POST /sendMessage answered $status"
      FAILED_RUNS=$(( FAILED_RUNS + 1 ))
      return 1
    fi
  done
}

stop_reference_servers() {
  kill "$1" 2> /dev/null || true
  wait "$1" 2> /dev/null || true
  forget_pid "$1"
}

# 3. Reference servers next to nginx static, with wrk. Needs org.quarksbench.server.ServerMain.
run_servers_section() {
  sweep_target nginx-static "http://127.0.0.1:$NGINX_PORT/static.txt" "" "" ""
  if [[ ! -f "$PROJECT_DIR/target/classes/org/quarksbench/server/ServerMain.class" ]]; then
    record_skipped servers reference-servers "org.quarksbench.server.ServerMain is not in this build"
    return 0
  fi
  local server_pid gateway_port="${GATEWAY_PORTS%%,*}"
  start_reference_servers server.log -- --centralized-port "$CENTRALIZED_PORT" \
    --gateway-ports "$GATEWAY_PORTS" --data-dir "$RESULTS_DIR/server-data"
  server_pid="$LAST_BACKGROUND_PID"
  if ! wait_for_http "http://127.0.0.1:$CENTRALIZED_PORT/health" 60 || ! wait_for_http "http://127.0.0.1:$gateway_port/health" 60; then
    record_skipped servers reference-servers "ServerMain did not become ready: see server.log in the results"
    FAILED_RUNS=$(( FAILED_RUNS + 1 ))
    stop_reference_servers "$server_pid"
    return 0
  fi
  local centralized="http://127.0.0.1:$CENTRALIZED_PORT" gateway="http://127.0.0.1:$gateway_port"
  local token="qwerty12345"
  # The read benchmark reads a channel that contains exactly 100 messages. Sends go to another channel.
  if seed_centralized_channel "$centralized"; then
    sweep_target centralized-read "$centralized/readMessage" POST \
      '{"email":"alice@org.com","channel":"channel-123"}' "$token"
    sweep_target centralized-send "$centralized/sendMessage" POST \
      '{"email":"bob@org.com","text":"I am bob@org.com. benchmark message","channel":"channel-1"}' "$token"
  fi
  sweep_target quarks-send "$gateway/sendMessage" POST \
    '{"user":"alice@org1.com","text":"I am alice@org1.com. benchmark message","channel":"channel-123"}' ""
  local from_timestamp="$(( $(date +%s) - 10 ))000000000"
  sweep_target quarks-read "$gateway/readMessage" GET \
    "{\"user\":\"alice@org1.com\",\"channel\":\"channel-123\",\"from_timestamp\":\"$from_timestamp\"}" ""
  stop_reference_servers "$server_pid"

  # Diagnosis: the JDK's HTTP server sends headers and body in separate writes. Without TCP_NODELAY,
  # Nagle's algorithm delays the body until the client's delayed ACK (about 40 ms on Linux), which caps
  # each connection at about 25 requests/s. The same read with TCP_NODELAY shows what that costs.
  start_reference_servers server-nodelay.log -Dsun.net.httpserver.nodelay=true -- --centralized \
    --centralized-port "$CENTRALIZED_PORT" --data-dir "$RESULTS_DIR/server-data-nodelay"
  server_pid="$LAST_BACKGROUND_PID"
  if wait_for_http "$centralized/health" 60 && seed_centralized_channel "$centralized"; then
    sweep_target centralized-read-nodelay "$centralized/readMessage" POST \
      '{"email":"alice@org.com","channel":"channel-123"}' "$token"
  fi
  stop_reference_servers "$server_pid"
}

# 4. Report pipeline: org.quarksbench.report.bench.ReportBenchmark (test sources of the report code), when
# this build has it, on a generated log of 10,000,000 requests (1,000,000 with --quick).
# NOTE: written against that class's arguments (request count, log file or '-', percentile modes) but
# never run from this branch, which does not contain the class.
run_report_section() {
  if [[ ! -f "$PROJECT_DIR/target/test-classes/org/quarksbench/report/bench/ReportBenchmark.class" ]]; then
    record_skipped report pipeline "org.quarksbench.report.bench.ReportBenchmark is not in this build"
    return 0
  fi
  local requests=10000000
  [[ $QUICK -eq 1 ]] && requests=1000000
  run_case report pipeline 1 custom "requests=$requests" 1200 \
    java -Xmx256m -cp "$CLASSPATH_FOR_BENCH" org.quarksbench.report.bench.ReportBenchmark "$requests" - locust,exact
}

# 5. What `mvn gatling:test` adds to a run of OVERHEAD_RUN_SECONDS, next to a direct launch of Gatling.
run_overhead_section() {
  local url="http://127.0.0.1:$NGINX_PORT/static.txt"
  local limit=$(( OVERHEAD_RUN_SECONDS + 180 ))
  local maven_arguments=(mvn -q -B -f "$PROJECT_DIR/pom.xml" gatling:test
    -Dgatling.simulationClass=org.quarksbench.simulation.bench.OpenRateSimulation -DtargetUrl="$url" -Drate=50)
  log "overhead: one unmeasured mvn gatling:test run, so that Maven's cache is warm"
  (cd "$PROJECT_DIR" && timeout 300 "${maven_arguments[@]}" -DrunTime=2s > "$RESULTS_DIR/maven-warm-up.log" 2>&1) \
    || log "the warm-up run failed: see $RESULTS_DIR/maven-warm-up.log"
  local repeat
  for (( repeat = 1; repeat <= REPEATS; repeat++ )); do
    run_case overhead mvn-gatling-test "$repeat" mvn "runSeconds=$OVERHEAD_RUN_SECONDS" "$limit" \
      "${maven_arguments[@]}" -DrunTime="${OVERHEAD_RUN_SECONDS}s"
    # shellcheck disable=SC2046
    run_case overhead java-gatling "$repeat" gatling "runSeconds=$OVERHEAD_RUN_SECONDS" "$limit" \
      $(gatling_command OpenRateSimulation -DtargetUrl="$url" -Drate=50 -DrunTime="${OVERHEAD_RUN_SECONDS}s")
  done
}

# 6. Measurement truth: Gatling's open model and Locust's closed model against the stalling latency server.
run_truth_section() {
  local server="http://127.0.0.1:$LATENCY_PORT"
  local limit=$(( TRUTH_SECONDS + 90 ))
  local model
  model="$(curl -s "$server/stats" | sed -n 's/.*"model":"\([^"]*\)".*/\1/p')"
  local repeat
  for (( repeat = 1; repeat <= REPEATS; repeat++ )); do
    curl -s -X POST "$server/stats/reset" > /dev/null
    # shellcheck disable=SC2046
    run_case truth gatling-open "$repeat" gatling "rate=$TRUTH_RATE;runSeconds=$TRUTH_SECONDS;model=$model" "$limit" \
      $(gatling_command OpenRateSimulation -DtargetUrl="$server/delay" -Drate="$TRUTH_RATE" -DrunTime="${TRUTH_SECONDS}s")
    curl -s "$server/stats" > "$LAST_RUN_DIR/server-stats.json"
    curl -s -X POST "$server/stats/reset" > /dev/null
    run_case truth locust-closed "$repeat" locust \
      "users=$TRUTH_LOCUST_USERS;waitSeconds=$TRUTH_LOCUST_WAIT_SECONDS;runSeconds=$TRUTH_SECONDS;model=$model" "$limit" \
      env BENCH_PATH=/delay BENCH_WAIT_SECONDS="$TRUTH_LOCUST_WAIT_SECONDS" \
      /usr/bin/locust -f "$BENCH_DIR/locustfile_closed.py" --headless -u "$TRUTH_LOCUST_USERS" -r "$TRUTH_LOCUST_USERS" \
      -t "${TRUTH_SECONDS}s" --host "$server" --only-summary --csv locust
    curl -s "$server/stats" > "$LAST_RUN_DIR/server-stats.json"
  done
}
