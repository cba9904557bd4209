import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const st = () => { const s = readFileSync('/proc/self/status','utf8'); return `HWM ${Number(s.match(/VmHWM:\s+(\d+)/)[1])/1024|0} RSS ${Number(s.match(/VmRSS:\s+(\d+)/)[1])/1024|0} heap ${process.memoryUsage().heapUsed/1e6|0}`; };
if (process.env.OFF) process.setSourceMapsEnabled(false);
console.log('base', st());
const require = createRequire(import.meta.url);
for (const m of process.argv.slice(2)) { const t = performance.now(); await import(m); console.log(m, Math.round(performance.now() - t), 'ms', st()); }
