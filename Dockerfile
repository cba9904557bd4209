# ofsted-bot: the Slack app and/or Discord bot (see README, "Running in production").
#   docker build -t ofsted-bot .
#   docker run --env-file .env -p 3000:3000 -v ofsted-data:/data --read-only --tmpfs /tmp ofsted-bot
FROM node:20-bookworm-slim

ENV NODE_ENV=production
WORKDIR /app

# Dependencies first, so a code change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# What ships, owned by root and read-only to the bot: the code and the reports.
COPY src ./src
COPY adapters ./adapters
COPY scripts ./scripts
COPY index-data ./index-data
COPY tsconfig.json ./

# The search index is built from the shipped reports here, once, into the image: a new state volume
# copies it (a second or so) instead of building it (about 10 s of CPU and 700 MB of memory).
RUN node --import tsx scripts/build-index.ts

# Everything the bot writes lives in DATA_DIR=/data, one volume: the embedded store (PGlite; or set
# DATABASE_URL for PostgreSQL), the index with the reports `npm run update` fetches, and their locks.
# A recreated container keeps them; the image's own files never change.
ENV DATA_DIR=/data
RUN mkdir -p /data && chown node:node /data
VOLUME /data

# Never run as root: the image's own unprivileged user can write only to /data (and /tmp).
USER node

# Slack HTTP mode listens on PORT (3000), Teams on TEAMS_PORT (3978), the web reader on WEB_PORT when
# set; Socket Mode and Discord open no port.
EXPOSE 3000 3978

# GET /health answers 200 in Slack HTTP mode. Socket Mode and Discord have no port: a process that
# is running counts as healthy there, so the check passes when the port is not served at all.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "const p=process.env.SLACK_APP_TOKEN||!process.env.SLACK_BOT_TOKEN||(process.env.ADAPTERS&&!/slack/i.test(process.env.ADAPTERS));if(p)process.exit(0);fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"

# node itself is PID 1, so `docker stop`'s SIGTERM reaches the bot, which finishes the answers it
# has promised (up to 8 s) and exits before Docker's 10 s grace period ends. Not `npm start`; the
# same command line as `npm start` in package.json (a test keeps them in step).
CMD ["node", "--import", "./adapters/run/register-typescript.mjs", "adapters/main.ts"]
