#!/usr/bin/env bash
# The one test command: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
source "$(dirname "$(realpath "$0")")/scripts/loopback.sh"   # free_port, as_pg
cd "$(dirname "$0")"

# Browser tests drive Debian's Chromium (Playwright's own browser download cannot work offline) and need a CJK
# font, otherwise the Chinese page renders as boxes in screenshots. Installed only when missing.
browser_packages=()
[[ -x /usr/bin/chromium ]] || browser_packages+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || browser_packages+=(fonts-noto-cjk)
if (( ${#browser_packages[@]} > 0 )); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "test.sh: missing ${browser_packages[*]}; run as root or install them first" >&2
    exit 1
  fi
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${browser_packages[@]}"
fi

# The Web project's build runs `npm ci` for the Web Chat and Chart.js bundles, so node and npm must be present.
command -v npm >/dev/null || { echo "test.sh: npm is required (apt-get install -y nodejs npm)" >&2; exit 1; }

# Our tuning data must not lean on the development set (evidence twins, near-duplicate questions, synonym groups that
# bridge a dev question to its passage): the check prints what it compared and fails the run on any finding.
if [[ -f ../shared/eval/dev.jsonl ]]; then
  overlap_dir=$(mktemp -d)
  overlap_status=0
  dotnet run --project src/ServiceDeskBot.Cli --configuration Release -- overlap --set ../shared/eval/dev.jsonl \
    --data "$overlap_dir/data" >"$overlap_dir/report.txt" 2>&1 || overlap_status=$?
  grep -v '^info:\|^      ' "$overlap_dir/report.txt" || true
  rm -rf "$overlap_dir"
  (( overlap_status == 0 )) || { echo "test.sh: tuning data overlaps ../shared/eval/dev.jsonl (see above)" >&2; exit 1; }
fi

# The storage tests run on SQLite and on PostgreSQL: Debian's postgresql-15, started here as this run's own server
# (initdb in a temp directory, a free loopback port, its own socket directory; never the system cluster on 5432),
# and stopped and removed on exit. The tests find it through SERVICEDESK_TEST_POSTGRES and fail without it.
pg_bin=/usr/lib/postgresql/15/bin
if [[ ! -x $pg_bin/initdb ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "test.sh: missing postgresql-15; run as root or install it first" >&2
    exit 1
  fi
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-15
fi
pg_dir=$(mktemp -d /tmp/servicedesk-test-pg.XXXXXX)
[[ $(id -u) -ne 0 ]] || chown postgres:postgres "$pg_dir"
pg_port=$(free_port || true)
[[ -n $pg_port ]] || { echo "test.sh: no free loopback port for PostgreSQL" >&2; exit 1; }
log=$(mktemp)
stop_pg() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir" "$log"
}
trap stop_pg EXIT
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# fsync off: a throw-away test server, where durability across a power cut does not matter and speed does.
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=400" start >/dev/null
export SERVICEDESK_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
echo "test.sh: PostgreSQL 15 for the tests on 127.0.0.1:$pg_port"

# The two-node tests share one Redis: Debian's redis-server, started here as this run's own process (a free loopback
# port, no persistence, a temp directory) and stopped on exit, found through SERVICEDESK_TEST_REDIS. Tests that need
# Redis fail without it; the outage tests start and stop their own redis-server from the same binary.
if ! command -v redis-server >/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "test.sh: missing redis-server; run as root or install it first" >&2
    exit 1
  fi
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server
fi
redis_dir=$(mktemp -d /tmp/servicedesk-test-redis.XXXXXX)
redis_port=$(free_port || true)
[[ -n $redis_port ]] || { echo "test.sh: no free loopback port for Redis" >&2; exit 1; }
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$redis_dir" \
  --daemonize yes --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log"
stop_all() {
  [[ ! -f $redis_dir/redis.pid ]] || kill "$(cat "$redis_dir/redis.pid")" 2>/dev/null || true
  rm -rf "$redis_dir"
  stop_pg
}
trap stop_all EXIT
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
  sleep 0.05
done
export SERVICEDESK_TEST_REDIS="127.0.0.1:$redis_port"

# Every test host watches its settings files; the kernel allows 128 inotify instances per user, which a suite of
# hundreds of hosts (or two suites on one machine) runs out of. Polling watchers need none.
export DOTNET_USE_POLLING_FILE_WATCHER=true
echo "test.sh: Redis for the tests on 127.0.0.1:$redis_port"

status=0
dotnet test ServiceDeskBot.sln --configuration Release "$@" 2>&1 | tee "$log" || status=$?

# One plain closing line over all test assemblies, so CI logs show the totals at a glance.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
