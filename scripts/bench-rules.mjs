// Per-call timings of the rules package: 10,000 calls each of recommend, filterComparison,
// estimateTimeline, estimateMemory, estimatePayback, encodeState and decodeState, each call timed on its own with performance.now()
// after a warm-up. `npm run bench` imports benchRules(); run this file alone to print the table:
//   node_modules/.bin/node scripts/bench-rules.mjs
import { fileURLToPath } from 'node:url';

const CALLS = 10_000;
const WARMUP = 2_000;

/** Inputs vary a little from call to call so no engine shortcut turns the bench into a constant. */
function cases(rules) {
  const answers = ['yes', 'no', 'unsure'];
  const decision = (i) => ({
    hasModel: answers[i % 3],
    accuracy: 50 + (i % 50),
    requiredAccuracy: 90,
    baselineAccuracy: i % 2 ? 40 : undefined,
    dataOrUseCaseChanged: answers[(i >> 1) % 3],
    performanceBlocking: answers[(i >> 2) % 3],
    bottlenecks: i % 4 ? ['latency', 'cost'] : [],
    needsIncrementalAccuracy: answers[(i >> 3) % 3],
  });
  const words = ['gpu hours', 'data', 'quantization distillation', '', 'cost', 'zzz'];
  const comparison = (i) => ({ text: words[i % words.length], tags: i % 3 ? [] : ['cost', 'time'], highlightFor: rules.PATH_IDS[i % 4] });
  const timeline = (i) => ({
    scenario: ['train-from-scratch', 'fine-tune', 'optimize-existing'][i % 3],
    modelParams: `${1 + (i % 70)}B`,
    gpuType: rules.GPU_IDS[i % rules.GPU_IDS.length],
    gpuCount: 1 + (i % 64),
    techniques: i % 2 ? ['quantization', 'distillation'] : ['compilation'],
  });
  const memory = (i) => ({
    modelParams: `${1 + (i % 400)}B`,
    method: ['full', 'lora', 'qlora', 'inference'][i % 4],
    gpuType: rules.GPU_IDS[i % rules.GPU_IDS.length],
    gpuCount: 1 + (i % 64),
    sequenceLength: 1024 * (1 + (i % 8)),
  });
  const payback = (i) => ({
    preset: rules.PAYBACK_PRESET_IDS[i % rules.PAYBACK_PRESET_IDS.length],
    requestsPerDay: 1000 + i * 37,
    predictionsPerDay: undefined,
    utilization: 0.3 + (i % 7) / 10,
  });
  const state = (i) => ({ decision: decision(i), comparison: comparison(i), timeline: timeline(i) });
  const links = Array.from({ length: 64 }, (_, i) => rules.encodeState(state(i)));
  return [
    ['recommend', (i) => rules.recommend(decision(i))],
    ['filterComparison', (i) => rules.filterComparison(comparison(i))],
    ['estimateTimeline', (i) => rules.estimateTimeline(timeline(i))],
    ['estimateMemory', (i) => rules.estimateMemory(memory(i))],
    ['estimatePayback', (i) => rules.estimatePayback(payback(i))],
    ['encodeState', (i) => rules.encodeState(state(i))],
    ['decodeState', (i) => rules.decodeState(links[i % links.length])],
  ];
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Runs the bench and returns one row per function: `{ name, calls, medianMs, p95Ms, totalMs }`. */
export async function benchRules() {
  const rules = await import('../src/rules/index.ts');
  const rows = [];
  for (const [name, call] of cases(rules)) {
    for (let i = 0; i < WARMUP; i++) call(i);
    const times = new Float64Array(CALLS);
    let sink = 0;
    for (let i = 0; i < CALLS; i++) {
      const start = performance.now();
      const result = call(i);
      times[i] = performance.now() - start;
      sink += typeof result === 'string' ? result.length : result.ok ? 1 : 0;
    }
    if (sink < 0) throw new Error('unreachable: keeps results alive');
    const total = times.reduce((a, b) => a + b, 0);
    times.sort();
    rows.push({ name, calls: CALLS, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), totalMs: total });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await benchRules();
  const fmt = (n, digits) => n.toFixed(digits).padStart(10);
  console.log(`${'function'.padEnd(18)}${'calls'.padStart(8)}${'median ms'.padStart(11)}${'p95 ms'.padStart(11)}${'total ms'.padStart(11)}`);
  for (const r of rows) console.log(`${r.name.padEnd(18)}${String(r.calls).padStart(8)} ${fmt(r.medianMs, 4)} ${fmt(r.p95Ms, 4)} ${fmt(r.totalMs, 1)}`);
  const slow = rows.filter((r) => r.medianMs >= 0.05);
  console.log(slow.length ? `Over the 0.05 ms median target: ${slow.map((r) => r.name).join(', ')}` : 'Every median is under the 0.05 ms target.');
}
