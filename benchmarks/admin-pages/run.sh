#!/usr/bin/env bash
# Admin pages with a large ask log: the Release build on SQLite, ROWS ask-log rows (default 100,000) seeded by the
# benchmarks project's seed-asklog verb, then every admin page fetched over real HTTP by a signed-in admin
# (curl, REQUESTS times each after one warm-up); prints median, p95 and max per page in milliseconds, and the server's
# CPU time per request (user + system of its process, from /proc): on a shared machine the wall times mostly measure
# the scheduler, the CPU time much less so.
#   benchmarks/admin-pages/run.sh
#   ROWS=20000 REQUESTS=10 benchmarks/admin-pages/run.sh
#   PUBLISHED=/path/to/published/app benchmarks/admin-pages/run.sh   # reuse a Release publish of src/ServiceDeskBot.Web
#   KEEP_DB=/tmp/x/servicedesk.db benchmarks/admin-pages/run.sh        # keep a copy of the seeded database (for sqlite3 timings)
#   PAGES='/Admin/Review /api/admin/dashboard?days=365' REQUESTS=100 benchmarks/admin-pages/run.sh   # only these pages
# Only loopback addresses are used; the server it starts is stopped on exit.
set -euo pipefail
source "$(dirname "$(realpath "$0")")/../../scripts/loopback.sh"   # free_port, as_pg
repo=$(cd "$(dirname "$0")/../.." && pwd)
rows=${ROWS:-100000}
requests=${REQUESTS:-20}
work=$(mktemp -d /tmp/servicedesk-admin-pages.XXXXXX)
app_pid=""
cleanup() {
  [[ -z $app_pid ]] || { kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null; } || true
  [[ -z ${KEEP_DB:-} || ! -f $work/data/servicedesk.db ]] || sqlite3 "$work/data/servicedesk.db" ".backup '$KEEP_DB'"
  rm -rf "$work"
}
trap cleanup EXIT


app_dir=${PUBLISHED:-$work/app}
if [[ -z ${PUBLISHED:-} ]]; then
  echo "== publishing the Release build"
  dotnet publish "$repo/src/ServiceDeskBot.Web" -c Release -o "$app_dir" --nologo -v quiet >/dev/null
fi
dotnet build "$repo/benchmarks/ServiceDeskBot.Benchmarks" -c Release --nologo -v quiet >/dev/null

password="pw$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')7"
port=$(free_port)
base="http://127.0.0.1:$port"
start_app() {
  (cd "$app_dir" && Storage__DataDirectory="$work/data" Storage__SeedsDirectory="$repo/seeds" Auth__BootstrapAdmin__UserName=bench-admin \
    Auth__BootstrapAdmin__Password="$password" Logging__LogLevel__Default=Warning \
    exec dotnet ServiceDeskBot.Web.dll --urls "$base" >"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 600); do
    curl -fs "$base/healthz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "the app did not become healthy" >&2; cat "$work/app.log" >&2; exit 1
}

echo "== first start (migrations, seeds, admin)"
start_app
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

echo "== seeding $rows ask-log rows"
dotnet "$repo/benchmarks/ServiceDeskBot.Benchmarks/bin/Release/net10.0/ServiceDeskBot.Benchmarks.dll" \
  seed-asklog "$work/data" "$rows" "$repo/tests/data/calibration/tuning.jsonl"

echo "== second start"
start_app

jar="$work/cookies"
token=$(curl -fs -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "UserName=bench-admin" \
  --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login")
[[ $status == 302 ]] || { echo "sign-in failed ($status)" >&2; exit 1; }

today=$(TZ=Asia/Shanghai date +%F)
year_ago=$(TZ=Asia/Shanghai date -d '364 days ago' +%F)
pages=(
  /Admin
  /Admin/Users
  /Admin/Dashboard
  "/Admin/Dashboard?channel=all&from=$year_ago&to=$today"
  "/api/admin/dashboard?channel=all&days=365"
  /Admin/Review
  /Admin/Conversations
  "/Admin/Conversations?Filter.Channel=all&Filter.Outcome=unanswered&Filter.Feedback=disliked"
  "/Admin/Conversations?Filter.Page=20"
  /Admin/Curated
  /Admin/Templates
  /Admin/Corpus
  /Admin/Handoffs
  /Admin/ApiKeys
  /Admin/Audit
  /Admin/Export
)
[[ -z ${PAGES:-} ]] || read -r -a pages <<<"$PAGES"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$app_pid/stat"; }
tick_ms=$((1000 / $(getconf CLK_TCK)))
printf '%-60s %8s %8s %8s %8s %6s\n' page median p95 max cpu/req status
for page in "${pages[@]}"; do
  curl -s -o /dev/null -b "$jar" "$base$page"   # warm-up
  times=()
  code=""
  cpu_before=$(cpu_ticks)
  for _ in $(seq 1 "$requests"); do
    read -r code t < <(curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$base$page")
    times+=("$t")
  done
  cpu=$(( ($(cpu_ticks) - cpu_before) * tick_ms ))
  printf '%s\n' "${times[@]}" | sort -n | awk -v page="$page" -v code="$code" -v cpu="$cpu" -v n="$requests" '
    { v[NR] = $1 * 1000 }
    END { m = v[int((NR + 1) / 2)]; p = v[int(NR * 0.95 + 0.999)]; printf "%-60s %8.1f %8.1f %8.1f %8.1f %6s\n", page, m, p, v[NR], cpu / n, code }'
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

