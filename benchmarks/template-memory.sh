#!/usr/bin/env bash
# Measures what hostile template previews do to the server's memory, end to end: starts a Release build of the web
# app on a free loopback port with a throw-away data directory, signs in as the bootstrap admin through the form,
# records VmRSS/VmHWM from /proc, posts PREVIEWS previews of a hostile template (PARALLEL at a time) through the
# admin page, and records them again. Figures and method: docs/benchmarks.md ("Template rendering memory").
#
#   benchmarks/template-memory.sh [path/to/ServiceDeskBot.Web.dll]     (default: builds and uses this checkout's)
#   KIND=mega|limit PREVIEWS=64 PARALLEL=8 benchmarks/template-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."

kind=${KIND:-mega}
previews=${PREVIEWS:-64}
parallel=${PARALLEL:-8}
dll=${1:-}
if [[ -z "$dll" ]]; then
  dotnet build -c Release src/ServiceDeskBot.Web -v q -nologo >/dev/null
  dll=src/ServiceDeskBot.Web/bin/Release/net10.0/ServiceDeskBot.Web.dll
fi

work=$(mktemp -d /tmp/feat-security-template-memory.XXXXXX)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
password="pw$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')7"

# The template: 300 (mega) or 900 (limit) variables, each a copy of a 1,000,000- or 19,000-character string.
python3 - "$kind" > "$work/template.txt" <<'PY'
import sys
count, length = (300, 1_000_000) if sys.argv[1] == "mega" else (900, 19_000)
print("{{ s = \"\" | string.pad_left %d" % length)
for i in range(count):
    print('v%d = s + "%d"' % (i, i))
print("}}")
PY

ASPNETCORE_ENVIRONMENT=Production Storage__DataDirectory="$work/data" Auth__BootstrapAdmin__UserName=bench-admin \
  Auth__BootstrapAdmin__Password="$password" Intents__WarmUpOnStart=false \
  dotnet "$dll" --urls http://127.0.0.1:0 > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do
  base=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.log" | head -1 || true)
  [[ -n "$base" ]] && curl -fs "$base/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
[[ -n "${base:-}" ]] || { echo "server did not start" >&2; cat "$work/server.log" >&2; exit 1; }

jar="$work/cookies"
token() { curl -s -c "$jar" -b "$jar" "$base$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
curl -s -c "$jar" -b "$jar" -o /dev/null "$base/Account/Login" 
curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$base/Account/Login" --data-urlencode UserName=bench-admin \
  --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$(token /Account/Login)"
form_token=$(token /Admin/Templates/Edit/greeting)

memory() { awk '/^VmRSS|^VmHWM/ { printf "%s %d MB  ", $1, $2 / 1024 }' "/proc/$server/status"; echo; }
echo "server $dll, template $(wc -c < "$work/template.txt") bytes ($kind), $previews previews, $parallel at a time"
echo -n "before: "; memory
start=$(date +%s.%N)
seq 1 "$previews" | xargs -P "$parallel" -I{} curl -s -b "$jar" -o /dev/null -w '%{http_code}\n' \
  -X POST "$base/Admin/Templates/Edit/greeting?handler=Preview" \
  --data-urlencode "Input.Body@$work/template.txt" --data-urlencode Input.Enabled=true \
  --data-urlencode "__RequestVerificationToken=$form_token" | sort | uniq -c | sed 's/^/statuses: /'
echo "elapsed: $(echo "$(date +%s.%N) - $start" | bc) s"
echo -n "after:  "; memory
