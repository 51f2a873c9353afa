import type { z } from 'zod';

/** One call of the contract: its input schema and (as a type only) its result. */
export interface MethodSpec<Input extends z.ZodType, Result> {
  input: Input;
  /** Never read at run time: carries the result type. */
  result?: Result;
}

/** Declares a call: `method<Result>()(inputSchema)`. */
export function method<Result>() {
  return <Input extends z.ZodType>(input: Input): MethodSpec<Input, Result> => ({ input });
}

/** Declares an event and its payload type. */
export interface EventSpec<Payload> {
  payload?: Payload;
}

export function event<Payload>(): EventSpec<Payload> {
  return {};
}
