/** Types of scripts/buildCli.mjs, for the TypeScript set-up that uses it. */
export declare function buildCli(): Promise<void>;
