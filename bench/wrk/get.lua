-- wrk script: GET one path with the Cookie header of a signed-in session (e.g. a leader's, for
-- /leaders/). bench/run.py sets BENCH_COOKIE in the environment (so the cookie never shows on a
-- command line); the path comes from the URL given to wrk.

wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE") or ""
