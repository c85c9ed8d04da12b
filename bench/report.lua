-- wrk script for bench/run.sh.
--   wrk ... -s bench/report.lua URL -- EXPECTED_STATUS THREADS COOKIE1 [COOKIE2 ...]
-- Each wrk thread takes its share of the signed-in sessions (BABYSTEPS_SESSION values) and rotates through them,
-- so with one session per connection no two connections normally share an HTTP session. Responses whose status
-- is not EXPECTED_STATUS are counted, and done() prints one machine-readable RESULT line with throughput and
-- latency percentiles (wrk's own --latency table is printed too).
local threads = {}
local created = 0

function setup(thread)
    thread:set("tid", created)
    created = created + 1
    table.insert(threads, thread)
end

function init(args)
    expected = tonumber(args[1]) or 200
    local nthreads = tonumber(args[2]) or 1
    unexpected = 0
    sample = ""
    local mine, all = {}, {}
    for k = 3, #args do
        all[#all + 1] = args[k]
        if (k - 3) % nthreads == tid then
            mine[#mine + 1] = args[k]
        end
    end
    if #mine == 0 then
        mine = all
    end
    requests = {}
    for k, cookie in ipairs(mine) do
        requests[k] = wrk.format(nil, nil, { ["Cookie"] = "BABYSTEPS_SESSION=" .. cookie })
    end
    next_request = 0
end

function request()
    next_request = next_request % #requests + 1
    return requests[next_request]
end

function response(status, headers, body)
    if status ~= expected then
        unexpected = unexpected + 1
        if sample == "" then
            sample = tostring(status) .. " " .. tostring(headers["Location"] or "")
        end
    end
end

function done(summary, latency, requests)
    local bad, first = 0, ""
    for _, thread in ipairs(threads) do
        bad = bad + (thread:get("unexpected") or 0)
        local s = thread:get("sample") or ""
        if first == "" then
            first = s
        end
    end
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.timeout + summary.errors.status
    local seconds = summary.duration / 1e6
    local shown = first:gsub("%s", "_")
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.2f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%d unexpected=%d sample=%s\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, errors, bad, shown))
end
