#!/usr/bin/env bash
# What importing the 50-page PDF (tests/data/documents/long-guide.pdf) costs end to end, two ways:
#   1. POST /api/admin/documents on a fresh Release service (own temp data directory, a free loopback port, an Admin
#      API key): the upload's wall time as curl sees it (read, clean, split, metadata, screening, store, index), and
#      the server's resident memory before the upload, after it and at its peak (VmHWM, which covers start-up too);
#   2. the CLI `ingest DIR` on a folder holding only that PDF: wall time and peak RSS of the whole run (/usr/bin/time),
#      start-up, migrations and the index build included.
# Usage: benchmarks/pdf-import.sh [RUNS]   (default 3; BENCH_APP=…/ServiceDeskBot.Web.dll and
#        BENCH_CLI=…/ServiceDeskBot.Cli.dll skip the publishes)
set -euo pipefail
source "$(dirname "$(realpath "$0")")/../scripts/loopback.sh"   # free_port, as_pg
cd "$(dirname "$0")/.."
runs=${1:-3}
pdf=$PWD/tests/data/documents/long-guide.pdf
work=$(mktemp -d /tmp/servicedesk-pdf-import.XXXXXX)
server=""
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

app=${BENCH_APP:+$(realpath "$BENCH_APP")}
if [[ -z $app ]]; then
  dotnet publish src/ServiceDeskBot.Web -c Release -o "$work/app" -v quiet -nologo >/dev/null
  app="$work/app/ServiceDeskBot.Web.dll"
fi
cli=${BENCH_CLI:+$(realpath "$BENCH_CLI")}
if [[ -z $cli ]]; then
  dotnet publish src/ServiceDeskBot.Cli -c Release -o "$work/cli" -v quiet -nologo >/dev/null
  cli="$work/cli/ServiceDeskBot.Cli.dll"
fi
export Storage__SeedsDirectory="$PWD/seeds" ASPNETCORE_ENVIRONMENT=Production
kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$server/status"; }

echo "pdf: $(basename "$pdf") $(stat -c %s "$pdf") bytes"
for run in $(seq 1 "$runs"); do
  export Storage__DataDirectory="$work/data-$run"
  key=$(dotnet "$app" apikeys add bench --role Admin 2>/dev/null | tail -n 1)
  port=$(free_port || true)
  [[ -n $port ]] || { echo "pdf-import: no free loopback port" >&2; exit 1; }
  base="http://127.0.0.1:$port"
  (cd "$work" && exec dotnet "$app" --urls "$base") >"$work/server-$run.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
  before=$(kb VmRSS)
  read -r status seconds < <(curl -s -o "$work/upload-$run.json" -w '%{http_code} %{time_total}\n' \
    -H "Authorization: Bearer $key" -F "file=@$pdf" "$base/api/admin/documents/")
  printf 'api run %d: status %s, upload %.2f s, RSS before %d MB, after %d MB, peak %d MB, passages %s\n' "$run" "$status" "$seconds" \
    $(( before / 1024 )) $(( $(kb VmRSS) / 1024 )) $(( $(kb VmHWM) / 1024 )) \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("passages"))' "$work/upload-$run.json")"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
done

mkdir -p "$work/folder" && cp "$pdf" "$work/folder/"
for run in $(seq 1 "$runs"); do
  /usr/bin/time -f '%e %M' -o "$work/time-$run" dotnet "$cli" ingest "$work/folder" --data "$work/cli-$run" >/dev/null 2>&1 || true
  read -r elapsed peak <"$work/time-$run"
  printf 'cli run %d: ingest DIR %.2f s wall (start-up and index build included), peak RSS %d MB\n' "$run" "$elapsed" $(( peak / 1024 ))
done
