-- wrk script of src/bench/intake-throughput.sh: MLPS filings and incident initial reports in turn,
-- each with its own Idempotency-Key, from many institutions (one bearer token each, in turn), so
-- that every request is a new submission and no institution exceeds its production rate limit.
-- Each wrk thread takes its own share of the tokens, so that two threads never file for the same
-- institution at once (real institutions do not file hundreds of reports a second).
-- Environment: BENCH_TOKENS (a file, one token per line), BENCH_FILING and BENCH_INCIDENT (bodies),
-- BENCH_RUN (a prefix that makes the keys unique per run).
local threads = {}
local counter = 0

local function read(path)
  local f = assert(io.open(path, "r"))
  local s = f:read("*a")
  f:close()
  return s
end

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
  for _, t in ipairs(threads) do
    t:set("nthreads", #threads)
  end
end

function init(args)
  tokens = {}
  local n = 0
  for line in io.lines(os.getenv("BENCH_TOKENS")) do
    if n % nthreads == tid then
      table.insert(tokens, "Bearer " .. line)
    end
    n = n + 1
  end
  filing = read(os.getenv("BENCH_FILING"))
  incident = read(os.getenv("BENCH_INCIDENT"))
  prefix = os.getenv("BENCH_RUN") .. "-" .. tid .. "-"
  created = 0
  other = 0
end

function request()
  counter = counter + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["Authorization"] = tokens[counter % #tokens + 1],
    ["Idempotency-Key"] = prefix .. counter,
  }
  if counter % 2 == 0 then
    return wrk.format("POST", "/api/v1/mlps-filings", headers, filing)
  end
  return wrk.format("POST", "/api/v1/incidents", headers, incident)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
    if other <= 3 then
      io.stderr:write("HTTP " .. status .. ": " .. string.sub(body, 1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d created=%d other=%d socket_errors=%d seconds=%.1f rate=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f\n",
    summary.requests, c, o, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
