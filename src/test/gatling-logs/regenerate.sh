#!/bin/sh
# Reruns the fixture simulations with the pinned Gatling and copies their simulation.log files into
# src/test/resources/gatling-logs/<name>/, where the report tests read them as Gatling results folders.
# Usage: src/test/gatling-logs/regenerate.sh   (from anywhere; needs Maven and a JDK 17)
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"

run_fixture() {
  class=$1
  target=$2
  simple=$(echo "$class" | sed 's/.*\.//' | tr 'A-Z' 'a-z')
  before=$(ls -d target/gatling/"$simple"-* 2>/dev/null || true)
  mvn -q -B gatling:test -Dgatling.simulationClass="$class" -Dgatling.failOnError=false
  folder=$(ls -d target/gatling/"$simple"-* | sort | tail -n 1)
  if [ -z "$folder" ] || echo "$before" | grep -qx "$folder"; then
    echo "regenerate.sh: no new results folder for $class under target/gatling" >&2
    exit 1
  fi
  mkdir -p "src/test/resources/gatling-logs/$target"
  cp "$folder/simulation.log" "src/test/resources/gatling-logs/$target/simulation.log"
  echo "regenerate.sh: $folder/simulation.log -> src/test/resources/gatling-logs/$target/"
}

run_fixture org.quarksbench.report.fixtures.FailureMixSimulation failure-mix
run_fixture org.quarksbench.report.fixtures.TwoScenarioSimulation two-scenarios
