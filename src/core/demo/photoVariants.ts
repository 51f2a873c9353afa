import { createHash } from 'node:crypto';
import type { PreparedPhoto } from '../photos/importPhoto';

/**
 * A distinct copy of a prepared demo photo: the same pixels with a JPEG comment segment
 * (`FFFE`) naming the variant, so its hash differs. Lets a demo or benchmark database hold
 * 10,000 distinct photos without rendering 10,000 portraits.
 */
export function photoVariant(photo: PreparedPhoto, variant: number): PreparedPhoto {
  const comment = Buffer.from(`samanvay demo photo ${variant}`, 'ascii');
  const segment = Buffer.alloc(4 + comment.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(comment.length + 2, 2);
  comment.copy(segment, 4);
  const bytes = Buffer.concat([photo.bytes.subarray(0, 2), segment, photo.bytes.subarray(2)]);
  return { ...photo, bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}
