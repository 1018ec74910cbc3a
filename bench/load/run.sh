#!/usr/bin/env bash
# Load test of the web app on loopback only: starts a Release build on a fresh SQLite data folder with the demo
# school, then drives it with wrk (Debian package) and prints each endpoint's median and 99th-percentile latency,
# requests per second and non-2xx answers. The mix of issue 7: anonymous reads of a blog post with 20 comments,
# signed-in pupils commenting (each comment checked, held and queued for a moderator, A.5.3), and a moderator
# approving those comments one by one, then all three at once; afterwards the lighter pages and the checker API. The
# app's resident memory is read from /proc: its peak so far (VmHWM) after each line, and what it holds at the end.
# usage: bash bench/load/run.sh [seconds-per-endpoint] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
# The app runs from its project folder, as `dotnet run --project src/Signpost.Web` does: that folder is its content root,
# so its appsettings.json (log levels: warnings only for ASP.NET Core and EF Core) and wwwroot are the deployed ones.
secs=${1:-10}
conns=${2:-64}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
port=5181
data=$(mktemp -d /tmp/signpost-load.XXXXXX)
dotnet build src/Signpost.Web -c Release -nologo -v quiet >/dev/null
Signpost__DataDirectory=$data Signpost__SignInAttemptsPerMinute=100000 Signpost__CommentsPerFiveMinutes=100000000 Signpost__ChecksPerFiveMinutes=100000000 \
  ASPNETCORE_URLS=http://127.0.0.1:$port bash -c 'cd src/Signpost.Web && exec dotnet bin/Release/net10.0/Signpost.Web.dll' >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; cp "$data/app.log" /tmp/signpost-load-app.log 2>/dev/null; rm -rf "$data"' EXIT # the app's log is kept in /tmp/signpost-load-app.log
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
sleep 1
login() {
  curl -s -X POST "http://127.0.0.1:$port/api/auth/login" -H 'content-type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"Holbrook-Demo-2026!\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])'
}
token=$(login teacher.y4)
pupil=$(login y4.pupil2)
moderator=$(login ict.lead)
cat >"$data/check.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"id":1,"context":"pupil-comment","text":"I loved the trip to the museum with Ada and Ben! My favourite part was the dinosaur bones. Can we go again next year? Call me on 07700 900123."}'
LUA
cat >"$data/comment.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, '{"text":"Our longship floated on the first try and we measured how much water it could hold. Number ' .. n .. '."}')
end
LUA
peak() { echo $(( $(awk '/VmHWM/{print $2}' /proc/$app/status) / 1024 )); } # the app's highest resident memory so far
rss() { echo $(( $(ps -o rss= -p $app) / 1024 )); } # its resident memory now
run() { # name, path, extra wrk args...
  local name=$1 path=$2; shift 2
  local out
  out=$(wrk -t"$(( conns < 2 ? 1 : 2 ))" -c"$conns" -d"${secs}s" --latency "$@" "http://127.0.0.1:$port$path")
  printf '%-30s median %8s   p99 %8s   %9s req/s   non-2xx %-5s   app peak RSS so far %s MB\n' "$name" \
    "$(awk '/ 50%/{print $2}' <<<"$out")" "$(awk '/ 99%/{print $2}' <<<"$out")" "$(awk '/Requests\/sec/{print $2}' <<<"$out")" \
    "$(awk '/Non-2xx/{print $5}' <<<"$out" | grep . || echo 0)" "$(peak)"
}
echo "wrk: 2 threads, $conns connections, ${secs}s per endpoint, $(nproc) cores"
echo "app started: peak RSS so far $(peak) MB"
# A deployed app is warm: each endpoint is first called for 3 s at 4 connections, so the figures below are of the
# steady state, not of the first requests' JIT and query compilation (the peak memory of a cold start is printed too).
for path in /sites/school/posts/welcome-back /health / /sites/school; do wrk -t1 -c4 -d3s "http://127.0.0.1:$port$path" >/dev/null; done
wrk -t1 -c4 -d3s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/sites" >/dev/null
wrk -t1 -c4 -d3s -H "Authorization: Bearer $token" -s "$data/check.lua" "http://127.0.0.1:$port/api/check" >/dev/null
wrk -t1 -c4 -d3s -H "Authorization: Bearer $pupil" -s "$data/comment.lua" "http://127.0.0.1:$port/api/sites/year-4/posts/viking-longships/comments" >/dev/null
echo "app warmed up: peak RSS so far $(peak) MB, now $(rss) MB"
echo "1. the load of issue 7 (its memory target applies to this part):"
run "GET post + 20 comments" /sites/school/posts/welcome-back
run "POST comment (pupil)" /api/sites/year-4/posts/viking-longships/comments -H "Authorization: Bearer $pupil" -s "$data/comment.lua"

# approve_script FILE [DELAY_MS]: a wrk script approving every comment now waiting in the moderator's queue, each id
# once with its version, optionally pausing between approvals as a person would.
approve_script() {
  curl -s "http://127.0.0.1:$port/api/moderation/queue" -H "Authorization: Bearer $moderator" >"$data/queue.json"
  python3 - "$data/queue.json" "${2:-0}" >"$1" <<'PY'
import json, sys
items = [i for i in json.load(open(sys.argv[1])) if i.get("status") in ("pending", "held")]
print("ids = {" + ",".join('{"%s",%d}' % (i["id"], i["version"]) for i in items) + "}")
print('''local k = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  k = k + 1
  local it = ids[((k - 1) % #ids) + 1]
  return wrk.format(nil, "/api/moderation/items/" .. it[1] .. "/decision", nil, '{"action":"approve","version":' .. it[2] .. '}')
end''')
if int(sys.argv[2]) > 0:
    print("delay = function() return %d end" % int(sys.argv[2]))
PY
}

# The moderator approves the held comments one by one, as fast as one connection goes.
approve_script "$data/approve.lua"
waiting=$(python3 -c 'import json,sys; print(len([i for i in json.load(open(sys.argv[1])) if i.get("status") in ("pending","held")]))' "$data/queue.json")
echo "held comments waiting for the moderator: $waiting"
conns=1 run "POST approve (moderator, 1 conn)" /api/moderation/items -H "Authorization: Bearer $moderator" -s "$data/approve.lua"

# The mix at once, as a school sees it: the public reading the post (64 connections), pupils commenting (4 connections,
# one comment every 40 ms each) and a moderator approving held comments (one every 500 ms) — every approval publishes a
# comment, so the readers' cached copies are replaced while they read.
approve_script "$data/approve-slow.lua" 500
{ cat "$data/comment.lua"; echo 'delay = function() return 40 end'; } >"$data/comment-slow.lua"
summary() { # name, wrk output file
  printf '  %-32s median %8s   p99 %8s   %9s req/s   non-2xx %s\n' "$1" \
    "$(awk '/ 50%/{print $2}' "$2")" "$(awk '/ 99%/{print $2}' "$2")" "$(awk '/Requests\/sec/{print $2}' "$2")" \
    "$(awk '/Non-2xx/{print $5}' "$2" | grep . || echo 0)"
}
echo "the mix, all at once for ${secs}s:"
wrk -t1 -c"$conns" -d"${secs}s" --latency "http://127.0.0.1:$port/sites/school/posts/welcome-back" >"$data/mix-read.txt" &
r1=$!
wrk -t1 -c4 -d"${secs}s" --latency -H "Authorization: Bearer $pupil" -s "$data/comment-slow.lua" \
  "http://127.0.0.1:$port/api/sites/year-4/posts/viking-longships/comments" >"$data/mix-comment.txt" &
r2=$!
wrk -t1 -c1 -d"${secs}s" --latency -H "Authorization: Bearer $moderator" -s "$data/approve-slow.lua" \
  "http://127.0.0.1:$port/api/moderation/items" >"$data/mix-approve.txt" &
r3=$!
wait $r1 $r2 $r3
summary "GET post + 20 comments" "$data/mix-read.txt"
summary "POST comment (pupil)" "$data/mix-comment.txt"
summary "POST approve (moderator)" "$data/mix-approve.txt"

echo "app memory (RSS) after the issue 7 load: $(rss) MB, peak during it: $(peak) MB"

echo "2. the other endpoints, $conns connections each (beyond issue 7's mix):"
run "GET /health" /health
run "GET / (anonymous)" /
run "GET /sites/school" /sites/school
run "GET /api/sites (bearer)" /api/sites -H "Authorization: Bearer $token"
run "POST /api/check (bearer)" /api/check -H "Authorization: Bearer $token" -s "$data/check.lua"
echo "app memory (RSS) after the whole run: $(rss) MB, peak during it: $(peak) MB"
echo "server errors logged: $(grep -c 'fail: ' "$data/app.log" || true)"
# What they were (wrk cuts request bodies off when each run stops: Kestrel answers those 400 and logs them).
grep -A3 'fail: ' "$data/app.log" | grep -oE '[A-Za-z.]+Exception: [^.]*' | sort | uniq -c | sed 's/^/  /' || true
