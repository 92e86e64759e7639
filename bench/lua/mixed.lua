-- P6: a seeded mixed read workload for wrk, the same mix for every server.
--   ITEMS   items path of the 10^5 parcels, e.g. /ogc/collections/parcels100k/items
--   COLL    the collection document path
--   SUFFIX  extra query for every request ("&f=json" on MapServer), may be empty
-- Mix: 60 % small bbox (one of 200 boxes, limit 1000), 25 % one feature by id, 10 % the collection document,
-- 5 % the large bbox (limit 10000). Each wrk thread has its own seed, so two runs send the same sequence.
local items, coll, suffix = os.getenv("ITEMS"), os.getenv("COLL"), os.getenv("SUFFIX") or ""
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("seed", 42 + counter)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(seed)
  failures = 0
end

local function query(q)
  if suffix == "" then return q end
  if q == "" then return "?" .. suffix:sub(2) end
  return q .. suffix
end

function request()
  local r = math.random()
  local path
  if r < 0.60 then
    local x = 120.70 + 0.02 * math.random(0, 19)
    local y = 27.86 + 0.02 * math.random(0, 9)
    path = items .. query(string.format("?bbox=%.2f,%.2f,%.2f,%.2f&limit=1000", x, y, x + 0.02, y + 0.02))
  elseif r < 0.85 then
    path = items .. "/" .. math.random(1, 100000) .. query("")
  elseif r < 0.95 then
    path = coll .. query("")
  else
    path = items .. query("?bbox=120.85,27.90,120.95,28.00&limit=10000")
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, t in ipairs(threads) do failed = failed + (t:get("failures") or 0) end
  io.write(string.format("P6 %.1f %.2f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    failed, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
end
