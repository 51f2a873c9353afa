import { nodeIdInputSchema } from '../shared/domain/idSchemas';
import { SamanvayError } from '../shared/errors';

/** A node id as typed on the command line, in canonical form; INVALID_INPUT if it is not one. */
export function nodeIdOf(text: string): string {
  const parsed = nodeIdInputSchema.safeParse(text);
  if (!parsed.success) throw new SamanvayError('INVALID_INPUT', 'Not a node id.', { id: text });
  return parsed.data;
}
