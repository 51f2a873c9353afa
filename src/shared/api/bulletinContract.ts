import { z } from 'zod';
import { method } from './define';

/** The daily crime bulletin: its HTML for the on-screen preview and printing. */
export const bulletinContract = {
  'bulletin.html': method<{ html: string; footer: string }>()(
    z.object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      /** The last day of a range (inclusive); the bulletin covers `date` alone without it. */
      to: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      language: z.enum(['hi', 'bn']),
      offices: z.array(z.string().min(1).max(64)).max(20).optional(),
    }),
  ),
} as const;
