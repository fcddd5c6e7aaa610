# Private PostgreSQL 15 clusters on loopback. Sourced after common.sh.
# As root the server runs as the `postgres` system user: initdb refuses to run as root.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_USER=communeradio

# pg_data_dir NAME prints the data folder of cluster NAME. It lives under .data/NAME unless
# the server's user cannot reach that path (a repository under /root, say); then under
# /var/lib/postgresql, with a symlink from .data so it is still found.
pg_data_dir() {
  local name="$1" home="$DATA_ROOT/$1"
  mkdir -p "$home"
  if ! is_root; then echo "$home/postgres"; return; fi
  if [ -L "$home/postgres" ]; then readlink "$home/postgres"; return; fi
  if runuser -u postgres -- test -x "$home"; then echo "$home/postgres"; return; fi
  local alt
  alt="/var/lib/postgresql/communeradio-$(printf '%s' "$REPO_ROOT" | sha1sum | cut -c1-10)/$name"
  mkdir -p "$alt" && chown -R postgres: "$(dirname "$alt")"
  ln -sfn "$alt" "$home/postgres"
  echo "$alt"
}

pg_as_owner() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_running() { pg_as_owner "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1; }

# pg_start NAME PORT [postgres -c settings...] starts cluster NAME (creating it on first use),
# creates database `communeradio` and sets PG_CONNECTION to its connection string, and
# PG_STARTED_DIR when this call started the server, so the caller can stop what it started.
pg_start() {
  local name="$1" port="$2"
  shift 2
  local dir password
  dir="$(pg_data_dir "$name")"
  password="$(secret "postgres-$name")"
  PG_STARTED_DIR=""
  if [ ! -s "$dir/PG_VERSION" ]; then
    log "creating PostgreSQL cluster '$name' in $dir"
    mkdir -p "$dir"
    local pwfile
    pwfile="$(mktemp)"
    printf '%s\n' "$password" >"$pwfile"
    if is_root; then chown -R postgres: "$dir" "$pwfile"; fi
    pg_as_owner "$PG_BIN/initdb" -D "$dir" -U "$PG_USER" --pwfile="$pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
      >"$DATA_ROOT/$name/initdb.log" 2>&1 || { rm -f "$pwfile"; die "initdb failed: see $DATA_ROOT/$name/initdb.log"; }
    rm -f "$pwfile"
  fi
  if ! pg_running "$dir"; then
    port_open "$port" && die "port $port is taken by another process; set the port to a free one"
    log "starting PostgreSQL '$name' on 127.0.0.1:$port"
    local opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories="
    local setting
    for setting in "$@"; do opts="$opts -c $setting"; done
    pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -o "$opts" -w -t 60 start >/dev/null \
      || die "PostgreSQL did not start: see $dir/server.log"
    PG_STARTED_DIR="$dir"
  else
    log "PostgreSQL '$name' already running"
  fi
  PGPASSWORD="$password" "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U "$PG_USER" -d postgres -tAq \
    -c "select 1 from pg_database where datname = 'communeradio'" | grep -q 1 \
    || PGPASSWORD="$password" "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U "$PG_USER" -d postgres -q \
      -c "create database communeradio" \
    || die "could not create database communeradio"
  PG_CONNECTION="Host=127.0.0.1;Port=$port;Username=$PG_USER;Password=$password;Database=communeradio"
}

pg_stop() {
  [ -n "${1:-}" ] || return 0
  log "stopping PostgreSQL ($1)"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
}
