/** Types of bench/lib/importFigures.mjs, for the TypeScript bench that uses it. */
export declare function measureImport(): {
  done(summary: { applied: number; rejected: unknown[]; photosStored: number }): void;
};
