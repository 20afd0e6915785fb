import pkg from '../package.json' with { type: 'json' };

/** Assay's version, as package.json states it (bundled into every dist). */
export const ASSAY_VERSION: string = pkg.version;
