#!/usr/bin/env bash
# Load test: the Release build on SQLite, then on PostgreSQL, on this machine. For each: cold start to ready; both
# endpoints warmed up; then ROUNDS rounds of /api/search and /api/ask phases in turn (search, ask, search, ask, ...) at
# 16 connections (wrk -t2 -c16): throughput, p50, p99 and the CPU milliseconds the server (and, on PostgreSQL, the
# database server) spent per request in each phase (from /proc/PID/stat), the median of the rounds' ask/search ratios;
# the WAL size after at least 30,000 asks (SQLite); RSS every 10 s over a soak of asks.
# The questions cycle, so with the answer cache on nearly every ask after the warm-up is a repeat served from it:
# ANSWER_CACHE ("on off" by default) starts one server per setting (Answering__CacheEnabled=true/false, each on its
# own data directory or database) and measures them in turn within each round, so both ratios come from the same
# minutes; the WAL and the soak are measured on the first setting listed.
#   benchmarks/load/run.sh                      # both providers, both cache settings, 5 rounds of 10 s phases, 600 s soak
#   ANSWER_CACHE=off PROVIDERS=sqlite benchmarks/load/run.sh   # the answer pipeline itself, every ask answered afresh
#   REPEAT_SHARE=0.5 benchmarks/load/run.sh     # half the asks as written, half spelled anew (a realistic mix of repeats)
#   PHASE_SECONDS=10 ROUNDS=3 SOAK_SECONDS=60 PROVIDERS=sqlite benchmarks/load/run.sh
#   PUBLISHED=/tmp/app APP_ENV="DOTNET_GCHeapCount=1" SOAK_SECONDS=180 PROVIDERS=postgresql benchmarks/load/run.sh
#     PUBLISHED: a ReadyToRun publish output to use instead of publishing; APP_ENV: extra environment of the server
#     (runtime settings, for comparing them on the same build)
# CPU per request is the figure that holds when other work shares the machine; throughput and p99 need a quiet one.
# Only loopback addresses are used; every server it starts is stopped on exit.
set -euo pipefail
source "$(dirname "$(realpath "$0")")/../../scripts/loopback.sh"   # free_port, as_pg
repo=$(cd "$(dirname "$0")/../.." && pwd)
phase=${PHASE_SECONDS:-10}
rounds=${ROUNDS:-5}
warm=${WARM_SECONDS:-10}
soak=${SOAK_SECONDS:-600}
providers=${PROVIDERS:-"sqlite postgresql"}
providers=${providers,,}   # the service's own spelling (Sqlite, PostgreSQL) is accepted too
for provider in $providers; do [[ $provider == sqlite || $provider == postgresql ]] || { echo "run.sh: PROVIDERS takes sqlite and/or postgresql" >&2; exit 1; }; done
min_asks=${MIN_ASKS:-30000}
read -ra modes <<<"${ANSWER_CACHE:-on off}"
for mode in "${modes[@]}"; do [[ $mode == on || $mode == off ]] || { echo "run.sh: ANSWER_CACHE takes on and/or off" >&2; exit 1; }; done

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
declare -A pids=() bases=() colds=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -z $pg_started ]] || as_pg /usr/lib/postgresql/15/bin/pg_ctl -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT


read -ra app_env <<<"${APP_ENV:-}"
if [[ -n ${PUBLISHED:-} ]]; then
  app=$PUBLISHED
else
  echo "== publishing the Release build (ReadyToRun, as a deployment should: start-up spends less time compiling)"
  app=$work/app
  dotnet publish "$repo/src/ServiceDeskBot.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$app" --nologo -v quiet >/dev/null
fi
echo "server environment: ${app_env[*]:-(defaults)}"
# Questions from our own calibration set (never the development set), kept JSON-escaped as they are in the file.
grep -ho '"question": *"[^"]*"' "$repo"/tests/data/calibration/tuning.jsonl | sed 's/^"question": *"//; s/"$//' > "$work/questions.txt"

cpu_ticks() { # user + system clock ticks of the given pids (0 for none)
  local total=0 pid
  for pid in "$@"; do total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done
  echo "$total"
}
# The database server's processes (postmaster and its backends), so the ask log's writes count on PostgreSQL too.
db_pids() { [[ $provider != postgresql ]] || { local pm; pm=$(head -1 "$work/pg/data/postmaster.pid"); echo "$pm" $(ps -o pid= --ppid "$pm"); }; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "?"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

run_wrk() { # path prefix suffix seconds
  # REPEAT_SHARE (asks only): that share of asks as written, the rest spelled anew (post.lua), so they miss the cache.
  REPEAT_SHARE=$([[ $1 != /api/ask ]] || echo "${REPEAT_SHARE:-}") BODY_PREFIX=$2 BODY_SUFFIX=$3 QUESTIONS="$work/questions.txt" \
    wrk -t2 -c16 -d"${4}s" --timeout 10s -s "$repo/benchmarks/load/post.lua" "$base$1" | grep '^RESULT'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }

start_app() { # data-dir extra-env...
  local data=$1; shift
  local port; port=$(free_port)
  base="http://127.0.0.1:$port"
  local t0; t0=$(date +%s%N)
  env Storage__DataDirectory="$data" Storage__SeedsDirectory="$repo/seeds" Llm__PromptsDirectory="$repo/prompts" \
      RateLimiting__AskPermitsPerMinute=0 Logging__LogLevel__Default=Warning "${app_env[@]}" "$@" \
      dotnet "$app/ServiceDeskBot.Web.dll" --urls "$base" --contentRoot "$app" >"$data.log" 2>&1 &
  app_pid=$!
  # Ready as a load balancer sees it: the index loaded and the database answering.
  until curl -sf "$base/healthz/ready" >/dev/null; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app exited:" >&2; cat "$data.log" >&2; exit 1; }
    sleep 0.05
  done
  cold_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}

stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
use_server() { app_pid=${pids[$1]}; base=${bases[$1]}; }   # the server of one cache setting takes the next phase
# Asks counted by the server since it started (warm-up included): "cached total", from its Prometheus scrape.
served_from_cache() { curl -s "$base/metrics" | awk '/^servicedeskbot_asks/ && /channel="api"/ { n += $2; if (/cached="true"/) c += $2 } END { printf "%d %d", c, n }'; }

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
  [[ $provider != postgresql ]] || start_pg
  for mode in "${modes[@]}"; do
    data="$work/data-$provider-cache-$mode"
    cache_env="Answering__CacheEnabled=$([[ $mode == on ]] && echo true || echo false)"
    if [[ $provider == postgresql ]]; then
      psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE servicedesk_$mode" >/dev/null
      start_app "$data" "$cache_env" Database__Provider=PostgreSQL \
        "ConnectionStrings__ServiceDesk=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=servicedesk_$mode"
    else
      start_app "$data" "$cache_env" Database__Provider=Sqlite
    fi
    pids[$mode]=$app_pid bases[$mode]=$base colds[$mode]=$cold_ms
    echo "answer cache $mode: cold start to ready: ${cold_ms} ms"
  done
  # Warm-up: both endpoints, twice in turn, so tiered compilation and the caches have settled for both before any
  # measured phase (a longer first search phase used to warm search up more than ask, and the ratio moved with it).
  for mode in "${modes[@]}"; do
    use_server "$mode"
    for _ in 1 2; do
      run_wrk /api/search '{"query":"' '","top":5}' "$warm" >/dev/null
      run_wrk /api/ask '{"question":"' '"}' "$warm" >/dev/null
    done
  done
  hz=$(getconf CLK_TCK)
  measure() { # path prefix suffix → "RESULT ... app_cpu_ms=X db_cpu_ms=Y" (CPU milliseconds per request)
    local app0 db0 result app1 db1 n
    app0=$(cpu_ticks "$app_pid"); db0=$(cpu_ticks $(db_pids))
    result=$(run_wrk "$1" "$2" "$3" "$phase")
    app1=$(cpu_ticks "$app_pid"); db1=$(cpu_ticks $(db_pids))
    n=$(field requests "$result")
    awk -v r="$result" -v a=$(( app1 - app0 )) -v d=$(( db1 - db0 )) -v n="$n" -v hz="$hz" \
      'BEGIN { if (n > 0) printf "%s app_cpu_ms=%.3f db_cpu_ms=%.3f\n", r, 1000 * a / hz / n, 1000 * d / hz / n; else print r }'
  }
  declare -A ratios=() searches=() asks_measured=()
  asks=0
  for round in $(seq 1 "$rounds"); do
    for mode in "${modes[@]}"; do
      use_server "$mode"
      search=$(measure /api/search '{"query":"' '","top":5}')
      ask=$(measure /api/ask '{"question":"' '"}')
      searches[$mode]+="$search"$'\n' asks_measured[$mode]+="$ask"$'\n'
      [[ $mode != "${modes[0]}" ]] || asks=$(( asks + $(field requests "$ask") ))
      ratio=$(awk -v a="$(field rps "$ask")" -v s="$(field rps "$search")" 'BEGIN { printf "%.1f", 100 * a / s }')
      ratios[$mode]+="$ratio "
      echo "round $round, answer cache $mode, search: $search"
      echo "round $round, answer cache $mode, ask:    $ask"
      echo "round $round, answer cache $mode, ask/search throughput: ${ratio} %"
    done
  done
  declare -A served=()
  for mode in "${modes[@]}"; do use_server "$mode"; served[$mode]=$(served_from_cache); done
  # The WAL and the soak: the first setting listed; the others' servers stop here.
  main=${modes[0]}
  for mode in "${modes[@]}"; do [[ $mode == "$main" ]] || { use_server "$mode"; stop_app; unset "pids[$mode]"; }; done
  use_server "$main"; data="$work/data-$provider-cache-$main"
  while (( asks < min_asks )); do
    more=$(run_wrk /api/ask '{"question":"' '"}' 10); asks=$(( asks + $(field requests "$more") ))
  done
  col() { local f=$1; while read -r line; do [[ -z $line ]] || field "$f" "$line"; done | median; }
  figures=()
  for mode in "${modes[@]}"; do
    ratio=$(tr ' ' '\n' <<<"${ratios[$mode]}" | grep . | median)
    s_rps=$(col rps <<<"${searches[$mode]}") a_rps=$(col rps <<<"${asks_measured[$mode]}")
    s_p50=$(col p50_ms <<<"${searches[$mode]}") a_p50=$(col p50_ms <<<"${asks_measured[$mode]}")
    s_p99=$(col p99_ms <<<"${searches[$mode]}") a_p99=$(col p99_ms <<<"${asks_measured[$mode]}")
    a_p99_max=$(while read -r line; do [[ -z $line ]] || field p99_ms "$line"; done <<<"${asks_measured[$mode]}" | sort -g | tail -1)
    s_cpu=$(col app_cpu_ms <<<"${searches[$mode]}") a_cpu=$(col app_cpu_ms <<<"${asks_measured[$mode]}")
    s_db=$(col db_cpu_ms <<<"${searches[$mode]}") a_db=$(col db_cpu_ms <<<"${asks_measured[$mode]}")
    echo "answer cache $mode, median of $rounds rounds: search $s_rps req/s, ask $a_rps req/s, ask/search ${ratio} % (rounds: ${ratios[$mode]% })"
    echo "answer cache $mode, CPU ms per request (median): search ${s_cpu} (+${s_db} database), ask ${a_cpu} (+${a_db} database)"
    read -r c n <<<"${served[$mode]}"
    hits=$(awk -v c="$c" -v n="$n" 'BEGIN { if (n > 0) printf "%.1f", 100 * c / n; else print "?" }')
    echo "answer cache $mode: $c of $n asks since start answered from the cache (${hits} %)"
    figures+=("cache $mode (${hits} % of asks from the cache${REPEAT_SHARE:+, REPEAT_SHARE=$REPEAT_SHARE}): cold ${colds[$mode]} ms, search $s_rps req/s p50 $s_p50 p99 $s_p99 ms CPU $s_cpu (+$s_db db) ms/req, ask $a_rps req/s p50 $a_p50 p99 $a_p99 (worst $a_p99_max) ms CPU $a_cpu (+$a_db db) ms/req, ratio ${ratio} % (${ratios[$mode]% })")
  done
  wal=0; [[ ! -f "$data/servicedesk.db-wal" ]] || wal=$(stat -c %s "$data/servicedesk.db-wal")
  echo "asks sent in total (answer cache $main): $asks; WAL: $(( wal / 1024 / 1024 )) MB"

  echo "soak: asks for ${soak} s, RSS every 10 s"
  wrk_soak() { BODY_PREFIX='{"question":"' BODY_SUFFIX='"}' QUESTIONS="$work/questions.txt" \
    wrk -t2 -c16 -d"${soak}s" --timeout 10s -s "$repo/benchmarks/load/post.lua" "$base/api/ask" >"$work/soak-$provider.txt"; }
  wrk_soak & soak_pid=$!
  samples=()
  while kill -0 "$soak_pid" 2>/dev/null; do samples+=("$(rss_mb "$app_pid")"); sleep 10; done
  wait "$soak_pid" || true
  soak_result=$(grep '^RESULT' "$work/soak-$provider.txt" || true)
  echo "RSS MB: ${samples[*]}"
  rss_range=$(printf '%s\n' "${samples[@]}" | awk 'NR == 1 { first = min = max = $1 } { if ($1 < min) min = $1; if ($1 > max) max = $1; sum += $1; last = $1 }
    END { if (NR) printf "first %d, min %d, max %d, last %d, mean %.0f MB (max-min = %.1f %% of the mean)", first, min, max, last, sum / NR, 100 * (max - min) / (sum / NR) }')
  echo "RSS: $rss_range"
  echo "soak:   $soak_result"
  [[ ! -f "$data/servicedesk.db-wal" ]] || echo "WAL after the soak: $(( $(stat -c %s "$data/servicedesk.db-wal") / 1024 / 1024 )) MB"
  dropped=$(curl -s "$base/healthz" | grep -o '"askLogDropped":[0-9]*' | cut -d: -f2)
  echo "ask-log entries dropped because the queue was full: ${dropped:-?}"
  summary+=("$provider | medians of $rounds rounds of ${phase} s")
  for line in "${figures[@]}"; do summary+=("  $line"); done
  summary+=("  cache $main: ask-log drops ${dropped:-?} | WAL $(( wal / 1024 / 1024 )) MB after $asks asks | RSS $rss_range")
  stop_app; unset "pids[$main]"
done

echo "== summary"
printf '%s\n' "${summary[@]}"
