/**
 * The standard normal distribution, for the large-sample Mann-Whitney approximation. Node has no
 * erf, so erfc is computed with W. J. Cody's rational Chebyshev approximations (Math. Comp. 1969),
 * relative error below 1e-15 over the whole range, so p-values agree with scipy's to many digits.
 */

/** P(Z ≤ z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** P(Z > z), computed directly so tiny upper tails keep their precision. */
export function normalSurvival(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  let result: number;
  if (ax <= 0.46875) {
    result = 1 - erfSmall(x);
    return result;
  }
  result = ax < 4 ? erfcMiddle(ax) : erfcLarge(ax);
  return x < 0 ? 2 - result : result;
}

function erfSmall(x: number): number {
  const a = [3.1611237438705656, 113.86415415105016, 377.485237685302, 3209.3775891384694, 0.18577770618460315];
  const b = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
  const z = x * x;
  let num = a[4]! * z;
  let den = z;
  for (let i = 0; i < 3; i++) {
    num = (num + a[i]!) * z;
    den = (den + b[i]!) * z;
  }
  return (x * (num + a[3]!)) / (den + b[3]!);
}

function erfcMiddle(x: number): number {
  const c = [
    0.56418849698867008, 8.8831497943883759, 66.119190637141634, 298.63513819740013, 881.9522212417691,
    1712.0476126340706, 2051.0783778260716, 1230.3393547979972, 2.1531153547440383e-8,
  ];
  const d = [15.744926110709835, 117.6939508913125, 537.18110186200982, 1621.3895745666903, 3290.7992357334597,
    4362.6190901432471, 3439.3676741437216, 1230.3393548037495];
  let num = c[8]! * x;
  let den = x;
  for (let i = 0; i < 7; i++) {
    num = (num + c[i]!) * x;
    den = (den + d[i]!) * x;
  }
  return scaledExp(x) * ((num + c[7]!) / (den + d[7]!));
}

function erfcLarge(x: number): number {
  const p = [0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275,
    6.5874916152983678e-4, 0.016315387137302097];
  const q = [2.5685201922898682, 1.8729528499234604, 0.52790510295142217, 0.060518341312441320, 0.0023352049762686918];
  if (x > 26.6) return 0;
  const z = 1 / (x * x);
  let num = p[5]! * z;
  let den = z;
  for (let i = 0; i < 4; i++) {
    num = (num + p[i]!) * z;
    den = (den + q[i]!) * z;
  }
  let r = (z * (num + p[4]!)) / (den + q[4]!);
  r = (1 / Math.sqrt(Math.PI) - r) / x;
  return scaledExp(x) * r;
}

/** exp(-x²) computed in two parts, as Cody does, so the rounding of x² does not cost digits. */
function scaledExp(x: number): number {
  const xsq = Math.trunc(x * 16) / 16;
  const del = (x - xsq) * (x + xsq);
  return Math.exp(-xsq * xsq) * Math.exp(-del);
}
