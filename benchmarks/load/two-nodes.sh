#!/usr/bin/env bash
# Two nodes behind nginx round-robin on one machine, on one PostgreSQL and one Redis (all started here, loopback only,
# stopped on exit). Measures /api/ask throughput of one node (no Redis), of two nodes without Redis (the control: what a
# second process costs with nothing shared) and of the pair (Redis), each through its own nginx and each after the
# warm-up's background work has died down, with the CPU seconds the node processes spent per request. All five nodes
# run from the start and the three setups are measured in turn, ROUNDS times (the order rotating each round), so that
# a drift of the machine's speed over minutes falls on all three alike; the ratio is the pair's requests over the one
# node's, summed over the rounds, and each round's ratio is printed beside it. Then the Direct Line part (crossnode.py):
# conversations on node A, messages posted to node B, replies counted per posted activity and the fan-out delay from
# B storing a reply to A's socket receiving it (and beyond B's own socket receiving it). Redis commands per request
# (from the server's own command counters) and the CPU the idle node processes spend on their own show what
# coordination costs. Temporary files go under $TMPDIR (default /tmp).
# Each phase also reports the CPU nginx and wrk spent per request (both are on the measured path and share the cores).
#   benchmarks/load/two-nodes.sh                  # 3 rounds of 30 s per setup
#   ROUNDS=5 PHASE_SECONDS=10 WARMUP_SECONDS=15 benchmarks/load/two-nodes.sh   # warm-up: twice per setup, not measured
#   PUBLISHED=/tmp/app NODE_ENV="DOTNET_GCHeapCount=1 DOTNET_gcServer=0" benchmarks/load/two-nodes.sh
#     PUBLISHED: a `dotnet publish` output to use instead of publishing; NODE_ENV: extra environment of every node (runtime
#     settings to compare, e.g. DOTNET_PROCESSOR_COUNT=1, DOTNET_GCgen0size=0x4000000, DOTNET_TieredPGO=0).
set -euo pipefail
source "$(dirname "$(realpath "$0")")/../../scripts/loopback.sh"   # free_port, as_pg
repo=$(cd "$(dirname "$0")/../.." && pwd)
phase=${PHASE_SECONDS:-30}
rounds=${ROUNDS:-3}
pg_bin=/usr/lib/postgresql/15/bin
for tool in wrk nginx redis-server curl python3; do command -v "$tool" >/dev/null || { echo "two-nodes.sh: $tool is required" >&2; exit 1; }; done

work=$(mktemp -d "${TMPDIR:-/tmp}/servicedesk-two-nodes.XXXXXX")
chmod 755 "$work"
pids=() pg_started=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -z $pg_started ]] || as_pg $pg_bin/pg_ctl -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
cpu_seconds() { # sum of user+system CPU of the given pids, in seconds
  local total=0 pid
  for pid in "$@"; do total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat") )); done
  awk -v t="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
redis_stats() { # the server's command counters, one "command calls" per line
  redis-cli -p "$redis_port" info commandstats | tr -d '\r' | sed -n 's/^cmdstat_\([^:]*\):calls=\([0-9]*\).*/\1 \2/p'
}
redis_per_request() { # before-file after-file requests -> "publish=1.00 evalsha=1.00 ... total=2.00"
  awk -v n="$3" 'NR == FNR { before[$1] = $2; next }
    $1 != "info" { d = $2 - before[$1]; if (d > 0) { printf "%s=%.2f ", $1, d / n; total += d } }
    END { printf "total=%.2f\n", total / n }' "$1" "$2"
}
settle() { # pids...: waits (at most 30 s) until the background work a warm-up leaves (tier-1 JIT, GC) has died down
  local i before
  for i in $(seq 1 15); do
    before=$(cpu_seconds "$@")
    sleep 2
    awk -v a="$before" -v b="$(cpu_seconds "$@")" -v n="$#" 'BEGIN { exit !((b - a) / 2 < 0.05 * n) }' && return
  done
}
idle_cpu() { # pids... -> CPU milliseconds per second the processes spend with no request to serve (5 s)
  local before; before=$(cpu_seconds "$@")
  sleep 5
  awk -v a="$before" -v b="$(cpu_seconds "$@")" 'BEGIN { printf "%.1f", 1000 * (b - a) / 5 }'
}

read -ra node_env <<<"${NODE_ENV:-}"
if [[ -n ${PUBLISHED:-} ]]; then
  app=$PUBLISHED
else
  echo "== publishing the Release build"
  app=$work/app
  dotnet publish "$repo/src/ServiceDeskBot.Web" -c Release -o "$app" --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
fi
echo "node environment: ${node_env[*]:-(defaults)}"
grep -ho '"question": *"[^"]*"' "$repo"/tests/data/calibration/tuning.jsonl | sed 's/^"question": *"//; s/"$//' > "$work/questions.txt"

mkdir -p "$work/pg"; [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$work/pg"
pg_port=$(free_port)
as_pg $pg_bin/initdb -D "$work/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg $pg_bin/pg_ctl -D "$work/pg/data" -l "$work/pg/server.log" -w -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
pg_started=1
psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE servicedesk" >/dev/null
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
pids+=($!)
secret="load-test-secret-$(date +%s%N)"

warm() { # url: the first asks of a fresh process compile the pipeline (seconds on a busy machine); not measured
  local i
  for i in $(seq 1 20); do
    curl -s -o /dev/null -m 60 -H 'Content-Type: application/json' -d "{\"question\":\"$(sed -n "${i}p" "$work/questions.txt")\"}" "$1/api/ask" || true
  done
}

start_node() { # name redis-configuration → sets node_pid, node_url
  local port; port=$(free_port)
  node_url="http://127.0.0.1:$port"
  env Storage__DataDirectory="$work/data-$1" Storage__SeedsDirectory="$repo/seeds" Llm__PromptsDirectory="$repo/prompts" \
      Database__Provider=PostgreSQL "ConnectionStrings__ServiceDesk=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=servicedesk" \
      Redis__Configuration="$2" DirectLine__Secret="$secret" DirectLine__PostsPerWindow=10000 \
      RateLimiting__AskPermitsPerMinute=0 Logging__LogLevel__Default=Warning "${node_env[@]}" \
      dotnet "$app/ServiceDeskBot.Web.dll" --urls "$node_url" --contentRoot "$app" >"$work/$1.log" 2>&1 &
  node_pid=$!
  pids+=("$node_pid")
  until curl -sf "$node_url/healthz" >/dev/null; do
    kill -0 "$node_pid" 2>/dev/null || { echo "node $1 exited:" >&2; cat "$work/$1.log" >&2; exit 1; }
    sleep 0.1
  done
  warm "$node_url"
}

start_proxy() { # name upstream-urls... → sets proxy_pid, proxy_port
  local name=$1 servers="" url dir
  shift
  for url in "$@"; do servers+="    server ${url#http://};"$'\n'; done
  dir=$work/nginx-$name
  proxy_port=$(free_port)
  mkdir -p "$dir"
  cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $dir/body; proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi; uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;
  upstream servicedesk {
$servers    keepalive 32;
  }
  server {
    listen 127.0.0.1:$proxy_port;
    location / {
      proxy_pass http://servicedesk;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
CONF
  nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
  proxy_pid=$!
  pids+=("$proxy_pid")
  until curl -sf "http://127.0.0.1:$proxy_port/healthz" >/dev/null; do sleep 0.1; done
}

run_ask() { # seconds proxy-pid proxy-port → RESULT line with nginx_cpu_ms and wrk_cpu_ms (per request)
  local workers nginx0 nginx1 result
  workers=$(ps -o pid= --ppid "$2")
  nginx0=$(cpu_seconds $workers)
  # The subshell's children's CPU (wrk, once reaped) is read from its own /proc entry after the run.
  result=$(bash -c 'BODY_PREFIX="{\"question\":\"" BODY_SUFFIX="\"}" QUESTIONS="$1" \
      wrk -t2 -c16 -d"$2s" --timeout 10s -s "$3" "$4" | grep "^RESULT"; awk -v hz="$(getconf CLK_TCK)" "{ printf \"wrk_cpu_s=%.2f\\n\", (\$16 + \$17) / hz }" /proc/$$/stat' \
    _ "$work/questions.txt" "$1" "$repo/benchmarks/load/post.lua" "http://127.0.0.1:$3/api/ask")
  nginx1=$(cpu_seconds $workers)
  awk -v r="$(grep '^RESULT' <<<"$result")" -v w="$(field wrk_cpu_s "$result")" -v a="$nginx0" -v b="$nginx1" \
    'BEGIN { match(r, /requests=[0-9]+/); n = substr(r, RSTART + 9, RLENGTH - 9); if (n > 0) printf "%s nginx_cpu_ms=%.3f wrk_cpu_ms=%.3f\n", r, 1000 * (b - a) / n, 1000 * w / n; else print r }'
}

echo "== starting one node (no Redis), two nodes without Redis (the control) and two nodes on Redis, each behind nginx"
start_node single ""; single_pid=$node_pid
start_proxy one "$node_url"; one_proxy=("$proxy_pid" "$proxy_port")
start_node solo-a ""; solo_a_pid=$node_pid solo_a_url=$node_url
start_node solo-b ""; solo_b_pid=$node_pid
start_proxy solo "$solo_a_url" "$node_url"; solo_proxy=("$proxy_pid" "$proxy_port")
start_node a "127.0.0.1:$redis_port"; a_pid=$node_pid a_url=$node_url
start_node b "127.0.0.1:$redis_port"; b_pid=$node_pid b_url=$node_url
start_proxy pair "$a_url" "$b_url"; pair_proxy=("$proxy_pid" "$proxy_port")
all_nodes=("$single_pid" "$solo_a_pid" "$solo_b_pid" "$a_pid" "$b_pid")
declare -A setup_pids=([one]="$single_pid" [solo]="$solo_a_pid $solo_b_pid" [pair]="$a_pid $b_pid")
declare -A setup_proxy=([one]="${one_proxy[*]}" [solo]="${solo_proxy[*]}" [pair]="${pair_proxy[*]}")
declare -A requests=() seconds=() cpu=() errors=() worst_p99=() round_rps=()
# Warm-up, not measured: tier-1 compilation and the GC's budgets of five fresh processes take more than a few seconds
# of load each (a first measured round after 10 s of warm-up was 20-30 % slower for every setup than the next).
for warm_round in 1 2; do
  for setup in one solo pair; do
    read -r ppid pport <<<"${setup_proxy[$setup]}"
    run_ask "${WARMUP_SECONDS:-15}" "$ppid" "$pport" >/dev/null
    requests[$setup]=0 seconds[$setup]=0 cpu[$setup]=0 errors[$setup]=0 worst_p99[$setup]=0
  done
done
settle "${all_nodes[@]}"
one_idle=$(idle_cpu "$single_pid")
pair_idle=$(idle_cpu "$a_pid" "$b_pid")
: >"$work/redis-ask-deltas"
order=(one solo pair)
for round in $(seq 1 "$rounds"); do
  line="round $round:"
  for i in 0 1 2; do
    setup=${order[$(( (round - 1 + i) % 3 ))]}
    read -r ppid pport <<<"${setup_proxy[$setup]}"
    read -ra measured <<<"${setup_pids[$setup]}"
    settle "${all_nodes[@]}"
    [[ $setup != pair ]] || redis_stats >"$work/redis-before"
    before=$(cpu_seconds "${measured[@]}")
    result=$(run_ask "$phase" "$ppid" "$pport")
    after=$(cpu_seconds "${measured[@]}")
    [[ $setup != pair ]] || { redis_stats >"$work/redis-after"
      awk 'NR == FNR { b[$1] = $2; next } { print $1, $2 - b[$1] }' "$work/redis-before" "$work/redis-after" >>"$work/redis-ask-deltas"; }
    n=$(field requests "$result")
    requests[$setup]=$(( ${requests[$setup]} + n ))
    seconds[$setup]=$(awk -v s="${seconds[$setup]}" -v n="$n" -v r="$(field rps "$result")" 'BEGIN { if (r > 0) s += n / r; printf "%.3f", s }')
    cpu[$setup]=$(awk -v c="${cpu[$setup]}" -v a="$before" -v b="$after" 'BEGIN { printf "%.2f", c + b - a }')
    errors[$setup]=$(( ${errors[$setup]} + $(field errors "$result") ))
    worst_p99[$setup]=$(awk -v w="${worst_p99[$setup]}" -v p="$(field p99_ms "$result")" 'BEGIN { if (p > w) w = p; print w }')
    round_rps[$setup]=$(field rps "$result")
    echo "  $setup: $result cpu_ms_per_request=$(awk -v a="$before" -v b="$after" -v n="$n" 'BEGIN { c = 0; if (n > 0) c = 1000 * (b - a) / n; printf "%.2f", c }')"
    line+=" $setup ${round_rps[$setup]} req/s,"
  done
  echo "$line pair/one $(awk -v p="${round_rps[pair]}" -v o="${round_rps[one]}" 'BEGIN { printf "%.0f", 100 * p / o }') %"
done
summary_of() { # setup → "N req/s, errors E, worst p99 P ms, CPU C ms/request"
  awk -v n="${requests[$1]}" -v s="${seconds[$1]}" -v c="${cpu[$1]}" -v e="${errors[$1]}" -v p="${worst_p99[$1]}" \
    'BEGIN { printf "%.1f req/s, errors %d, worst p99 %.2f ms, CPU %.2f ms/request", n / s, e, p, 1000 * c / n }'
}
rps_of() { awk -v n="${requests[$1]}" -v s="${seconds[$1]}" 'BEGIN { printf "%.1f", n / s }'; }
ratio=$(awk -v p="$(rps_of pair)" -v o="$(rps_of one)" 'BEGIN { printf "%.0f", 100 * p / o }')
solo_ratio=$(awk -v p="$(rps_of solo)" -v o="$(rps_of one)" 'BEGIN { printf "%.0f", 100 * p / o }')
ask_redis=$(awk -v n="${requests[pair]}" '{ d[$1] += $2 } END { for (c in d) if (c != "info" && d[c] > 0) { printf "%s=%.2f ", c, d[c] / n; t += d[c] } printf "total=%.2f\n", t / n }' "$work/redis-ask-deltas")

echo "== Direct Line: conversations on A, posts to B"
redis_stats >"$work/redis-before-dl"
dl=$(python3 "$repo/benchmarks/load/crossnode.py" "$a_url" "$b_url" "$secret" "$work/questions.txt" "${CONVERSATIONS:-20}" "${MESSAGES:-10}" || true)
redis_stats >"$work/redis-after-dl"
dl_redis=$(redis_per_request "$work/redis-before-dl" "$work/redis-after-dl" "$(field posted "$dl")")
echo "$dl"

echo "== summary ($rounds rounds of $phase s per setup)"
echo "one node: $(summary_of one), idle CPU ${one_idle} ms/s"
echo "two nodes without Redis: $(summary_of solo) (${solo_ratio} % of one node)"
echo "two nodes: $(summary_of pair), idle CPU ${pair_idle} ms/s (both)"
echo "pair keeps ${ratio} % of one node's throughput"
echo "redis commands per /api/ask (two nodes): $ask_redis"
echo "direct line: $dl"
echo "redis commands per Direct Line turn (post, claim, answer, reply, fan-out): $dl_redis"
