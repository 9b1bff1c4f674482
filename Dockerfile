# mj-speed-bot on the official Node 22 slim image: `docker build -t mj-speed-bot .`, then see compose.yaml
# and docs/container.md. With podman or buildah, add `--format docker`: the OCI image format
# has no HEALTHCHECK and would drop it.

# --- build: dependencies (sqlite3 compiles its native addon here), then the TypeScript --------------------
FROM node:22-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# sqlite3 is compiled against this image's own Node headers (/usr/local/include/node) instead of fetching a
# prebuilt binary or a header tarball: the build needs the npm registry and Debian's packages only, and the
# addon matches the Node it runs on.
ENV npm_config_build_from_source=true \
  npm_config_nodedir=/usr/local
COPY package.json package-lock.json ./
# --ignore-scripts skips this package's own `prepare` (a build, before the sources are here); the only
# dependency with an install script, sqlite3, is then built on its own, keeping just the addon (its object
# files and bundled SQLite sources weigh 20 MB).
RUN npm ci --ignore-scripts --no-audit --no-fund \
  && npm rebuild sqlite3 \
  && rm -rf node_modules/sqlite3/deps node_modules/sqlite3/build/Release/obj* node_modules/sqlite3/build/Release/.deps
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY commands commands
# The production tree's only optional dependencies are node-gyp and its own, which served the compile above.
RUN npm run build \
  && npm prune --omit=dev --omit=optional --no-audit --no-fund

# --- runtime: production dependencies and the compiled bot, as the unprivileged `node` user ---------------
FROM node:22-bookworm-slim
# METRICS_PORT: the health and metrics listener is on in the image, so the HEALTHCHECK has something to ask.
# METRICS_HOST: the container has its own network namespace, where the bot's loopback-only default would
# leave a published port (`ports:`) unreachable, so it listens on every interface of the container.
ENV NODE_ENV=production \
  METRICS_PORT=9464 \
  METRICS_HOST=0.0.0.0
WORKDIR /app
# Code and dependencies stay owned by root: the bot can read them, not change them. It writes only data/.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist/src dist/src
COPY --from=build /app/dist/commands dist/commands
RUN mkdir data && chown node:node data
# The default STORE_URL (sqlite://./data/mj-speed-bot.sqlite) resolves to /app/data.
VOLUME /app/data
USER node
EXPOSE 9464
# Slim images have no curl: Node's fetch asks /healthz (200 while the gateway is connected and the store
# answers). With METRICS_PORT set empty the listener is off and the container reports unhealthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.METRICS_PORT}/healthz`, { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The image's entrypoint execs this, so node is PID 1 and receives SIGTERM itself: the bot stops taking
# interactions, lets running ones finish (up to 28 s) and exits 0. Give `docker stop` at least 35 s.
CMD ["node", "dist/src/index.js"]
