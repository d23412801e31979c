-- wrk script: every request casts the next (poll, token) ballot. Threads interleave (thread t sends
-- pairs t, t + T, t + 2T, …) so no two threads send the same pair; once every pair was sent the
-- counter wraps and requests become repeats, answered 200 with the first receipt.
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do tokens[#tokens + 1] = line end
local polls = {}
for p in string.gmatch(os.getenv("BENCH_POLLS"), "%d+") do polls[#polls + 1] = p end
local candidate = os.getenv("BENCH_CANDIDATE")
local threads = {}
-- Each thread has its own Lua state: the step (threads of this wrk × wrk processes) comes from outside.
local step = tonumber(os.getenv("BENCH_STEP") or "2")
local offset = tonumber(os.getenv("BENCH_OFFSET") or "0")

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  n = id + offset
  created, repeated, other = 0, 0, 0
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_OBSERVER")
  wrk.headers["Content-Type"] = "application/json"
  wrk.method = "POST"
end

function request()
  local token = tokens[(n % #tokens) + 1]
  local poll = polls[(math.floor(n / #tokens) % #polls) + 1]
  n = n + step
  return wrk.format(nil, "/api/polls/" .. poll .. "/ballots", nil,
    '{"token":"' .. token .. '","choices":{"marked":[' .. candidate .. ']}}')
end

function response(status, headers, body)
  if status == 201 then created = created + 1
  elseif status == 200 then repeated = repeated + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local c, r, o = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created"); r = r + t:get("repeated"); o = o + t:get("other")
  end
  io.write(string.format("counted(201) %d repeated(200) %d other %d\n", c, r, o))
end
