-- wrk script for bench/run.sh: counts responses whose status is not the expected one (first script argument,
-- default 200) and prints one machine-readable RESULT line with throughput and latency percentiles.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    expected = tonumber(args[1]) or 200
    unexpected = 0
    sample = ""
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
        if first == "" then first = s end
    end
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.timeout + summary.errors.status
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d seconds=%.3f rps=%.2f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f errors=%d unexpected=%d sample=%s\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, errors, bad, first:gsub("%s", "_")))
end
