-- wrk script: a signed-in member's mix of reads and writes, interleaved on every connection. Of each ten
-- requests: 3 GETs of the question page, 3 GETs of the home page (both with the session's cookie), 3 votes
-- (as vote.lua: up, then none the next time round) and 1 answer (as answer.lua). bench/run.py sets:
--   BENCH_COOKIE, BENCH_CSRF, BENCH_THREADS, BENCH_RUN   as in answer.lua
--   BENCH_IDS          post ids to vote on
--   BENCH_ANSWER_IDS   question ids to answer
--   BENCH_QUESTION     the question page's path (/questions/<id>/<slug>)
-- bench/report.py's MIX_WEIGHTS must match the cycle below.

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

local cycle = {"question", "vote", "home", "question", "vote", "home", "answer", "question", "vote", "home"}

function init(args)
  vote_ids = split(os.getenv("BENCH_IDS"))
  answer_ids = split(os.getenv("BENCH_ANSWER_IDS"))
  question = os.getenv("BENCH_QUESTION") or "/"
  nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
  run = os.getenv("BENCH_RUN") or "run"
  csrf = os.getenv("BENCH_CSRF") or ""
  cookie = os.getenv("BENCH_COOKIE") or ""
  post_headers = {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-CSRFToken"] = csrf,
  }
  vote_headers = {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-CSRFToken"] = csrf,
    ["Accept"] = "application/json",
    ["X-Requested-With"] = "fetch",
  }
  get_headers = {["Cookie"] = cookie}
  step = 0
  vote_position = tid or 0
  answer_position = tid or 0
  counter = 0
  up = {}
  if #vote_ids == 0 or #answer_ids == 0 then
    error("BENCH_IDS or BENCH_ANSWER_IDS is empty")
  end
end

function request()
  local kind = cycle[(step % #cycle) + 1]
  step = step + 1
  if kind == "question" then
    return wrk.format("GET", question, get_headers)
  elseif kind == "home" then
    return wrk.format("GET", "/", get_headers)
  elseif kind == "vote" then
    local id = vote_ids[(vote_position % #vote_ids) + 1]
    vote_position = vote_position + nthreads
    local value = "up"
    if up[id] then value = "none" end
    up[id] = not up[id]
    return wrk.format("POST", "/posts/" .. id .. "/vote", vote_headers,
                      "csrf_token=" .. urlencode(csrf) .. "&value=" .. value)
  end
  local id = answer_ids[(answer_position % #answer_ids) + 1]
  answer_position = answer_position + nthreads
  counter = counter + 1
  local text = string.format(
    "Jawaban campuran uji beban %s-%d-%d. Di instansi kami data pegawai diperiksa oleh bagian kepegawaian, " ..
    "lalu surat masuk diarsipkan dengan tanda tangan elektronik.", run, tid or 0, counter)
  return wrk.format("POST", "/questions/" .. id .. "/answers", post_headers,
                    "csrf_token=" .. urlencode(csrf) .. "&body=" .. urlencode(text))
end
