// Finds duplicate SKU codes the way the old import job does it, with a
// linear search per code (quadratic overall): node bench/dedupe.mjs <n>

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

const n = Number.parseInt(process.argv[2] ?? "2000", 10);
if (!Number.isInteger(n) || n < 1) {
  console.error("usage: node bench/dedupe.mjs <n>");
  process.exit(2);
}

const random = mulberry32(7);
const codes = [];
for (let i = 0; i < n; i++) {
  codes.push(`SKU-${Math.floor(random() * n * 4)}`);
}

const started = process.hrtime.bigint();
const seen = [];
let duplicates = 0;
for (const code of codes) {
  if (seen.includes(code)) {
    duplicates++;
  } else {
    seen.push(code);
  }
}
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

console.log(JSON.stringify({ n, duplicates, ms: elapsedMs }));
