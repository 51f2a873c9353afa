import { z } from 'zod';
import { method } from './define';

/**
 * What Save as PDF did: in the app (`dialog`), the name of the file saved where the operator
 * chose in main's save dialog, or null when cancelled; without a dialog (the browser harness)
 * nothing, and the page prints instead (its print dialog saves a PDF).
 */
export interface PdfSaveView {
  dialog: boolean;
  file: string | null;
}

const bulletinInput = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The last day of a range (inclusive); the bulletin covers `date` alone without it. */
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  language: z.enum(['hi', 'bn']),
  offices: z.array(z.string().min(1).max(64)).max(20).optional(),
});

/** The daily crime bulletin: its HTML for the on-screen preview and printing. */
export const bulletinContract = {
  'bulletin.html': method<{ html: string; footer: string }>()(bulletinInput),
  /** Save as PDF in the app: main asks where with its dialog (the page names no path). */
  'bulletin.pdf': method<PdfSaveView>()(bulletinInput),
} as const;
