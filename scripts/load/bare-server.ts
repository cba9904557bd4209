/**
 * A reference for the load benchmarks: a bare Node HTTP server in its own
 * process that reads each body, computes one HMAC and answers 200, with the
 * same listen backlog as the bot. Its ack times under the same burst, on the
 * same machine at the same moment, are the floor the bot's are read against
 * (the 2 cores are shared with other work, so absolute times are noisy).
 */
import { spawn, type ChildProcess } from 'node:child_process';

const SERVER = `
const { createServer } = require('node:http');
const { createHmac } = require('node:crypto');
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    createHmac('sha256', 'bench').update(Buffer.concat(chunks)).digest('hex');
    res.writeHead(200);
    res.end();
  });
});
server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => process.stdout.write(String(server.address().port) + '\\n'));
`;

/** Start the bare server; resolves with its URL and a stop function. */
export async function startBareServer(): Promise<{ url: URL; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout?.once('data', (chunk) => resolve(String(chunk).trim())));
  return { url: new URL(`http://127.0.0.1:${port}/slack/events`), stop: () => child.kill() };
}
