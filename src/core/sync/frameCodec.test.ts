import { describe, expect, it } from 'vitest';
import { SamanvayError } from '../../shared/errors';
import { createFrameDecoder, encodeFrame } from './frameCodec';
import type { Message } from './messages';

const origin = 'K7QD-2M9X-ABCD-EFGH';
const samples: Array<[Message, Buffer?]> = [
  [{ type: 'hello', protocol: 1, node: origin, vector: { [origin]: 12 } }],
  [
    {
      type: 'batch',
      id: 3,
      commits: [
        {
          origin,
          firstSeq: 1,
          lastSeq: 2,
          signature: 'ab'.repeat(64),
          changes: [
            {
              origin,
              seq: 1,
              hlc: '001764000000000.000000',
              office: 'jh-dhanbad',
              operator: 'op-1',
              entity: 'case',
              recordId: 'c1',
              op: 'update',
              body: { fields: { place: 'নিরসা' } },
            },
          ],
          redacted: [{ seq: 2, hash: 'cd'.repeat(32) }],
        },
      ],
    },
  ],
  [{ type: 'ack', id: 3, vector: { [origin]: 2 }, rejected: [] }],
  [
    { type: 'photoChunk', hash: 'ef'.repeat(32), offset: 0, total: 5 },
    Buffer.from([1, 2, 3, 4, 5]),
  ],
  [{ type: 'ping', at: 5 }],
];

/** mulberry32: fast and seeded, so a failure can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

describe('frame codec', () => {
  it('decodes what it encodes, however the bytes are split', () => {
    for (const [message, attachment] of samples) {
      const frame = encodeFrame(message, attachment);
      for (let cut = 0; cut <= frame.length; cut += 1) {
        const decoder = createFrameDecoder();
        const frames = [
          ...decoder.push(frame.subarray(0, cut)),
          ...decoder.push(frame.subarray(cut)),
        ];
        expect(frames).toHaveLength(1);
        expect(frames[0]?.message).toEqual(message);
        expect(frames[0]?.attachment.equals(attachment ?? Buffer.alloc(0))).toBe(true);
      }
    }
  });

  it('refuses a frame over the cap from its length alone', () => {
    const decoder = createFrameDecoder(1024);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(1025, 0);
    expect(() => decoder.push(head)).toThrow(
      expect.objectContaining({ code: 'SYNC_FRAME_TOO_LARGE' }),
    );
  });

  it('refuses an unknown message type, a wrong field and an attachment where none belongs', () => {
    const bad = [
      encodeFrame({ type: 'nope' } as unknown as Message),
      encodeFrame({ type: 'ack', id: -1, vector: {}, rejected: [] }),
      encodeFrame({ type: 'ping', at: 1 }, Buffer.from([1])),
    ];
    for (const frame of bad) {
      expect(() => createFrameDecoder().push(frame)).toThrow(
        expect.objectContaining({ code: 'SYNC_BAD_FRAME' }),
      );
    }
  });

  const runs = Number(process.env.SAMANVAY_FUZZ_RUNS ?? 100_000);
  it(`survives ${runs} random and mutated inputs: only its own two errors, never a hang`, () => {
    const random = seeded(20_261_129);
    const valid = samples.map(([message, attachment]) => encodeFrame(message, attachment));
    const outcomes = { frames: 0, refused: 0 };
    for (let run = 0; run < runs; run += 1) {
      let input: Buffer;
      const pick = valid[Math.floor(random() * valid.length)] as Buffer;
      const mode = random();
      if (mode < 0.3) {
        input = Buffer.alloc(Math.floor(random() * 64));
        for (let index = 0; index < input.length; index += 1)
          input[index] = Math.floor(random() * 256);
      } else {
        input = Buffer.from(pick);
        const flips = 1 + Math.floor(random() * 4);
        for (let flip = 0; flip < flips; flip += 1) {
          const at = Math.floor(random() * input.length);
          input[at] =
            mode < 0.8
              ? Math.floor(random() * 256)
              : (input[at] ?? 0) ^ (1 << Math.floor(random() * 8));
        }
        if (mode > 0.9) input = input.subarray(0, Math.floor(random() * input.length));
      }
      const decoder = createFrameDecoder(64 * 1024);
      try {
        const cut = Math.floor(random() * (input.length + 1));
        outcomes.frames += decoder.push(input.subarray(0, cut)).length;
        outcomes.frames += decoder.push(input.subarray(cut)).length;
      } catch (error) {
        if (
          !(error instanceof SamanvayError) ||
          !['SYNC_BAD_FRAME', 'SYNC_FRAME_TOO_LARGE'].includes(error.code)
        ) {
          throw new Error(`run ${run}: ${String(error)} on ${input.toString('hex')}`);
        }
        outcomes.refused += 1;
      }
    }
    expect(outcomes.refused).toBeGreaterThan(runs / 2);
  });
});
