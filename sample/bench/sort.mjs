// Sorts n pseudo-random stock quantities: node bench/sort.mjs <n>
// The numbers come from a seeded generator, so every run sorts the same input.

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const n = Number.parseInt(process.argv[2] ?? "10000", 10);
if (!Number.isInteger(n) || n < 1) {
  console.error("usage: node bench/sort.mjs <n>");
  process.exit(2);
}

const random = mulberry32(42);
const quantities = new Float64Array(n);
for (let i = 0; i < n; i++) {
  quantities[i] = Math.floor(random() * 1_000_000);
}

const started = process.hrtime.bigint();
const sorted = Array.from(quantities).sort((a, b) => a - b);
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

console.log(JSON.stringify({ n, min: sorted[0], max: sorted[n - 1], ms: elapsedMs }));
