// The figures a bundle import child prints for bench/bundle, in one place for both children
// (bundleImportChild.ts under tsx, bundleImportCli.mjs on the built CLI).
import { performance } from 'node:perf_hooks';

/**
 * Starts measuring; `done(summary)` prints `{ ms, cpuMs, maxRssMb, applied, rejected, photos }`
 * as one line of JSON, the times since the start and the peak RSS of this whole process.
 */
export function measureImport() {
  const began = performance.now();
  const cpuBefore = process.cpuUsage();
  return {
    done(summary) {
      const ms = performance.now() - began;
      const cpu = process.cpuUsage(cpuBefore);
      console.log(
        JSON.stringify({
          ms,
          cpuMs: (cpu.user + cpu.system) / 1000,
          maxRssMb: process.resourceUsage().maxRSS / 1024,
          applied: summary.applied,
          rejected: summary.rejected.length,
          photos: summary.photosStored,
        }),
      );
    },
  };
}
