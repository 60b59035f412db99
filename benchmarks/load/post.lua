-- wrk script: POSTs one JSON body per request, cycling through the questions in $QUESTIONS (one JSON-escaped string
-- per line) and wrapping each in $BODY_PREFIX ... $BODY_SUFFIX (e.g. {"question":" and "}).
-- With $REPEAT_SHARE (0..1) only that share of requests sends a question as written; every other one inserts three
-- spaces at random places between its characters, a question typed differently that the answer cache has not seen
-- (about a million spellings of each), which costs the answer pipeline about what the question itself costs.
local questions = {}
local gaps = {}
local prefix = os.getenv("BODY_PREFIX")
local suffix = os.getenv("BODY_SUFFIX")
local share = tonumber(os.getenv("REPEAT_SHARE") or "")

-- Byte offsets where a space may go: before a character (not the first), never inside a JSON escape.
local function boundaries(line)
  local found, escaped = {}, false
  for i = 1, #line do
    local byte = line:byte(i)
    if i > 1 and not escaped and (byte < 0x80 or byte >= 0xC0) then
      found[#found + 1] = i
    end
    escaped = not escaped and byte == 0x5C
  end
  return found
end

for line in io.lines(os.getenv("QUESTIONS")) do
  questions[#questions + 1] = line
  gaps[#gaps + 1] = boundaries(line)
end

local counter = 0

function init(args)
  counter = math.random(#questions)
  math.randomseed(os.time() + counter)
end

local function respelled(i)
  local line, at = questions[i], gaps[i]
  if #at == 0 then
    return line
  end
  local picks = {}
  for _ = 1, 3 do
    picks[#picks + 1] = at[math.random(#at)]
  end
  table.sort(picks, function(a, b) return a > b end)
  for _, p in ipairs(picks) do
    line = line:sub(1, p - 1) .. " " .. line:sub(p)
  end
  return line
end

function request()
  counter = counter % #questions + 1
  local text = questions[counter]
  if share and math.random() >= share then
    text = respelled(counter)
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, prefix .. text .. suffix)
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
