-- wrk script: POSTs one JSON body per request, cycling through the questions in $QUESTIONS (one JSON-escaped string
-- per line) and wrapping each in $BODY_PREFIX ... $BODY_SUFFIX (e.g. {"question":" and "}).
local questions = {}
local prefix = os.getenv("BODY_PREFIX")
local suffix = os.getenv("BODY_SUFFIX")
for line in io.lines(os.getenv("QUESTIONS")) do
  questions[#questions + 1] = prefix .. line .. suffix
end

local counter = 0

function init(args)
  counter = math.random(#questions)
end

function request()
  counter = counter % #questions + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, questions[counter])
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
