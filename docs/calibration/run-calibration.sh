#!/usr/bin/env bash
# Runs the calibration load tests one after the other and copies each scenario's result files into
# docs/calibration/<scenario>-u<users>/, with the load average sampled every 10 s during the run.
#
# Usage: docs/calibration/run-calibration.sh [USERS:SPAWN_RATE ...]
#   default: 150:10 300:20 450:30 50:5, each scenario for RUN_TIME (default 5m).
# Environment: RUN_TIME (Locust -t form, e.g. 5m), MVN_EXTRA_ARGS (e.g. "-DcentralizedPort=4000
# -DgatewayPorts=4001,4002,4003" when ports 3000-3003 are in use).
# Console output of each run goes to target/calibration/u<users>.log.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
run_time="${RUN_TIME:-5m}"
read -r -a mvn_extra_args <<< "${MVN_EXTRA_ARGS:-}"
if [[ $# -gt 0 ]]; then
  user_counts=("$@")
else
  user_counts=(150:10 300:20 450:30 50:5)
fi

pair_pattern='^([0-9]+):([0-9]+(\.[0-9]+)?)$'
for pair in "${user_counts[@]}"; do
  if [[ ! "$pair" =~ $pair_pattern ]]; then
    echo "run-calibration: invalid argument '$pair'; expected USERS:SPAWN_RATE, e.g. 150:10" >&2
    exit 2
  fi
done

log_dir="$root/target/calibration"
output_dir="$root/docs/calibration"
mkdir -p "$log_dir" "$output_dir"
index_file="$output_dir/runs.tsv"
if [[ ! -f "$index_file" ]]; then
  printf 'scenario\tusers\tspawn_rate\trun_time\trun_folder\tconsole_log\tserver_log\tload1_mean\tload1_max\n' \
    > "$index_file"
fi

cd "$root"
for pair in "${user_counts[@]}"; do
  [[ "$pair" =~ $pair_pattern ]]
  users="${BASH_REMATCH[1]}"
  rate="${BASH_REMATCH[2]}"
  console_log="$log_dir/u$users.log"
  load_file="$output_dir/loadavg-u$users.tsv"

  mkdir -p reports/runs
  before="$(ls reports/runs)"
  server_logs_before="$(ls target/reference-servers-*.log 2>/dev/null || true)"

  # Samples the 1, 5 and 15 minute load averages while the run lasts.
  printf 'utc\tload1\tload5\tload15\n' > "$load_file"
  (
    while true; do
      read -r load1 load5 load15 _ < /proc/loadavg
      printf '%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$load1" "$load5" "$load15"
      sleep 10
    done
  ) >> "$load_file" &
  sampler_pid=$!

  echo "run-calibration: $(date -u +%FT%TZ) starting $users users at $rate users/s for $run_time" \
    "(console: $console_log)"
  status=0
  mvn -q -B gatling:test -Dusers="$users" -DspawnRate="$rate" -DrunTime="$run_time" \
    "${mvn_extra_args[@]}" > "$console_log" 2>&1 || status=$?
  kill "$sampler_pid"
  wait "$sampler_pid" 2>/dev/null || true
  echo "run-calibration: $(date -u +%FT%TZ) finished $users users, mvn exit code $status"

  server_log="$(comm -13 <(echo "$server_logs_before") <(ls target/reference-servers-*.log 2>/dev/null) \
    | tail -n 1)"
  load_stats="$(awk -F'\t' 'NR > 1 { sum += $2; n++; if ($2 > max) max = $2 }
    END { if (n) printf "%.2f\t%.2f", sum / n, max; else printf "-\t-" }' "$load_file")"

  if [[ $status -ne 0 ]]; then
    echo "run-calibration: mvn failed for $users users (exit code $status); see $console_log" >&2
    exit "$status"
  fi
  new_runs="$(comm -13 <(echo "$before") <(ls reports/runs))"
  if [[ -z "$new_runs" ]]; then
    echo "run-calibration: no new folder in reports/runs for $users users; see $console_log" >&2
    exit 1
  fi
  for run in $new_runs; do
    scenario="${run%-*-*}"
    target="$output_dir/$scenario-u$users"
    mkdir -p "$target"
    for file in summary.json report.txt locust_stats.csv locust_failures.csv; do
      if [[ -f "reports/runs/$run/$file" ]]; then
        cp "reports/runs/$run/$file" "$target/"
      fi
    done
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scenario" "$users" "$rate" "$run_time" "reports/runs/$run" \
      "${console_log#"$root"/}" "${server_log#"$root"/}" "$load_stats" >> "$index_file"
  done
done
