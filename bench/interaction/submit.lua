-- wrk script: POST /api/v1/public/letters (a complaint to fgw/mailbox) as a citizen behind the
-- trusted proxy 127.0.0.1. Environment:
--   CLIENTS=many  every request names a new client address in X-Forwarded-For (11.0.0.0 and up,
--                 one range per wrk thread; OFFSET shifts the ranges so that the warm-up and the
--                 measured run use different addresses), so each address stays within its limit
--   CLIENTS=one   every request names the same address (203.0.113.7): the limiter answers 429
-- done() prints one line "statuses <code>=<count> ..." and, for CLIENTS=many, "sample <body>" (the
-- answer to one accepted letter, with its query code).

local clients = os.getenv("CLIENTS") or "many"
local offset = tonumber(os.getenv("OFFSET") or "0")
local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
  table.insert(threads, thread)
end

local counter = 0
statuses = {}
sample = nil

function init(args)
  math.randomseed(tid * 7919 + offset)
end

local function client_address()
  if clients == "one" then
    return "203.0.113.7"
  end
  counter = counter + 1
  local n = counter
  return string.format("%d.%d.%d.%d", 10 + tid + offset, math.floor(n / 65536) % 256,
    math.floor(n / 256) % 256, n % 256)
end

function request()
  local address = client_address()
  local body = string.format(
    '{"site":"fgw","channel":"mailbox","kind":"complaint",' ..
    '"subject":"关于小区周边道路施工噪音扰民的投诉（%s）",' ..
    '"text":"近两个月以来，小区东侧道路施工经常在夜间十点以后仍在作业，噪音很大，严重影响居民休息。' ..
    '希望有关部门督促施工单位合理安排施工时间，夜间停止高噪音作业，并公布投诉处理结果。谢谢！",' ..
    '"name":"王先生","phone":"13912345678","publishConsent":false,"website":""}', address)
  return wrk.format("POST", "/api/v1/public/letters", {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["X-Forwarded-For"] = address,
  }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 and sample == nil then
    sample = body
  end
end

function done(summary, latency, requests)
  local totals = {}
  local example = nil
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for code, count in pairs(counts) do
      totals[code] = (totals[code] or 0) + count
    end
    example = example or thread:get("sample")
  end
  local line = "statuses"
  for code, count in pairs(totals) do
    line = line .. " " .. code .. "=" .. count
  end
  io.write(line .. "\n")
  if example ~= nil then
    io.write("sample " .. example .. "\n")
  end
end
