// HTTP load test of a running bot: /healthz, then /api/answer on one fixed question, on a
// rotating set of 50 real questions, and on 1,000 distinct questions (no cache can help), each
// reported as req/s, p50 and p99 and as a share of /healthz in the same run. Started by load.sh,
// which starts the server; see docs/performance.md. Only ever sends to the given local base URL.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const base = process.argv[2];
const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 16);
const distinctCount = Number(process.env.LOAD_DISTINCT ?? 1000);
if (!base || !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(base)) {
  console.error('usage: node load.mjs http://127.0.0.1:PORT   (a local server only)');
  process.exit(2);
}

const evalFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'eval');
const readQuestions = (file) => readFileSync(path.join(evalFolder, file), 'utf8')
  .split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line))
  .filter((item) => !item.history?.length).map((item) => item.q);

const fixed = 'Can ICE arrest me at court?';
// 50 real questions, written by people who had not seen the bot's cards (eval/probe*.jsonl).
const real = [...readQuestions('probe.jsonl'), ...readQuestions('probe-sms.jsonl'), ...readQuestions('probe-officials.jsonl')];
const rotating = real.slice(0, 50);
// Distinct messages: each real question with one of 10 openings and one of 10 closings (words
// only: numbers would be scrubbed as personal details and could make two messages equal).
const openings = ['', 'Hi,', 'Hello.', 'Please help:', 'Quick question:', 'I need to know:', 'My friend asks:', 'Sorry to bother you,', 'Good morning.', 'Hey there,'];
const closings = ['', 'Thanks.', 'Thank you!', 'Please answer.', 'I am worried.', 'Gracias.', 'It is urgent.', 'Any help is welcome.', 'Asking for my family.', 'Please reply soon.'];
const distinct = [];
// From i = real.length on, every message has an opening or a closing: none is one of the rotating set.
for (let i = real.length; distinct.length < distinctCount && i < real.length * openings.length * closings.length; i++) {
  const question = real[i % real.length];
  const opening = openings[Math.floor(i / real.length) % openings.length];
  const closing = closings[Math.floor(i / (real.length * openings.length)) % closings.length];
  distinct.push([opening, question, closing].filter(Boolean).join(' '));
}

const answerPath = (q) => `/api/answer?q=${encodeURIComponent(q)}`;

function run(title, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url: base, connections, ...options }, (error, result) => {
      if (error) {
        reject(error);
        return;
      }
      resolve({ title, result });
    });
  });
}

/** A request list that hands out the paths in turn: every connection takes the next one. */
function rotatingRequests(paths) {
  let next = 0;
  return [{
    method: 'GET',
    setupRequest: (request) => {
      request.path = paths[next % paths.length];
      next += 1;
      return request;
    },
  }];
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 2000));
// /healthz first, before any question is queued; then a warm-up (JIT, the sentence model, the
// snapshot's first reads), and a pause after each run so no request left over slows the next.
const runs = [await run('/healthz', { duration: seconds, url: `${base}/healthz` })];
await run('warm-up', { duration: 3, requests: rotatingRequests(rotating.map(answerPath)) });
await pause();
runs.push(await run('/api/answer, one fixed question', { duration: seconds, url: base + answerPath(fixed) }));
await pause();
runs.push(await run('/api/answer, 50 real questions rotating', { duration: seconds, requests: rotatingRequests(rotating.map(answerPath)) }));
await pause();
runs.push(await run(`/api/answer, ${distinct.length} distinct questions`, { amount: distinct.length, requests: rotatingRequests(distinct.map(answerPath)) }));

const health = runs[0].result.requests.average;
console.log('');
console.log(`${connections} connections, ${seconds} s per run (the distinct run: ${distinct.length} requests, each asked once)`);
console.log('');
console.log('| Endpoint | req/s | p50 | p99 | share of /healthz | non-2xx |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const { title, result } of runs) {
  const share = title === '/healthz' ? '100 %' : `${((100 * result.requests.average) / health).toFixed(1)} %`;
  const failed = result.non2xx + result.errors + result.timeouts;
  console.log(`| ${title} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${share} | ${failed} |`);
}
const failures = runs.reduce((sum, { result }) => sum + result.non2xx + result.errors + result.timeouts, 0);
process.exit(failures > 0 ? 1 : 0);
