# LicenseHub container: the same release tarball CI tests, installed on the official Node image.
# Build from the repository root: docker build -t licensehub .
# Data (the embedded database) lives in the /data volume; set DATABASE_URL to use PostgreSQL
# instead (deploy/compose.yaml). Settings: docs/operations.md#configuration.
ARG NODE_VERSION=22

# 1. The release tarball, made as `npm pack` makes it (prepack builds server and web app from clean).
FROM node:${NODE_VERSION}-bookworm-slim AS release
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN mkdir /release && npm pack --pack-destination /release

# 2. Node and the installed tarball, nothing else: no sources, no compiler, no dev dependencies.
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    LICENSEHUB_DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=8080
COPY --from=release /release/ /tmp/release/
# The tarball bundles its runtime dependencies, so this install needs no registry.
RUN npm install -g --offline --no-audit --no-fund /tmp/release/licensehub-*.tgz \
 && rm -rf /tmp/release /root/.npm \
 && mkdir -p /data && chown node:node /data && chmod 700 /data
USER node
VOLUME ["/data"]
EXPOSE 8080
# /readyz answers 200 once the database is reachable and the entitlement index is loaded.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM drains requests and closes the database (docker stop waits 10 s; give it more with --stop-timeout).
STOPSIGNAL SIGTERM
CMD ["licensehub-server", "start"]
