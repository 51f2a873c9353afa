import { SamanvayError } from '../../shared/errors';
import type { z } from 'zod';
import { batchHeadSchema, messageSchema, type Message } from './messages';

/**
 * Frames on the wire: `u32 length` (big-endian, of what follows), `u8 format` (1), `u32 json
 * length`, the message as UTF-8 JSON, then an optional binary attachment (photo chunks).
 */
export const frameFormat = 1;

/** 16 MiB: a commit of 5,000 changes (an import) or a photo chunk fits well within it. */
export const defaultMaxFrameBytes = 16 * 1024 * 1024;

/** A decoded frame: a validated message and its attachment (empty if none). */
export interface Frame {
  message: Message;
  attachment: Buffer;
}

/** Encodes one message (and attachment) as a frame. */
export function encodeFrame(message: Message, attachment: Buffer = Buffer.alloc(0)): Buffer {
  const json = Buffer.from(JSON.stringify(message), 'utf8');
  const head = Buffer.alloc(9);
  head.writeUInt32BE(5 + json.length + attachment.length, 0);
  head.writeUInt8(frameFormat, 4);
  head.writeUInt32BE(json.length, 5);
  return Buffer.concat([head, json, attachment]);
}

function badFrame(detail: string): SamanvayError {
  return new SamanvayError('SYNC_BAD_FRAME', undefined, { detail });
}

/** Decodes one frame body (everything after the length); throws SYNC_BAD_FRAME. */
export function decodeFrameBody(body: Buffer): Frame {
  if (body.length < 5) throw badFrame('short frame');
  if (body.readUInt8(0) !== frameFormat) throw badFrame('unknown frame format');
  const jsonLength = body.readUInt32BE(1);
  if (jsonLength > body.length - 5) throw badFrame('message longer than its frame');
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8', 5, 5 + jsonLength));
  } catch {
    throw badFrame('message is not JSON');
  }
  const isBatch =
    typeof value === 'object' && value !== null && 'type' in value && value.type === 'batch';
  // A batch's commits are checked in full on receipt (see batchHeadSchema), so the head will do.
  const parsed = (isBatch ? batchHeadSchema : messageSchema).safeParse(value) as
    { success: true; data: Message } | { success: false; error: z.ZodError };
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badFrame(`invalid message: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
  }
  const attachment = body.subarray(5 + jsonLength);
  if (attachment.length > 0 && parsed.data.type !== 'photoChunk')
    throw badFrame('unexpected attachment');
  return { message: parsed.data, attachment };
}

/**
 * A streaming decoder: feed it bytes as they arrive, get whole frames back. A frame that
 * announces more than `maxFrameBytes` is refused (SYNC_FRAME_TOO_LARGE) from its first four
 * bytes, before anything is buffered; any malformed frame throws SYNC_BAD_FRAME. After a
 * throw the stream is out of step, so the connection must be closed.
 */
export function createFrameDecoder(maxFrameBytes = defaultMaxFrameBytes) {
  let chunks: Buffer[] = [];
  let buffered = 0;

  function take(count: number): Buffer {
    const joined = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, buffered);
    const taken = joined.subarray(0, count);
    const rest = joined.subarray(count);
    chunks = rest.length > 0 ? [rest] : [];
    buffered = rest.length;
    return taken;
  }

  function peekLength(): number {
    if ((chunks[0]?.length ?? 0) < 4) chunks = [Buffer.concat(chunks, buffered)];
    return (chunks[0] as Buffer).readUInt32BE(0);
  }

  return {
    /** Adds bytes; returns the frames they complete, in order. */
    push(data: Buffer): Frame[] {
      chunks.push(data);
      buffered += data.length;
      const frames: Frame[] = [];
      while (buffered >= 4) {
        const length = peekLength();
        if (length > maxFrameBytes) {
          throw new SamanvayError('SYNC_FRAME_TOO_LARGE', undefined, {
            length,
            limit: maxFrameBytes,
          });
        }
        if (buffered < 4 + length) break;
        const frame = take(4 + length);
        frames.push(decodeFrameBody(frame.subarray(4)));
      }
      return frames;
    },
    /** Bytes held of a frame not yet complete. */
    get buffered() {
      return buffered;
    },
  };
}
