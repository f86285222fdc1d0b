#!/usr/bin/env bash
# Make the backing services Gongkai needs for local development and CI
# reachable: PostgreSQL at DATABASE_URL and Redis at REDIS_URL.
#
#   infra/local/services.sh up       # start (or install, on Debian/Ubuntu as root) what is missing
#   infra/local/services.sh status   # print each service's state; non-zero if any is down
#
# Only hosts named in the URLs are ever contacted, and services are only
# started or installed when that host is a loopback address (localhost,
# 127.0.0.0/8, ::1). See infra/README.md for details.
#
# Environment:
#   DATABASE_URL           default postgres://postgres@127.0.0.1:5432/gongkai
#   REDIS_URL              default redis://127.0.0.1:6379
#   SMTP_URL               default smtp://127.0.0.1:1025 (reported by status, never required)
#   SERVICES_WAIT_SECONDS  how long `up` waits for each service to answer (default 30)
#   SERVICES_NO_INSTALL=1  never install OS packages; print the commands instead

set -euo pipefail

readonly DEFAULT_DATABASE_URL='postgres://postgres@127.0.0.1:5432/gongkai'
readonly DEFAULT_REDIS_URL='redis://127.0.0.1:6379'
readonly DEFAULT_SMTP_URL='smtp://127.0.0.1:1025'

DATABASE_URL=${DATABASE_URL:-$DEFAULT_DATABASE_URL}
REDIS_URL=${REDIS_URL:-$DEFAULT_REDIS_URL}
SMTP_URL=${SMTP_URL:-$DEFAULT_SMTP_URL}
WAIT_SECONDS=${SERVICES_WAIT_SECONDS:-30}
NO_INSTALL=${SERVICES_NO_INSTALL:-0}

# State filled in by the checks and actions below.
STATE=''              # human-readable result of the last check
APT_UPDATED=0         # apt-get update already run by this invocation
PG_INSTALLED_HERE=0   # PostgreSQL was installed by this invocation

log() { printf '[services] %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 2
}

usage() {
  cat <<'EOF'
Usage: infra/local/services.sh up|status

  up      Make PostgreSQL (DATABASE_URL) and Redis (REDIS_URL) answer: nothing
          to do if they already do; start local installations that are stopped;
          on Debian/Ubuntu as root install them from OS packages; otherwise
          print the commands to run and exit non-zero.
  status  Print each service's state; exit non-zero if PostgreSQL or Redis is down.
EOF
}

# --------------------------------------------------------------------------
# URL handling
# --------------------------------------------------------------------------

# parse_url URL DEFAULT_PORT: sets URL_SCHEME, URL_USER, URL_HOST, URL_PORT,
# URL_AUTHORITY (user:pass@host:port) and URL_REST (path, query, fragment).
parse_url() {
  local url=$1 default_port=$2 rest hostport after
  [[ $url == *://* ]] || die "not a URL: '$url'"
  URL_SCHEME=${url%%://*}
  rest=${url#*://}
  URL_AUTHORITY=${rest%%[/?#]*}
  URL_REST=${rest:${#URL_AUTHORITY}}
  URL_USER=''
  hostport=$URL_AUTHORITY
  if [[ $URL_AUTHORITY == *@* ]]; then
    URL_USER=${URL_AUTHORITY%@*}
    URL_USER=${URL_USER%%:*}
    hostport=${URL_AUTHORITY##*@}
  fi
  if [[ $hostport == \[* ]]; then
    # [IPv6]:port
    URL_HOST=${hostport#\[}
    URL_HOST=${URL_HOST%%]*}
    after=${hostport#*]}
    URL_PORT=${after#:}
  elif [[ $hostport == *:* ]]; then
    URL_HOST=${hostport%:*}
    URL_PORT=${hostport##*:}
  else
    URL_HOST=$hostport
    URL_PORT=''
  fi
  [[ -n $URL_HOST ]] || URL_HOST=localhost
  [[ -n $URL_PORT ]] || URL_PORT=$default_port
  if ! [[ $URL_PORT =~ ^[0-9]{1,5}$ ]] || ((10#$URL_PORT < 1 || 10#$URL_PORT > 65535)); then
    die "bad port '$URL_PORT' in '$url'"
  fi
  URL_PORT=$((10#$URL_PORT))
}

parse_url "$DATABASE_URL" 5432
case $URL_SCHEME in postgres | postgresql) ;; *) die "DATABASE_URL must be postgres://... (got '$URL_SCHEME://')" ;; esac
PG_HOST=$URL_HOST PG_PORT=$URL_PORT PG_USER=${URL_USER:-postgres}
PG_SCHEME=$URL_SCHEME PG_AUTHORITY=$URL_AUTHORITY PG_REST=$URL_REST

parse_url "$REDIS_URL" 6379
case $URL_SCHEME in redis | rediss) ;; *) die "REDIS_URL must be redis://... (got '$URL_SCHEME://')" ;; esac
REDIS_HOST=$URL_HOST REDIS_PORT=$URL_PORT REDIS_SCHEME=$URL_SCHEME

SMTP_HOST='' SMTP_PORT=''
if [[ $SMTP_URL == *://* ]]; then
  parse_url "$SMTP_URL" 25
  SMTP_HOST=$URL_HOST SMTP_PORT=$URL_PORT
fi

# Database name from the URL path (/gongkai?sslmode=... -> gongkai).
PG_DBNAME=${PG_REST#/}
PG_DBNAME=${PG_DBNAME%%[?#]*}
PG_QUERY=''
[[ $PG_REST != *\?* ]] || PG_QUERY="?${PG_REST#*\?}"
PG_QUERY=${PG_QUERY%%#*}

is_loopback() {
  case $1 in
    localhost | localhost. | *.localhost | ::1 | 0:0:0:0:0:0:0:1 | 127.*) return 0 ;;
    *) return 1 ;;
  esac
}

# Host as written in host:port display strings.
show_addr() {
  if [[ $1 == *:* ]]; then printf '[%s]:%s' "$1" "$2"; else printf '%s:%s' "$1" "$2"; fi
}

have() { command -v "$1" >/dev/null 2>&1; }

# Run a command with a time limit where coreutils' timeout exists.
with_timeout() {
  local secs=$1
  shift
  if have timeout; then timeout "$secs" "$@"; else "$@"; fi
}

# --------------------------------------------------------------------------
# Checks (each sets STATE and returns 0 when the service answers)
# --------------------------------------------------------------------------

# PostgreSQL without client tools: send an SSLRequest and expect 'S' or 'N'.
pg_probe_tcp() {
  # shellcheck disable=SC2016 # expanded by the inner shell
  with_timeout 5 bash -c '
    exec 3<>"/dev/tcp/$1/$2" || exit 2
    printf "\x00\x00\x00\x08\x04\xd2\x16\x2f" >&3
    IFS= read -r -n 1 -t 3 reply <&3 || exit 1
    [[ $reply == S || $reply == N ]]
  ' _ "$1" "$2" 2>/dev/null
}

# Redis without client tools: send PING and read the first reply line.
redis_probe_tcp() {
  # shellcheck disable=SC2016 # expanded by the inner shell
  with_timeout 5 bash -c '
    exec 3<>"/dev/tcp/$1/$2" || exit 2
    printf "PING\r\n" >&3
    IFS= read -r -t 3 reply <&3 || exit 1
    printf "%s\n" "${reply//[[:cntrl:]]/}"
  ' _ "$1" "$2" 2>/dev/null
}

tcp_open() {
  # shellcheck disable=SC2016 # expanded by the inner shell
  with_timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

pg_check() {
  local out rc=0
  if have pg_isready; then
    out=$(pg_isready -h "$PG_HOST" -p "$PG_PORT" -t 3 2>&1) || rc=$?
    case $rc in
      0) STATE='up (accepting connections)' ;;
      1) STATE='starting (rejecting connections)' ;;
      2) STATE='down (no response)' ;;
      *) STATE="unknown (pg_isready: ${out:-exit $rc})" ;;
    esac
  else
    pg_probe_tcp "$PG_HOST" "$PG_PORT" || rc=$?
    case $rc in
      0) STATE='up (answers the PostgreSQL protocol; pg_isready not installed)' ;;
      *) STATE='down (no PostgreSQL answer; pg_isready not installed)' ;;
    esac
  fi
  return "$rc"
}

redis_check() {
  local out=''
  if [[ $REDIS_SCHEME == rediss ]]; then
    # TLS: a plain PING would not be understood; settle for the port being open.
    if tcp_open "$REDIS_HOST" "$REDIS_PORT"; then
      STATE='up (TLS port open)'
      return 0
    fi
    STATE='down (TLS port closed)'
    return 1
  fi
  if have redis-cli; then
    out=$(with_timeout 5 redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>&1) || true
  else
    out=$(redis_probe_tcp "$REDIS_HOST" "$REDIS_PORT") || true
    out=${out#+}
  fi
  case $out in
    PONG)
      STATE='up (PONG)'
      return 0
      ;;
    *NOAUTH*)
      STATE='up (requires a password)'
      return 0
      ;;
    *LOADING*)
      STATE='starting (loading data)'
      return 1
      ;;
    '' | *'Connection refused'* | *'Could not connect'*)
      STATE='down (no response)'
      return 1
      ;;
    *)
      STATE="unknown (${out%%$'\n'*})"
      return 1
      ;;
  esac
}

smtp_check() {
  if [[ -z $SMTP_HOST ]]; then
    STATE='not checked (SMTP_URL is not a URL)'
    return 1
  fi
  if tcp_open "$SMTP_HOST" "$SMTP_PORT"; then
    STATE='up (port open)'
    return 0
  fi
  STATE='down (optional: only needed to deliver mail; see infra/README.md)'
  return 1
}

# wait_for NAME CHECK: poll CHECK until it passes or WAIT_SECONDS elapse.
wait_for() {
  local name=$1 check=$2 deadline=$((SECONDS + WAIT_SECONDS))
  while ! "$check"; do
    if ((SECONDS >= deadline)); then
      log "$name did not answer within ${WAIT_SECONDS}s: $STATE"
      return 1
    fi
    sleep 1
  done
  log "$name: $STATE"
}

# --------------------------------------------------------------------------
# Privileges and OS helpers
# --------------------------------------------------------------------------

is_root() { [[ $(id -u) -eq 0 ]]; }

systemd_running() { [[ -d /run/systemd/system ]] && have systemctl; }

# Run as root: directly when root, through passwordless sudo when possible,
# otherwise as the current user (works e.g. for the cluster owner).
as_root() {
  if is_root; then
    "$@"
  elif have sudo && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    "$@"
  fi
}

can_install() {
  [[ $NO_INSTALL != 1 ]] && is_root && [[ -r /etc/debian_version ]] && have apt-get
}

apt_install() {
  if ((APT_UPDATED == 0)); then
    log "apt-get update"
    apt-get update
    APT_UPDATED=1
  fi
  log "apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}

systemd_has_unit() {
  systemd_running && [[ -n $(systemctl list-unit-files --no-legend "$1" 2>/dev/null) ]]
}

# --------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------

# Debian clusters as "version cluster port status" lines (postgresql-common).
pg_clusters() {
  have pg_lsclusters || return 0
  pg_lsclusters --no-header 2>/dev/null | awk 'NF >= 4 { print $1, $2, $3, $4 }'
}

postgres_installed() {
  [[ -n $(pg_clusters) ]] && return 0
  systemd_has_unit postgresql.service && return 0
  [[ -x /etc/init.d/postgresql ]] && return 0
  return 1
}

# pg_cluster_ctl VERSION CLUSTER start|restart
pg_cluster_ctl() {
  local ver=$1 name=$2 action=$3
  if systemd_running && as_root systemctl "$action" "postgresql@${ver}-${name}"; then
    return 0
  fi
  log "pg_ctlcluster --skip-systemctl-redirect $ver $name $action"
  as_root pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" "$action"
}

start_postgres() {
  local ver name port status found=0 rc=0
  if have pg_lsclusters && [[ -n $(pg_clusters) ]]; then
    while read -r ver name port status; do
      [[ $port == "$PG_PORT" ]] || continue
      found=1
      if [[ $status == online* ]]; then
        log "PostgreSQL cluster $ver/$name (port $port) is already running"
        continue
      fi
      log "starting PostgreSQL cluster $ver/$name (port $port)"
      pg_cluster_ctl "$ver" "$name" start </dev/null || rc=$?
    done < <(pg_clusters)
    if ((found == 0)); then
      log "no PostgreSQL cluster is configured for port $PG_PORT; clusters:"
      pg_lsclusters >&2 || true
      return 1
    fi
    return "$rc"
  fi
  if systemd_has_unit postgresql.service; then
    log "systemctl start postgresql"
    as_root systemctl start postgresql && return 0
  fi
  if [[ -x /etc/init.d/postgresql ]] && have service; then
    log "service postgresql start"
    as_root service postgresql start && return 0
  fi
  return 1
}

# After this script installed PostgreSQL: let user postgres in over TCP on
# loopback without a password (development only), and use the port from
# DATABASE_URL. Never applied to an installation the script did not make.
configure_installed_postgres() {
  local ver name port status hba conf_changed=0
  read -r ver name port status < <(pg_clusters | sort -V | tail -n 1) || true
  if [[ -z ${ver:-} ]]; then
    log "PostgreSQL was installed but no cluster exists; create one with: pg_createcluster --start <version> main"
    return 1
  fi
  if [[ $port != "$PG_PORT" ]]; then
    log "setting cluster $ver/$name port $port -> $PG_PORT"
    pg_conftool "$ver" "$name" set port "$PG_PORT"
    conf_changed=1
  fi
  hba=/etc/postgresql/$ver/$name/pg_hba.conf
  if ! grep -q 'gongkai infra/local/services.sh' "$hba"; then
    log "allowing user postgres over TCP on 127.0.0.1 and ::1 with trust auth ($hba)"
    {
      printf '# Added by gongkai infra/local/services.sh when it installed PostgreSQL:\n'
      printf '# local development only; user postgres needs no password on loopback TCP.\n'
      printf 'host    all    postgres    127.0.0.1/32    trust\n'
      printf 'host    all    postgres    ::1/128         trust\n\n'
      cat "$hba"
    } >"$hba.gongkai.tmp"
    cat "$hba.gongkai.tmp" >"$hba" # keeps the file's owner and mode
    rm -f "$hba.gongkai.tmp"
    conf_changed=1
  fi
  if [[ $PG_USER != postgres ]]; then
    log "note: DATABASE_URL names user '$PG_USER'; only 'postgres' was given trust auth - create that role yourself"
  fi
  if [[ $status == online* ]]; then
    ((conf_changed == 0)) || pg_cluster_ctl "$ver" "$name" restart
  else
    pg_cluster_ctl "$ver" "$name" start
  fi
}

ensure_postgres() {
  local addr
  addr=$(show_addr "$PG_HOST" "$PG_PORT")
  if pg_check; then
    log "PostgreSQL at $addr: $STATE - nothing to do"
    return 0
  fi
  if [[ $STATE == starting* ]]; then
    wait_for "PostgreSQL at $addr" pg_check
    return
  fi
  if ! is_loopback "$PG_HOST"; then
    log "PostgreSQL at $addr: $STATE; $PG_HOST is not a loopback address, so it is not managed here"
    return 1
  fi
  if postgres_installed; then
    log "PostgreSQL at $addr: $STATE; starting the local installation"
    if ! start_postgres; then
      log "starting PostgreSQL failed"
      return 1
    fi
  elif can_install; then
    log "PostgreSQL at $addr: $STATE and not installed; installing it from OS packages"
    apt_install postgresql || return 1
    PG_INSTALLED_HERE=1
    configure_installed_postgres || return 1
  else
    log "PostgreSQL at $addr: $STATE and no local installation found"
    return 1
  fi
  wait_for "PostgreSQL at $addr" pg_check
}

# Informational line for `status`: the database itself is created by
# `npm run db:migrate` (libs/data ensures it exists before migrating).
database_state() {
  local maint_url exists
  [[ -n $PG_DBNAME ]] && have psql || return 0
  maint_url="${PG_SCHEME}://${PG_AUTHORITY}/postgres${PG_QUERY}"
  if exists=$(PGCONNECT_TIMEOUT=5 psql -w "$maint_url" -XAtq -v ON_ERROR_STOP=1 -v db="$PG_DBNAME" \
    <<<"SELECT 1 FROM pg_database WHERE datname = :'db';" 2>/dev/null); then
    if [[ $exists == 1 ]]; then STATE='present'; else STATE="missing ('npm run db:migrate' creates it)"; fi
  else
    STATE='unknown (cannot log in to check)'
  fi
  printf '  %-12s %-22s %s\n' 'database' "$PG_DBNAME" "$STATE"
}

# --------------------------------------------------------------------------
# Redis
# --------------------------------------------------------------------------

redis_installed() { have redis-server; }

start_redis() {
  local dir logdir logfile
  # A service manager only knows the packaged instance on the default port.
  if [[ $REDIS_PORT == 6379 ]] && systemd_running; then
    local unit
    for unit in redis-server redis; do
      if systemd_has_unit "$unit.service"; then
        log "systemctl start $unit"
        if as_root systemctl start "$unit" && wait_briefly redis_check; then return 0; fi
      fi
    done
  fi
  if is_root; then
    dir=/var/lib/redis
    logdir=/var/log/redis
  else
    dir=${XDG_STATE_HOME:-$HOME/.local/state}/gongkai/redis
    logdir=$dir
  fi
  if [[ $REDIS_PORT == 6379 ]]; then logfile=$logdir/ci.log; else logfile=$logdir/ci-$REDIS_PORT.log; fi
  mkdir -p "$dir" "$logdir"
  # No persistence: a development/CI cache and queue store, nothing to keep.
  local -a args=(--daemonize yes --port "$REDIS_PORT" --save '' --appendonly no
    --dir "$dir" --logfile "$logfile")
  log "redis-server --daemonize yes --bind 127.0.0.1 -::1 --port $REDIS_PORT --save \"\" --appendonly no --dir $dir --logfile $logfile"
  if redis-server "${args[@]}" --bind 127.0.0.1 -::1 && wait_briefly redis_check; then return 0; fi
  # Redis before 6.2 does not understand the optional "-::1" bind address.
  log "retrying with --bind 127.0.0.1 only"
  if redis-server "${args[@]}" --bind 127.0.0.1 && wait_briefly redis_check; then return 0; fi
  if [[ $REDIS_PORT == 6379 && -x /etc/init.d/redis-server ]] && have service; then
    log "service redis-server start"
    as_root service redis-server start && return 0
  fi
  return 1
}

# Poll a check for a few seconds (used between alternative start methods).
wait_briefly() {
  local i
  for i in 1 2 3 4 5; do
    "$1" && return 0
    [[ $i == 5 ]] || sleep 1
  done
  return 1
}

ensure_redis() {
  local addr
  addr=$(show_addr "$REDIS_HOST" "$REDIS_PORT")
  if redis_check; then
    log "Redis at $addr: $STATE - nothing to do"
    return 0
  fi
  if [[ $STATE == starting* ]]; then
    wait_for "Redis at $addr" redis_check
    return
  fi
  if ! is_loopback "$REDIS_HOST"; then
    log "Redis at $addr: $STATE; $REDIS_HOST is not a loopback address, so it is not managed here"
    return 1
  fi
  if [[ $REDIS_SCHEME == rediss ]]; then
    log "Redis at $addr: $STATE; a TLS (rediss://) Redis is not started here"
    return 1
  fi
  if redis_installed; then
    log "Redis at $addr: $STATE; starting the local installation"
    if ! start_redis; then
      log "starting Redis failed"
      return 1
    fi
  elif can_install; then
    log "Redis at $addr: $STATE and not installed; installing it from OS packages"
    apt_install redis-server || return 1
    # The package may have started its own instance on 6379 already.
    if ! wait_briefly redis_check && ! start_redis; then
      log "starting Redis failed"
      return 1
    fi
  else
    log "Redis at $addr: $STATE and no local installation found"
    return 1
  fi
  wait_for "Redis at $addr" redis_check
}

# --------------------------------------------------------------------------
# Manual instructions
# --------------------------------------------------------------------------

print_help_for() {
  local pg_down=$1 redis_down=$2 pkgs=()
  ((pg_down == 0)) || pkgs+=(postgresql)
  ((redis_down == 0)) || pkgs+=(redis-server)
  {
    echo
    echo "Could not make these reachable:"
    ((pg_down == 0)) || echo "  - PostgreSQL at $(show_addr "$PG_HOST" "$PG_PORT") (DATABASE_URL)"
    ((redis_down == 0)) || echo "  - Redis at $(show_addr "$REDIS_HOST" "$REDIS_PORT") (REDIS_URL)"
    echo
    echo "Do one of the following, then run 'infra/local/services.sh up' again:"
    echo
    echo "  Debian/Ubuntu, as root (what this script does itself when run as root):"
    echo "    apt-get update && apt-get install -y ${pkgs[*]}"
    if ((pg_down)); then
      echo "    # let user postgres connect over TCP on loopback without a password (development only):"
      echo "    #   put these lines first in /etc/postgresql/<version>/main/pg_hba.conf"
      echo "    #     host all postgres 127.0.0.1/32 trust"
      echo "    #     host all postgres ::1/128      trust"
      echo "    pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start   # or: systemctl start postgresql"
    fi
    if ((redis_down)); then
      echo "    mkdir -p /var/lib/redis /var/log/redis"
      echo "    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port $REDIS_PORT --save \"\" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log"
    fi
    echo
    echo "  macOS (Homebrew):"
    ((pg_down == 0)) || echo "    brew install postgresql@16 && brew services start postgresql@16 && createuser -s postgres"
    ((redis_down == 0)) || echo "    brew install redis && brew services start redis"
    echo
    echo "  Docker (from the repository root; stop local services on the same ports first):"
    echo "    docker compose -f infra/compose.yaml up -d --wait postgres redis mailpit"
    echo
  } >&2
}

# --------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------

cmd_status() {
  local down=0
  if pg_check; then :; else down=1; fi
  printf '  %-12s %-22s %s\n' 'postgresql' "$(show_addr "$PG_HOST" "$PG_PORT")" "$STATE"
  if [[ $STATE == up* ]]; then database_state; fi
  if redis_check; then :; else down=1; fi
  printf '  %-12s %-22s %s\n' 'redis' "$(show_addr "$REDIS_HOST" "$REDIS_PORT")" "$STATE"
  smtp_check || true
  printf '  %-12s %-22s %s\n' 'smtp' "$(show_addr "${SMTP_HOST:-?}" "${SMTP_PORT:-?}")" "$STATE"
  return "$down"
}

cmd_up() {
  local pg_down=0 redis_down=0
  ensure_postgres || pg_down=1
  ensure_redis || redis_down=1
  if ((pg_down || redis_down)); then
    print_help_for "$pg_down" "$redis_down"
    return 1
  fi
  if ((PG_INSTALLED_HERE)); then
    log "PostgreSQL was installed by this script with trust auth for user postgres on loopback"
  fi
  cmd_status
}

main() {
  case ${1:-} in
    up) cmd_up ;;
    status) cmd_status ;;
    -h | --help | help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
