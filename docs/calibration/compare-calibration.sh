#!/usr/bin/env bash
# Compares the researchers' Locust CSV files with our calibration runs and writes one Markdown file per
# scenario and user count: docs/calibration/<scenario>-u<users>/compare.md. The console output of each
# comparison goes to target/calibration/compare-<scenario>-u<users>.txt.
#
# Usage: docs/calibration/compare-calibration.sh THEIRS_ROOT
#   THEIRS_ROOT contains <scenario>/u<users>/requests_<ts>.csv as in the researchers' repository
#   (probaaho/quarks-network, node-poc/locust/quarks_test/). Their files are read in place, never copied.
# Their run is the baseline and ours the candidate, so "REGRESSION" means ours is worse than theirs.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1" ]]; then
  echo "compare-calibration: expected one argument, the folder of the researchers' CSV files" \
    "(with <scenario>/u<users>/ inside); got: ${*:-nothing}" >&2
  exit 2
fi
theirs_root="$(cd "$1" && pwd)"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mkdir -p target/calibration

compared=0
for ours in docs/calibration/*-u*/summary.json; do
  folder="$(dirname "$ours")"
  name="$(basename "$folder")"
  scenario="${name%-u*}"
  users="${name##*-u}"
  theirs="$theirs_root/$scenario/u$users"
  if [[ ! -d "$theirs" ]]; then
    echo "compare-calibration: no run of theirs for $scenario with $users users; skipped" >&2
    continue
  fi
  console="target/calibration/compare-$name.txt"
  status=0
  bin/quarks-bench compare "$theirs" "$ours" --markdown "$folder/compare.md" > "$console" 2>&1 || status=$?
  # Exit code 3 reports a regression, which is a result here, not a failure.
  if [[ $status -ne 0 && $status -ne 3 ]]; then
    echo "compare-calibration: compare failed for $name (exit code $status); see $console" >&2
    exit "$status"
  fi
  # Names their files by their place in the researchers' repository, not on this machine.
  sed -i "s#$theirs_root/#node-poc/locust/quarks_test/#g" "$folder/compare.md"
  compared=$((compared + 1))
  echo "compare-calibration: $name -> $folder/compare.md (exit code $status)"
done
echo "compare-calibration: compared $compared runs"
