/** The commit and change schemas live with their types in `change.ts`; kept here for existing imports. */
export { changeSchema, commitSchema } from './change';
export { nodeIdSchema } from './idSchemas';
