#!/usr/bin/env bash
# Cold start to healthy on SQLite with the seeds: starts the published app RUNS times on a fresh (empty) data directory
# and RUNS times on an existing one (a restart: the data directory the first start left behind), polls /healthz every
# 50 ms and prints min/median/max milliseconds from launch to the first 200 for each, and the CPU milliseconds the
# process had spent by then (the figure that holds when other work shares the machine; wall time needs a quiet one).
# /healthz answers 200 once the passage index is loaded and answers searches: the time until the node can serve.
#   PUBLISHED=/tmp/app benchmarks/cold-start.sh          # a ReadyToRun publish output, as for load/run.sh
#   PUBLISHED=/tmp/app RUNS=7 APP_ENV="DOTNET_TieredPGO=0" benchmarks/cold-start.sh
# Each start's own log (with the start-up phases at Information) is kept in the work folder while it runs; the
# phases of the last fresh and last restart run are printed at the end. Only loopback addresses are used; every
# server it starts is stopped on exit.
set -euo pipefail
source "$(dirname "$(realpath "$0")")/../scripts/loopback.sh"   # free_port, as_pg
repo=$(cd "$(dirname "$0")/.." && pwd)
app=${PUBLISHED:?"PUBLISHED: the publish output to start (dotnet publish src/ServiceDeskBot.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o DIR)"}
runs=${RUNS:-5}
read -ra app_env <<<"${APP_ENV:-}"

work=$(mktemp -d /tmp/servicedesk-cold.XXXXXX)
app_pid=""
cleanup() {
  [[ -z $app_pid ]] || { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT


start_once() { # data-dir log -> prints "wall-ms cpu-ms" to healthy
  local data=$1 log=$2 port base t0
  port=$(free_port)
  base="http://127.0.0.1:$port"
  t0=$(date +%s%N)
  env Storage__DataDirectory="$data" Storage__SeedsDirectory="$repo/seeds" Llm__PromptsDirectory="$repo/prompts" \
      Logging__LogLevel__Default=Warning Logging__LogLevel__ServiceDeskBot.Core.Telemetry.StartupTimeline=Information \
      "${app_env[@]}" dotnet "$app/ServiceDeskBot.Web.dll" --urls "$base" --contentRoot "$app" >"$log" 2>&1 &
  app_pid=$!
  until curl -sf -o /dev/null "$base/healthz"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app exited:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  local wall=$(( ($(date +%s%N) - t0) / 1000000 ))
  echo "$wall $(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$app_pid/stat")"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

summary() { # label values...
  local label=$1; shift
  printf '%s\n' "$@" | sort -n | awk -v label="$label" '{ v[NR] = $1 } END {
    printf "%s: min %d ms, median %d ms, max %d ms (%d runs)\n", label, v[1], v[int((NR + 1) / 2)], v[NR], NR }'
}

fresh=() restart=() fresh_cpu=() restart_cpu=()
for (( i = 1; i <= runs; i++ )); do
  rm -rf "$work/data"; mkdir -p "$work/data"
  read -r wall cpu < <(start_once "$work/data" "$work/fresh.log"); fresh+=("$wall") fresh_cpu+=("$cpu")
  read -r wall cpu < <(start_once "$work/data" "$work/restart.log"); restart+=("$wall") restart_cpu+=("$cpu")
  echo "run $i: fresh ${fresh[-1]} ms (CPU ${fresh_cpu[-1]} ms), restart ${restart[-1]} ms (CPU ${restart_cpu[-1]} ms)"
done
summary "fresh data directory" "${fresh[@]}"
summary "fresh data directory, CPU" "${fresh_cpu[@]}"
summary "existing data directory" "${restart[@]}"
summary "existing data directory, CPU" "${restart_cpu[@]}"
for kind in fresh restart; do
  echo "-- start-up phases, last $kind start:"
  grep -o 'Start-up phase .*' "$work/$kind.log" || echo "(none logged)"
done
