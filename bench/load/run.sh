#!/usr/bin/env bash
# Load test of the web app on loopback only: starts a Release build on a fresh SQLite data folder with the demo
# school, then drives it with wrk (Debian package) and prints each endpoint's median and 99th-percentile latency.
# usage: bash bench/load/run.sh [seconds-per-endpoint] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-10}
conns=${2:-16}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
port=5181
data=$(mktemp -d /tmp/signpost-load.XXXXXX)
dotnet build src/Signpost.Web -c Release -nologo -v quiet >/dev/null
Signpost__DataDirectory=$data Signpost__SignInAttemptsPerMinute=100000 ASPNETCORE_URLS=http://127.0.0.1:$port \
  dotnet src/Signpost.Web/bin/Release/net10.0/Signpost.Web.dll >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
sleep 1
token=$(curl -s -X POST "http://127.0.0.1:$port/api/auth/login" -H 'content-type: application/json' \
  -d '{"username":"teacher.y4","password":"Holbrook-Demo-2026!"}' | python3 -c 'import sys,json; print(json.load(sys.stdin)["accessToken"])')
cat >"$data/check.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"id":1,"context":"pupil-comment","text":"I loved the trip to the museum with Ada and Ben! My favourite part was the dinosaur bones. Can we go again next year? Call me on 07700 900123."}'
LUA
run() { # name, path, extra wrk args...
  local name=$1 path=$2; shift 2
  local out
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency "$@" "http://127.0.0.1:$port$path")
  printf '%-28s median %8s   p99 %8s   %s req/s\n' "$name" \
    "$(awk '/ 50%/{print $2}' <<<"$out")" "$(awk '/ 99%/{print $2}' <<<"$out")" "$(awk '/Requests\/sec/{print $2}' <<<"$out")"
}
echo "wrk: 2 threads, $conns connections, ${secs}s per endpoint, $(nproc) cores"
run "GET /health" /health
run "GET / (anonymous)" /
run "GET /sites/school" /sites/school
run "GET /api/sites (bearer)" /api/sites -H "Authorization: Bearer $token"
run "POST /api/check (bearer)" /api/check -H "Authorization: Bearer $token" -s "$data/check.lua"
