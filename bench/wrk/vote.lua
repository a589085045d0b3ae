-- wrk script: the signed-in bench user votes (POST /posts/<id>/vote, field `value`) the way the site's
-- vote.js does (X-CSRFToken, Accept: application/json), cycling over the post ids it may vote on.
-- Each post gets `up`, then `none` the next time round, so repeated runs stay valid (no vote is ever
-- refused as a duplicate and the ledger returns to where it was). Environment as in answer.lua:
-- BENCH_COOKIE, BENCH_CSRF, BENCH_IDS, BENCH_THREADS. Each thread owns its own ids, so two connections
-- never vote on the same post at once.

local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function split(s)
  local t = {}
  for v in string.gmatch(s or "", "[^,]+") do t[#t + 1] = v end
  return t
end

function init(args)
  ids = split(os.getenv("BENCH_IDS"))
  nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
  csrf = os.getenv("BENCH_CSRF") or ""
  headers = {
    ["Cookie"] = os.getenv("BENCH_COOKIE") or "",
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-CSRFToken"] = csrf,
    ["Accept"] = "application/json",
    ["X-Requested-With"] = "fetch",
  }
  position = tid or 0
  up = {}
  if #ids == 0 then
    error("BENCH_IDS is empty")
  end
end

function request()
  local id = ids[(position % #ids) + 1]
  position = position + nthreads
  local value = "up"
  if up[id] then value = "none" end
  up[id] = not up[id]
  local body = "csrf_token=" .. urlencode(csrf) .. "&value=" .. value
  return wrk.format("POST", "/posts/" .. id .. "/vote", headers, body)
end
