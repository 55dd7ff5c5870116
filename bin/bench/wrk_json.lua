-- wrk script for the reference servers: every request uses the method, JSON body and `token` header
-- given in the environment (BENCH_METHOD, BENCH_BODY, BENCH_TOKEN). wrk allows a body on GET too, which
-- the quarks gateway's GET /readMessage needs.
wrk.method = os.getenv("BENCH_METHOD") or "POST"
wrk.body = os.getenv("BENCH_BODY") or ""
wrk.headers["Content-Type"] = "application/json"
local token = os.getenv("BENCH_TOKEN")
if token ~= nil and token ~= "" then
  wrk.headers["token"] = token
end
