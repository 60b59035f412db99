#!/usr/bin/env bash
# The one test command: installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
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

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test ServiceDeskBot.sln --configuration Release "$@" 2>&1 | tee "$log" || status=$?

# One plain closing line over all test assemblies, so CI logs show the totals at a glance.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
