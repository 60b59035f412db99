#!/usr/bin/env bash
# Load test: the Release build on SQLite, then on PostgreSQL, on this machine. For each: cold start to ready,
# /api/search then /api/ask at 16 connections (wrk -t2 -c16), throughput, p50, p99 and the ask/search ratio; the WAL size
# after at least 30,000 asks (SQLite); RSS every 10 s over a soak of asks.
#   benchmarks/load/run.sh                      # both providers, 30 s per phase, 600 s soak
#   PHASE_SECONDS=10 SOAK_SECONDS=60 PROVIDERS=sqlite benchmarks/load/run.sh
# Only loopback addresses are used; every server it starts is stopped on exit.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
phase=${PHASE_SECONDS:-30}
soak=${SOAK_SECONDS:-600}
providers=${PROVIDERS:-"sqlite postgresql"}
min_asks=${MIN_ASKS:-30000}

need=()
command -v wrk >/dev/null || need+=(wrk)
[[ -x /usr/lib/postgresql/15/bin/initdb ]] || [[ $providers != *postgresql* ]] || need+=(postgresql-15)
if (( ${#need[@]} > 0 )); then
  [[ $(id -u) -eq 0 ]] || { echo "run.sh: missing ${need[*]}; run as root or install them" >&2; exit 1; }
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi

work=$(mktemp -d /tmp/servicedesk-load.XXXXXX)
chmod 755 "$work"   # the PostgreSQL server runs as postgres and must reach its directory inside
app_pid="" pg_started=""
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [[ -z $app_pid ]] || kill "$app_pid" 2>/dev/null || true
  [[ -z $pg_started ]] || as_pg /usr/lib/postgresql/15/bin/pg_ctl -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local p
  for p in $(shuf -i 20000-59999 -n 40); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  return 1
}

echo "== publishing the Release build (ReadyToRun, as a deployment should: start-up spends less time compiling)"
dotnet publish "$repo/src/ServiceDeskBot.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/app" --nologo -v quiet >/dev/null
# Questions from our own calibration set (never the development set), kept JSON-escaped as they are in the file.
grep -ho '"question": *"[^"]*"' "$repo"/tests/data/calibration/tuning.jsonl | sed 's/^"question": *"//; s/"$//' > "$work/questions.txt"

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

run_wrk() { # path prefix suffix seconds
  BODY_PREFIX=$2 BODY_SUFFIX=$3 QUESTIONS="$work/questions.txt" \
    wrk -t2 -c16 -d"${4}s" --timeout 10s -s "$repo/benchmarks/load/post.lua" "$base$1" | grep '^RESULT'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }

start_app() { # data-dir extra-env...
  local data=$1; shift
  local port; port=$(free_port)
  base="http://127.0.0.1:$port"
  local t0; t0=$(date +%s%N)
  env Storage__DataDirectory="$data" Storage__SeedsDirectory="$repo/seeds" Llm__PromptsDirectory="$repo/prompts" \
      RateLimiting__AskPermitsPerMinute=0 Logging__LogLevel__Default=Warning "$@" \
      dotnet "$work/app/ServiceDeskBot.Web.dll" --urls "$base" --contentRoot "$work/app" >"$data.log" 2>&1 &
  app_pid=$!
  # Ready as a load balancer sees it: the index loaded and the database answering.
  until curl -sf "$base/healthz/ready" >/dev/null; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app exited:" >&2; cat "$data.log" >&2; exit 1; }
    sleep 0.05
  done
  cold_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}

stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

start_pg() {
  mkdir -p "$work/pg"; [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$work/pg"
  pg_port=$(free_port)
  as_pg /usr/lib/postgresql/15/bin/initdb -D "$work/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg /usr/lib/postgresql/15/bin/pg_ctl -D "$work/pg/data" -l "$work/pg/server.log" -w \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
  pg_started=1
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE servicedesk" >/dev/null
}

summary=()
for provider in $providers; do
  echo "== $provider"
  data="$work/data-$provider"
  if [[ $provider == postgresql ]]; then
    start_pg
    start_app "$data" Database__Provider=PostgreSQL "ConnectionStrings__ServiceDesk=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=servicedesk"
  else
    start_app "$data" Database__Provider=Sqlite
  fi
  echo "cold start to ready: ${cold_ms} ms"
  run_wrk /api/search '{"query":"' '","top":5}' 5 >/dev/null   # warm-up
  run_wrk /api/ask '{"question":"' '"}' 5 >/dev/null
  search=$(run_wrk /api/search '{"query":"' '","top":5}' "$phase")
  ask=$(run_wrk /api/ask '{"question":"' '"}' "$phase")
  asks=$(( $(field requests "$ask") ))
  while (( asks < min_asks )); do
    more=$(run_wrk /api/ask '{"question":"' '"}' 10); asks=$(( asks + $(field requests "$more") ))
  done
  wal=0; [[ ! -f "$data/servicedesk.db-wal" ]] || wal=$(stat -c %s "$data/servicedesk.db-wal")
  ratio=$(awk -v a="$(field rps "$ask")" -v s="$(field rps "$search")" 'BEGIN { printf "%.0f", 100 * a / s }')
  echo "search: $search"
  echo "ask:    $ask"
  echo "ask/search throughput: ${ratio} %; asks sent in total: $asks; WAL: $(( wal / 1024 / 1024 )) MB"

  echo "soak: asks for ${soak} s, RSS every 10 s"
  wrk_soak() { BODY_PREFIX='{"question":"' BODY_SUFFIX='"}' QUESTIONS="$work/questions.txt" \
    wrk -t2 -c16 -d"${soak}s" --timeout 10s -s "$repo/benchmarks/load/post.lua" "$base/api/ask" >"$work/soak-$provider.txt"; }
  wrk_soak & soak_pid=$!
  samples=()
  while kill -0 "$soak_pid" 2>/dev/null; do samples+=("$(rss_mb "$app_pid")"); sleep 10; done
  wait "$soak_pid" || true
  soak_result=$(grep '^RESULT' "$work/soak-$provider.txt" || true)
  echo "RSS MB: ${samples[*]}"
  echo "soak:   $soak_result"
  [[ ! -f "$data/servicedesk.db-wal" ]] || echo "WAL after the soak: $(( $(stat -c %s "$data/servicedesk.db-wal") / 1024 / 1024 )) MB"
  dropped=$(curl -s "$base/healthz" | grep -o '"askLogDropped":[0-9]*' | cut -d: -f2)
  echo "ask-log entries dropped because the queue was full: ${dropped:-?}"
  summary+=("$provider | cold ${cold_ms} ms | search $(field rps "$search") req/s p50 $(field p50_ms "$search") p99 $(field p99_ms "$search") ms | ask $(field rps "$ask") req/s p50 $(field p50_ms "$ask") p99 $(field p99_ms "$ask") ms | ratio ${ratio} % | ask-log drops ${dropped:-?} | WAL $(( wal / 1024 / 1024 )) MB after $asks asks | RSS ${samples[1]:-?}..${samples[-1]:-?} MB")
  stop_app
done

echo "== summary"
printf '%s\n' "${summary[@]}"
