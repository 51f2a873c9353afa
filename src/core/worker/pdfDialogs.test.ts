import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DispatchEnvelope } from '../../shared/api/bridge';
import type { CoreHost } from './coreHost';
import { withPdfDialogs, type PdfDialogs } from './pdfDialogs';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A host that records what reaches core, and answers with a printable page. */
function recordingHost() {
  const calls: Array<{ method: unknown; input: unknown }> = [];
  const host: CoreHost = {
    call: async (method, input): Promise<DispatchEnvelope> => {
      calls.push({ method, input });
      return { ok: true, result: { html: `<p>${String(method)}</p>`, footer: 'RESTRICTED' } };
    },
    on: () => () => undefined,
    close: async () => undefined,
  };
  return { host, calls };
}

function pdfDialogs(answer: string | null) {
  const asked: string[] = [];
  const rendered: string[] = [];
  const dialogs: PdfDialogs = {
    save: async (name) => {
      asked.push(name);
      return answer;
    },
    render: async (html, footer) => {
      rendered.push(`${html}|${footer}`);
      return Buffer.from(`%PDF-1.7 ${html}`);
    },
  };
  return { dialogs, asked, rendered };
}

describe('Save as PDF in the app, behind main save dialog', () => {
  it('saves the bulletin where the operator chose, never where the page says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samanvay-pdf-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const chosen = join(dir, 'bulletin.pdf');
    const { host, calls } = recordingHost();
    const { dialogs, asked, rendered } = pdfDialogs(chosen);
    const page = withPdfDialogs(host, dialogs);
    const outcome = await page.call('bulletin.pdf', {
      date: '2026-12-01',
      to: '2026-12-03',
      language: 'bn',
      path: join(dir, 'elsewhere.pdf'),
    });
    expect(outcome).toEqual({ ok: true, result: { dialog: true, file: 'bulletin.pdf' } });
    expect(asked).toEqual(['samanvay-bulletin-2026-12-01-to-2026-12-03.pdf']);
    expect(calls).toEqual([
      { method: 'bulletin.html', input: { date: '2026-12-01', to: '2026-12-03', language: 'bn' } },
    ]);
    expect(rendered).toEqual(['<p>bulletin.html</p>|RESTRICTED']);
    expect(readFileSync(chosen, 'utf8')).toBe('%PDF-1.7 <p>bulletin.html</p>');
    expect(statSync(chosen).mode & 0o777).toBe(0o600);
    expect(() => statSync(join(dir, 'elsewhere.pdf'))).toThrow();
  });

  it('the meeting minutes come from meeting.record (no bundles written); cancel saves nothing', async () => {
    const { host, calls } = recordingHost();
    const { dialogs, asked, rendered } = pdfDialogs(null);
    const page = withPdfDialogs(host, dialogs);
    const outcome = await page.call('meeting.pdf', { offices: ['wb-asansol'], language: 'hi' });
    expect(outcome).toEqual({ ok: true, result: { dialog: true, file: null } });
    expect(asked).toEqual(['samanvay-meeting.pdf']);
    expect(calls).toEqual([
      { method: 'meeting.record', input: { offices: ['wb-asansol'], language: 'hi' } },
    ]);
    expect(rendered).toEqual([]);
  });

  it('a bad input and every other call go to core unchanged', async () => {
    const { host, calls } = recordingHost();
    const page = withPdfDialogs(host, pdfDialogs('/tmp/x.pdf').dialogs);
    await page.call('bulletin.pdf', { date: 'yesterday', language: 'bn' });
    await page.call('bulletin.html', { date: '2026-12-01', language: 'hi' });
    expect(calls.map((call) => call.method)).toEqual(['bulletin.pdf', 'bulletin.html']);
  });
});
