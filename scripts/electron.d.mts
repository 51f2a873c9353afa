/** Types of scripts/electron.mjs, for the TypeScript tests that use it. */
export declare const projectRoot: string;
export declare function findElectronBinary(): string | undefined;
export declare function electronVersion(): string;
export declare function ensureElectronNativeBinding(): string;
