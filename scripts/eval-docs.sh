#!/usr/bin/env bash
# The issue 13 check, end to end over HTTP: a fresh service (its own temp data directory, a free loopback port), an
# Admin API key from the `apikeys` verb, every file of DOCS uploaded through POST /api/admin/documents, then every
# question of SET asked through POST /api/ask. Prints one line per question and the figures:
#   answerable: answered, with one of the expected figures in the reply and the expected file among the citations;
#   unanswerable: declined (answered=false); expired (kind "expired"): declined, or the reply says 失效/代替/尚未;
#   metadata: what the API returns for each document once all are uploaded; radicals: any U+2E80–U+2EFF or U+2F00–U+2FDF in replies or citations.
# Usage: scripts/eval-docs.sh [DOCS] [SET[,SET…]]   (defaults ../shared/eval/docs and ../shared/eval/docs.jsonl)
#        Several sets on one upload are scored one after the other, each with its own figures (our own document
#        calibration: tests/data/calibration/documents/docs with documents-tuning.jsonl,documents-heldout.jsonl).
#        EVAL_DOCS_APP=src/ServiceDeskBot.Web/bin/Debug/net10.0/ServiceDeskBot.Web.dll scripts/eval-docs.sh …  (skip the publish)
#        EVAL_DOCS_START_SECONDS=180 scripts/eval-docs.sh …  (wait longer for the service on a busy machine; default 60)
# Never tune on the set this prints figures for: write your own questions on tests/data/documents for that.
set -euo pipefail
source "$(dirname "$(realpath "$0")")/loopback.sh"   # free_port, as_pg
cd "$(dirname "$0")/.."
docs=$(realpath "${1:-../shared/eval/docs}")
IFS=',' read -r -a set_files <<<"${2:-../shared/eval/docs.jsonl}"
for i in "${!set_files[@]}"; do set_files[i]=$(realpath "${set_files[i]}"); done
work=$(mktemp -d /tmp/servicedesk-eval-docs.XXXXXX)
server=""
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

app=${EVAL_DOCS_APP:+$(realpath "$EVAL_DOCS_APP")}
if [[ -z $app ]]; then
  dotnet publish src/ServiceDeskBot.Web -c Release -o "$work/app" -v quiet -nologo >/dev/null
  app="$work/app/ServiceDeskBot.Web.dll"
fi
# One key asks every question of the sets: the per-client ask limit (60 a minute by default) would refuse the rest with 429.
export Storage__DataDirectory="$work/data" Storage__SeedsDirectory="$PWD/seeds" ASPNETCORE_ENVIRONMENT=Production RateLimiting__AskPermitsPerMinute=100000
key=$(dotnet "$app" apikeys add eval-docs --role Admin 2>/dev/null | tail -n 1)
port=$(free_port || true)
[[ -n $port ]] || { echo "eval-docs: no free loopback port" >&2; exit 1; }
base="http://127.0.0.1:$port"
(cd "$work" && exec dotnet "$app" --urls "$base") >"$work/server.log" 2>&1 &
server=$!
# EVAL_DOCS_START_SECONDS (default 60): how long to wait for /healthz; a busy machine can need twice that.
for _ in $(seq 1 $(( ${EVAL_DOCS_START_SECONDS:-60} * 2 ))); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/healthz" >/dev/null || { echo "eval-docs: the service did not start" >&2; tail -n 30 "$work/server.log" >&2; exit 1; }

mkdir -p "$work/uploads" "$work/answers"
for file in "$docs"/*; do
  [[ -f $file ]] || continue
  name=$(basename "$file")
  start=$(date +%s.%N)
  status=$(curl -s -o "$work/uploads/$name.json" -w '%{http_code}' -H "Authorization: Bearer $key" -F "file=@$file" "$base/api/admin/documents/")
  end=$(date +%s.%N)
  printf 'upload %-40s %s %.2fs\n' "$name" "$status" "$(echo "$end - $start" | bc)"
done
# The metadata printed is each document as it stands once all are uploaded: an upload's own reply gives its status
# before any later file that repeals or replaces it is in (an older rule sorted first would read "active").
for json in "$work"/uploads/*.json; do
  id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1], encoding="utf-8")).get("id", ""))' "$json" 2>/dev/null || true)
  [[ -n $id ]] || continue
  curl -fs -o "$json.now" -H "Authorization: Bearer $key" "$base/api/admin/documents/$id" && mv "$json.now" "$json" || rm -f "$json.now"
done

for set_file in "${set_files[@]}"; do
rm -rf "$work/answers" && mkdir -p "$work/answers"
echo "== $(basename "$set_file")"
i=0
while IFS= read -r line; do
  [[ -z $line ]] && continue
  i=$((i + 1))
  question=$(printf '%s' "$line" | python3 -c 'import json,sys; print(json.dumps({"question": json.load(sys.stdin)["question"]}, ensure_ascii=False))')
  curl -s -H 'Content-Type: application/json' -H "Authorization: Bearer $key" -d "$question" "$base/api/ask" >"$work/answers/$i.json"
  sleep 0.2
done <"$set_file"

python3 - "$set_file" "$work" <<'PY'
import json, os, re, sys
set_file, work = sys.argv[1], sys.argv[2]
items = [json.loads(l) for l in open(set_file, encoding="utf-8") if l.strip()]
radical = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")
counts = {"answerable": [0, 0], "unanswerable": [0, 0], "expired": [0, 0]}
radicals = 0
for n, item in enumerate(items, 1):
    reply = json.load(open(os.path.join(work, "answers", f"{n}.json"), encoding="utf-8"))
    answer = reply.get("answer", "")
    cites = reply.get("citations", [])
    text = answer + "".join(c.get("snippet", "") + c.get("title", "") for c in cites)
    radicals += len(radical.findall(text))
    kind = item["kind"]
    if kind == "answerable":
        ok = reply.get("answered") and any(a in answer for a in item["answers"]) and any(c["source"] == item["source"] for c in cites)
    elif kind == "expired":
        ok = (not reply.get("answered")) or bool(re.search("失效|代替|尚未", answer))
    else:
        ok = not reply.get("answered")
    counts.setdefault(kind, [0, 0])
    counts[kind][0] += bool(ok); counts[kind][1] += 1
    first = answer.replace("\n", " ")[:80]
    print(f"{'ok ' if ok else 'NO '} {item['id']} {kind[:5]} {item['question']} => {first} | {[c['source'] for c in cites]}")
for kind, (good, total) in counts.items():
    if total:
        print(f"{kind}: {good}/{total} ({100 * good / total:.0f} %)")
print(f"radical glyphs in replies and citations: {radicals}")
for name in sorted(os.listdir(os.path.join(work, "uploads"))):
    d = json.load(open(os.path.join(work, "uploads", name), encoding="utf-8"))
    keys = ["title", "docNumber", "issuer", "issuedOn", "effectiveFrom", "expiresOn", "status", "passages"]
    print("metadata", name[:-5], {k: d.get(k) for k in keys} if "id" in d else d)
PY
done
