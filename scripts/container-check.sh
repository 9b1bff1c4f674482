#!/usr/bin/env bash
# Verifies the container image for real, without a Docker engine or a container registry: builds the
# Dockerfile with buildah, runs the image's own command inside it against the local Discord and useapi.net
# stand-ins (on the host's 127.0.0.1) until /healthz answers 200 and a `/speed fast` is answered, runs the
# image's HEALTHCHECK, stops the bot with SIGTERM and looks at the /app/data volume. Prints each step with ✓
# and exits 0, or prints ✗ with the reason and exits 1.
#
# Needs root and Debian's `apt-get install podman buildah debootstrap`; reaches only Debian's packages and
# the npm registry. Without the official node:22-bookworm-slim image, builds a local one first
# (scripts/container-base-image.sh). Takes minutes, so it is not part of CI. Usage: sudo scripts/container-check.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
IMAGE=${IMAGE:-localhost/mj-speed-bot:check}
BASE_IMAGE=docker.io/library/node:22-bookworm-slim
DEFAULT_METRICS_PORT=9464
# `podman run` needs rlimits a sandbox may refuse; buildah's chroot isolation runs in the host's network,
# so the bot inside reaches the stand-ins on 127.0.0.1 and the host reaches its /healthz.
RUN=(buildah run --isolation chroot)

step() { printf '✓ %s\n' "$*"; }
fail() {
  printf '✗ %s\n' "$*" >&2
  exit 1
}
megabytes() { awk '{ printf "%.0f MB", $1 / 1000000 }'; }

work=$(mktemp -d /tmp/mj-container-check.XXXXXX)
container='' bot_pid='' driver_pid=''
cleanup() {
  for pid in "$driver_pid" "$bot_pid"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  wait 2>/dev/null || true
  if [ -n "$container" ]; then buildah rm "$container" >/dev/null 2>&1 || true; fi
  [ -n "${KEEP_LOGS:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

show_bot_log() {
  echo "--- the bot's output (last 30 lines) ---" >&2
  tail -30 "$work/bot.log" >&2 || true
}

# The first process called `node` below $1: buildah runs the image's command a few processes down.
find_node() {
  local child
  for child in $(ps -o pid= --ppid "$1"); do
    if [ "$(ps -o comm= -p "$child")" = node ]; then
      echo "$child"
      return 0
    fi
    find_node "$child" && return 0
  done
  return 1
}

# --- tools ------------------------------------------------------------------------------------------------
[ "$(id -u)" = 0 ] || fail 'run as root: debootstrap and buildah chroot isolation need it'
for tool in buildah podman debootstrap node npm; do
  command -v "$tool" >/dev/null || fail "$tool is missing: apt-get install podman buildah debootstrap (and Node.js for the stand-ins)"
done

# --- base image -------------------------------------------------------------------------------------------
if podman image exists "$BASE_IMAGE"; then
  step "base image $BASE_IMAGE present"
else
  echo "… no $BASE_IMAGE here: building a local one from Debian's packages and the npm registry"
  bash "$root/scripts/container-base-image.sh" || fail "the local base image did not build"
  step "base image $BASE_IMAGE built locally"
fi

# --- the image --------------------------------------------------------------------------------------------
echo "… building $IMAGE from the unchanged Dockerfile (minutes on the first run, cached after)"
started=$SECONDS
# --format docker: the OCI format has no HEALTHCHECK.
if ! buildah bud --isolation chroot --format docker --pull=never --layers -t "$IMAGE" "$root" >"$work/build.log" 2>&1; then
  tail -40 "$work/build.log" >&2
  fail "the image did not build (last lines above)"
fi
size=$(podman image inspect "$IMAGE" --format '{{.Size}}' | megabytes)
base_size=$(podman image inspect "$BASE_IMAGE" --format '{{.Size}}' | megabytes)
step "image $IMAGE built in $((SECONDS - started)) s: $size ($base_size of it the base image)"

container=$(buildah from --pull=never "$IMAGE")
user=$(podman image inspect "$IMAGE" --format '{{.Config.User}}')
volumes=$(podman image inspect "$IMAGE" --format '{{range $path, $_ := .Config.Volumes}}{{$path}} {{end}}')
[ "$user" = node ] || fail "the image runs as '$user', not as the unprivileged node user"
[[ " $volumes " == *" /app/data "* ]] || fail "the image declares no /app/data volume (volumes: $volumes)"
"${RUN[@]}" "$container" -- sh -c 'test "$(id -u)" != 0 && test -f dist/src/index.js && test -f dist/commands/speed.js \
  && test -d node_modules/discord.js && test -f node_modules/sqlite3/build/Release/node_sqlite3.node \
  && test ! -e node_modules/typescript && test ! -e node_modules/vitest && test ! -e node_modules/node-gyp \
  && test ! -e dist/test && test ! -e test && test ! -e src && test ! -e .env' ||
  fail "the final stage is not just the compiled bot and its production dependencies"
step "runs as user node with a /app/data volume; holds dist/src, dist/commands and production dependencies only"

# --- the bot inside, against the stand-ins ----------------------------------------------------------------
(cd "$root" && npm run build >"$work/tsc.log" 2>&1) || {
  cat "$work/tsc.log" >&2
  fail "the stand-ins did not compile (npm run build)"
}
port_free() { node -e "require('net').createServer().once('error', () => process.exit(1)).listen($1, () => process.exit(0))"; }
port=$DEFAULT_METRICS_PORT
if ! port_free "$port"; then
  port=$(node -e "const s = require('net').createServer().listen(0, () => { console.log(s.address().port); s.close(); })")
  echo "… port $DEFAULT_METRICS_PORT is taken on this machine: the bot's METRICS_PORT is $port for this check"
fi

node "$root/dist/demo/containerStandIns.js" "$work" "$port" &
driver_pid=$!
for _ in $(seq 60); do [ -s "$work/bot.env" ] && break; sleep 0.5; done
[ -s "$work/bot.env" ] || fail "the stand-ins did not start"

env_args=()
while IFS= read -r line; do env_args+=(--env "$line"); done <"$work/bot.env"
mkdir "$work/data" && chown 1000:1000 "$work/data"
# Exactly what `docker run` would start: the image's entrypoint with its command.
mapfile -t command < <(podman image inspect "$IMAGE" --format '{{range .Config.Entrypoint}}{{println .}}{{end}}{{range .Config.Cmd}}{{println .}}{{end}}' | sed '/^$/d')
"${RUN[@]}" "${env_args[@]}" --volume "$work/data:/app/data" "$container" -- "${command[@]}" >"$work/bot.log" 2>&1 &
bot_pid=$!
step "bot started in the container: ${command[*]}"

until [ -e "$work/answered" ]; do
  if ! kill -0 "$driver_pid" 2>/dev/null; then
    show_bot_log
    fail "the bot in the container did not answer /speed fast (reason above)"
  fi
  if ! kill -0 "$bot_pid" 2>/dev/null; then
    show_bot_log
    fail "the bot in the container exited before answering"
  fi
  sleep 1
done

mapfile -t healthcheck < <(podman image inspect "$IMAGE" --format '{{range .HealthCheck.Test}}{{println .}}{{end}}' | sed '/^$/d')
[ "${healthcheck[0]:-}" = CMD ] || fail "the image declares no HEALTHCHECK in exec form (${healthcheck[*]:-none})"
"${RUN[@]}" "${env_args[@]}" "$container" -- "${healthcheck[@]:1}" ||
  fail "the image's HEALTHCHECK command reports unhealthy"
step "the image's HEALTHCHECK command, run inside, reports healthy"

bot_node=$(find_node "$bot_pid") || fail "could not find the bot's node process under buildah (pid $bot_pid)"
kill -TERM "$bot_node"
for _ in $(seq 80); do kill -0 "$bot_pid" 2>/dev/null || break; sleep 0.5; done
kill -0 "$bot_pid" 2>/dev/null && fail "the bot did not exit within 40 s of SIGTERM"
status=0
wait "$bot_pid" || status=$?
bot_pid=''
grep -q '"msg":"stopped"' "$work/bot.log" && [ "$status" = 0 ] || {
  show_bot_log
  fail "the bot did not shut down cleanly on SIGTERM (exit status $status)"
}
step "SIGTERM: the bot finished its work, logged \"stopped\" and exited 0"

[ -s "$work/data/mj-speed-bot.sqlite" ] || fail "no state in the /app/data volume (expected mj-speed-bot.sqlite)"
step "state kept in the /app/data volume: $(cd "$work/data" && ls | tr '\n' ' ')(owner uid $(stat -c %u "$work/data/mj-speed-bot.sqlite"))"

while IFS='=' read -r name value; do
  [[ $name == *TOKEN ]] && grep -qF "$value" "$work/bot.log" && fail "$name appears in the bot's output"
done <"$work/bot.env"
step "neither token appears in the bot's output ($(wc -l <"$work/bot.log") log lines)"

kill -TERM "$driver_pid" && wait "$driver_pid" || fail "the stand-ins did not close cleanly"
driver_pid=''
echo "container check passed: $IMAGE is $size"
