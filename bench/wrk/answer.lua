-- wrk script: the signed-in bench user posts answers (POST /questions/<id>/answers, form field `body`),
-- cycling over the question ids it may answer. bench/run.py sets the environment:
--   BENCH_COOKIE   the Cookie header of a signed-in session
--   BENCH_CSRF     the session's CSRF token (sent as csrf_token and X-CSRFToken, as the site's forms do)
--   BENCH_IDS      comma-separated question ids
--   BENCH_THREADS  wrk's -t, so that each thread takes its own share of the ids
--   BENCH_RUN      a token unique to this run, so that every answer's text differs
-- A 303 to the new answer is success; wrk counts anything but 2xx/3xx as an error.

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
  run = os.getenv("BENCH_RUN") or "run"
  csrf = os.getenv("BENCH_CSRF") or ""
  headers = {
    ["Cookie"] = os.getenv("BENCH_COOKIE") or "",
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-CSRFToken"] = csrf,
  }
  position = tid or 0
  counter = 0
  if #ids == 0 then
    error("BENCH_IDS is empty")
  end
end

function request()
  local id = ids[(position % #ids) + 1]
  position = position + nthreads
  counter = counter + 1
  local text = string.format(
    "Jawaban uji beban %s-%d-%d. Di instansi kami, langkah ini sudah berjalan: data pegawai diperiksa " ..
    "oleh bagian kepegawaian, lalu surat masuk diarsipkan dengan tanda tangan elektronik. " ..
    "Koordinasi lintas instansi dilakukan lewat rapat koordinasi bulanan.", run, tid or 0, counter)
  local body = "csrf_token=" .. urlencode(csrf) .. "&body=" .. urlencode(text)
  return wrk.format("POST", "/questions/" .. id .. "/answers", headers, body)
end
