# Shared helpers for the run, test and bench commands. Sourced, never executed.
# Works as root (CI) and as a normal user (sudo is used only to install packages).

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA_ROOT="${COMMUNERADIO_DATA:-$REPO_ROOT/.data}"
SECRETS_DIR="$DATA_ROOT/secrets"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33mwarning:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if is_root; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $* (install sudo or run as root)"
  fi
}

# ensure_packages CMD:PACKAGE ... installs each Debian package whose command is missing.
ensure_packages() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || [ -x "${pair%%:*}" ] || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null \
    || die "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
}

ensure_system_packages() {
  ensure_packages \
    mosquitto:mosquitto mosquitto_pub:mosquitto-clients mosquitto_ctrl:mosquitto-clients \
    espeak-ng:espeak-ng opusenc:opus-tools lame:lame openssl:openssl curl:curl \
    /usr/lib/postgresql/15/bin/initdb:postgresql-15 psql:postgresql-client-15
  command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK is required (dotnet not on PATH)"
}

# new_secret NAME prints the secret stored under NAME, creating it on first use.
secret() {
  local file="$SECRETS_DIR/$1"
  if [ ! -s "$file" ]; then
    mkdir -p "$SECRETS_DIR" && chmod 700 "$SECRETS_DIR"
    (umask 077 && openssl rand -hex 18 >"$file")
  fi
  cat "$file"
}

# port_open PORT succeeds when something listens on 127.0.0.1:PORT.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for TIMEOUT_S DESCRIPTION CMD... polls CMD every 0.2 s until it succeeds.
wait_for() {
  local timeout="$1" what="$2" i
  shift 2
  for ((i = 0; i < timeout * 5; i++)); do
    "$@" && return 0
    sleep 0.2
  done
  die "$what did not happen within ${timeout} s"
}
