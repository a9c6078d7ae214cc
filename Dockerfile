# k8s-netmodel service image, in three stages: compile, production dependencies, and the runtime image, which has
# neither the TypeScript sources, nor dev dependencies, nor a compiler — it runs the JavaScript compiled into dist/.
# `docker build .` then `docker compose up` (docker-compose.yml).

# 1. Compile src/ to dist/ (scripts/build.js: esbuild, one CommonJS file per source file, assets copied).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts off: `prepare` would build before the sources are copied; the build runs below.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies only (no install scripts: nothing in them compiles, and prepare would build again).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. The runtime: what bin/netmodel.js needs and the files the server reads (schema, migrations, examples to seed).
FROM node:20-bookworm-slim
# A 32 MB semi-space (V8's default is 16 MB on 64-bit): a GraphQL answer's garbage dies young instead of being
# promoted and marked by major collections over the loaded topologies — 14-20% less CPU per request at 5,000 nodes, for a
# young generation up to 48 MB larger per thread (docs/PERFORMANCE.md, "The server's young generation"). The same flag
# as `npm start`.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 NODE_OPTIONS=--max-semi-space-size=32
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json schema.graphql ./
COPY bin ./bin
COPY prisma ./prisma
COPY examples ./examples
# The image's own user (uid 1000 in the node images), not root; it owns only the embedded database's directory,
# used when DATABASE_URL is unset.
RUN mkdir -p .netmodel && chown node:node .netmodel
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/netmodel.js", "serve"]
