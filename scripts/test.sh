#!/usr/bin/env bash
# Runs every test. Installs what the tests need when it is missing (Debian's postgresql, chromium, an emoji font),
# starts a throw-away PostgreSQL cluster on loopback, runs `dotnet test`, and stops the cluster.
# Exit code 0 only when every test passes.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[test.sh] %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
need_pkg() { # need_pkg <probe-path> <debian-package>...
  local probe=$1; shift
  if ! compgen -G "$probe" >/dev/null; then
    if [ "$apt_updated" = 0 ]; then log "apt-get update"; as_root apt-get update -qq; apt_updated=1; fi
    log "installing $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  fi
}

need_pkg '/usr/lib/postgresql/*/bin/initdb' postgresql
need_pkg '/usr/bin/chromium' chromium fonts-dejavu-core
# The pupils' picture buttons are emoji; without a colour emoji font the browser tests' screenshots show empty boxes.
need_pkg '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf' fonts-noto-color-emoji

# --- a throw-away PostgreSQL cluster on loopback -------------------------------------------------
PGBIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
PGTMP=$(mktemp -d /tmp/signpost-pg.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGTMP"; fi
stop_pg() {
  run_pg "'$PGBIN/pg_ctl' -D '$PGTMP/data' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$PGTMP"
}
trap stop_pg EXIT
log "starting PostgreSQL on 127.0.0.1:$PGPORT"
run_pg "'$PGBIN/initdb' -D '$PGTMP/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
run_pg "'$PGBIN/pg_ctl' -D '$PGTMP/data' -o \"-p $PGPORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200\" -l '$PGTMP/log' -w start" >/dev/null
export SIGNPOST_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true"

# --- the tests ----------------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "dotnet build"
dotnet build Signpost.slnx -c Release -nologo -v quiet
log "dotnet test"
out=/tmp/signpost-test-output.$$.txt
set +e
dotnet test Signpost.slnx -c Release --no-build -nologo --logger "console;verbosity=normal" >"$out" 2>&1
status=$?
set -e
grep -vE '^\s+Passed ' "$out" || true
# One plain summary line for whoever reads the log.
count() { grep -hoE "$1: +[0-9]+" "$out" | awk '{s+=$2} END {print s+0}' || true; }
echo "$(count Passed) passed, $(count Failed) failed, $(count Skipped) skipped"
rm -f "$out"
exit "$status"
