/**
 * A small seeded pseudo-random source. Statistics must be reproducible (the same samples and seed
 * give the same confidence interval in every run and in tests), so nothing here reads Math.random.
 * sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator) passes PractRand and BigCrush and is
 * fast in 32-bit JavaScript arithmetic; splitmix32 turns one integer seed into its four words so
 * that nearby seeds give unrelated streams.
 */
export interface Random {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Fills `out` with uniform integers in [0, n): the bootstrap's hot loop, without a call per value. */
  fillInts(out: Int32Array, n: number): void;
  /** Standard normal deviate (Box-Muller, one value per call; the second is kept for the next). */
  normal(): number;
  /** The seed this source started from, for log lines that let a run be repeated. */
  readonly seed: number;
}

const TWO_POW_32 = 4294967296;

export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const splitmix32 = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = splitmix32();
  const next32 = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm-up: the first outputs of sfc32 still show the seed's structure.
  for (let i = 0; i < 12; i++) next32();

  let spare: number | undefined;
  const next = () => next32() / TWO_POW_32;
  return {
    seed: seed >>> 0,
    next,
    // Multiply-and-floor: the bias is below n / 2^32, far under anything a bootstrap could notice.
    int: (n) => Math.floor(next() * n),
    fillInts(out, n) {
      // sfc32 inlined on local copies of the state: several times faster than calling next32().
      let sa = a, sb = b, sc = c, sd = d;
      for (let i = 0; i < out.length; i++) {
        const t = (((sa + sb) | 0) + sd) | 0;
        sd = (sd + 1) | 0;
        sa = sb ^ (sb >>> 9);
        sb = (sc + (sc << 3)) | 0;
        sc = (sc << 21) | (sc >>> 11);
        sc = (sc + t) | 0;
        out[i] = Math.floor(((t >>> 0) / TWO_POW_32) * n);
      }
      a = sa;
      b = sb;
      c = sc;
      d = sd;
    },
    normal() {
      if (spare !== undefined) {
        const value = spare;
        spare = undefined;
        return value;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
  };
}
