import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addWantedAccused,
  asansolOffice,
  bundleNode,
  introduce,
  type TestNode,
} from '../../src/core/bundles/bundleTestKit';
import { testPassphrase } from '../../src/core/testing/tempCore';
import { istDateOf, istDayStart } from '../../src/shared/istDate';
import { samanvay } from './cliRunner';
import { expectPdfReplacedLink, plantLink } from './plantedLink';

const env = { SAMANVAY_PASSPHRASE: testPassphrase };
let dhanbad: TestNode;
let asansol: TestNode;
let dbA: string;
let dbB: string;

/** Runs `samanvay meeting …` on Dhanbad's database. */
const meeting = (...args: string[]) => samanvay(['meeting', ...args, '--db', dbA], env);
const json = <T>(result: { stdout: string }) => JSON.parse(result.stdout) as T;
/** Dhanbad's count of changes, from `samanvay stats`. */
const changes = () => json<{ changes: number }>(samanvay(['stats', '--db', dbA, '--json'], env));

describe('samanvay meeting', () => {
  beforeAll(async () => {
    dhanbad = await bundleNode();
    asansol = await bundleNode(asansolOffice, 'Arup Ghosh');
    introduce(dhanbad, asansol);
    introduce(asansol, dhanbad);
    await addWantedAccused(dhanbad);
    dbA = join(dhanbad.dir, 'node.db');
    dbB = join(asansol.dir, 'node.db');
    dhanbad.context.store.close();
    asansol.context.store.close();
  });
  afterAll(() => {
    dhanbad.cleanup();
    asansol.cleanup();
  });

  it('draws the joint agenda and the exchanged lists, as text and as JSON', () => {
    const agenda = meeting('agenda', '--with', 'wb-asansol');
    expect(agenda.stderr).toBe('');
    expect(agenda.code).toBe(0);
    expect(agenda.stdout).toContain('Agenda of jh-dhanbad + wb-asansol:');
    expect(agenda.stdout).toMatch(/Wanted \(1\):\n {2}jh-dhanbad {2}Nirsa {2}रमेश महतो {2}wanted/);
    expect(agenda.stdout).toMatch(/Unsolved cases \(1\):\n {2}jh-dhanbad {2}Nirsa PS 112\/2026/);
    const asJson = json<{ offices: string[] }>(meeting('agenda', '--with', 'wb-asansol', '--json'));
    expect(asJson.offices).toEqual(['jh-dhanbad', 'wb-asansol']);

    const lists = meeting('lists', '--with', 'wb-asansol');
    expect(lists.code).toBe(0);
    expect(lists.stdout).toMatch(
      /History-sheeters \(1\):\n.*Nirsa {2}रमेश महतो {2}wanted {2}HS 41\/2019/,
    );
  });

  it('records a minute and a decision, lists the open task, and closes it', () => {
    const minute = meeting('minute', '--with', 'wb-asansol', '--text', 'Lists exchanged at Kulti');
    expect(minute.code).toBe(0);
    expect(minute.stdout).toMatch(/^Minute \S+ recorded for jh-dhanbad, wb-asansol at /);

    const decided = meeting(
      ...['decide', '--with', 'wb-asansol', '--text', 'Verify the address at Kulti'],
      ...['--owner', 'wb-asansol', '--due', '2026-12-31', '--json'],
    );
    expect(decided.code).toBe(0);
    const task = json<{ owner: string; dueAt: number; entry: { id: string } }>(decided);
    // A day alone is the end of that IST day.
    expect(task).toMatchObject({ owner: 'wb-asansol', dueAt: istDayStart('2027-01-01') - 1 });
    const timed = meeting(
      ...['decide', '--with', 'wb-asansol', '--text', 'Share the call records'],
      ...['--owner', 'wb-asansol', '--due', '2026-12-20T10:30'],
    );
    expect(timed.stdout).toMatch(/^Task recorded: \S+ {2}wb-asansol {2}due 2026-12-20 10:30 IST/);

    const open = meeting('tasks');
    expect(open.stdout).toContain(`${task.entry.id}  wb-asansol  due 2026-12-31 23:59 IST`);
    expect(meeting('done', task.entry.id).stdout).toBe(`Task ${task.entry.id} marked done.\n`);
    const left = meeting('tasks').stdout;
    expect(left).not.toContain(task.entry.id);
    expect(left).toContain('Share the call records');
  });

  it('prints a decision with a newline and an ANSI escape on one line, without the escape', () => {
    const decided = meeting(
      ...[
        'decide',
        '--with',
        'wb-asansol',
        '--text',
        'Trace the\ntruck \u001b[31mJH10 1234\u001b[0m',
      ],
      ...['--owner', 'jh-dhanbad', '--due', '2026-12-25', '--json'],
    );
    expect(decided.code).toBe(0);
    const { entry } = json<{ entry: { id: string } }>(decided);
    const tasks = meeting('tasks').stdout;
    // No control character but the line ends.
    expect(tasks.replaceAll('\n', '')).not.toMatch(/\p{Cc}/u);
    const line = tasks.split('\n').find((text) => text.startsWith(entry.id));
    expect(line).toBe(
      `${entry.id}  jh-dhanbad  due 2026-12-25 23:59 IST  Trace the truck [31mJH10 1234[0m`,
    );
    // A script takes the id from the line, as `meeting done` wants it.
    const done = meeting('done', line?.split(' ')[0] ?? '', '--json');
    expect(json<{ id: string }>(done).id).toBe(entry.id);
  });

  it('help lists --json for every meeting action, as each takes it', () => {
    const help = samanvay(['help']).stdout.split('\n');
    for (const action of ['agenda', 'lists', 'minute', 'decide', 'tasks', 'done', 'export']) {
      const at = help.findIndex((text) => text.startsWith(`samanvay meeting ${action} `));
      expect(at, action).toBeGreaterThan(-1);
      // A usage line may go on in the next line, indented to its flags.
      const usage = [help[at], ...(/^ +--/.test(help[at + 1] ?? '') ? [help[at + 1]] : [])];
      expect(usage.join(' '), action).toContain('[--json]');
    }
  });

  it('exports in one step: the minutes and lists as a PDF, and a bundle the other office imports', () => {
    const usb = join(dhanbad.dir, 'usb');
    mkdirSync(usb);
    const exported = meeting('export', '--with', 'wb-asansol', '--out', usb, '--lang', 'bn');
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const files = readdirSync(usb).sort();
    expect(files).toHaveLength(2);
    const [pdf, bundle] = files;
    expect(bundle).toMatch(/^wb-asansol-[0-9A-Z]{4}-[0-9A-Z]{3}\.bundle$/);
    expect(pdf).toMatch(/^samanvay-meeting-\d{4}-\d{2}-\d{2}-with-wb-asansol\.pdf$/);
    expect(exported.stdout).toContain(
      `Minutes and exchanged lists written to ${join(usb, pdf ?? '')}.`,
    );

    const text = execFileSync('pdftotext', ['-layout', join(usb, pdf ?? ''), '-'], {
      encoding: 'utf8',
    }).normalize('NFC');
    for (const expected of [
      'Lists exchanged at Kulti',
      'Verify the address at Kulti',
      'रमेश महतो',
      'HS 41/2019',
      'হিস্ট্রিশিটার',
    ])
      expect(text).toContain(expected);

    const imported = samanvay(
      ['bundle', 'import', '--db', dbB, join(usb, bundle ?? ''), '--json'],
      env,
    );
    expect(json<{ rejected: unknown[] }>(imported).rejected).toEqual([]);
    // The decision still open is on the owner's list; the one closed is not.
    const theirs = samanvay(['meeting', 'tasks', '--db', dbB], env).stdout;
    expect(theirs).toMatch(
      / {2}wb-asansol {2}due 2026-12-20 10:30 IST {2}Share the call records\n$/,
    );
    expect(theirs).not.toContain('Verify the address at Kulti');
  });

  it('replaces a symbolic link planted at the PDF name instead of writing through it, mode 0600', () => {
    const usb = join(dhanbad.dir, 'usb-shared');
    mkdirSync(usb);
    const victim = join(dhanbad.dir, 'victim.txt');
    const pdf = join(usb, `samanvay-meeting-${istDateOf(Date.now())}-with-wb-asansol.pdf`);
    plantLink(pdf, victim);
    const exported = meeting('export', '--with', 'wb-asansol', '--out', usb);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expectPdfReplacedLink(pdf, victim);
    // The PDF and one bundle, no temporary file beside them.
    expect(readdirSync(usb)).toHaveLength(2);
  });

  it('refuses an unknown office in one line, exit 1, and writes nothing', () => {
    const before = changes().changes;
    const usb = join(dhanbad.dir, 'usb-refused');
    mkdirSync(usb);
    for (const args of [
      ['agenda', '--with', 'wb-asansol,wb-nowhere'],
      ['minute', '--with', 'wb-nowhere', '--text', 'Nobody should read this'],
      [
        'decide',
        '--with',
        'wb-asansol',
        '--text',
        'A task',
        '--owner',
        'wb-nowhere',
        '--due',
        '2026-12-31',
      ],
      ['export', '--with', 'wb-nowhere', '--out', usb],
    ]) {
      const result = meeting(...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `samanvay meeting: No office "wb-nowhere" is known here. [NOT_FOUND]\n`,
      );
    }
    expect(readdirSync(usb)).toEqual([]);
    expect(changes().changes).toBe(before);
    const notATask = meeting('done', 'no-such-task');
    expect(notATask.code).toBe(1);
    expect(notATask.stderr).toMatch(/\[NOT_FOUND\]\n$/);
  });

  it('refuses a bad date, a missing flag or an unknown action as a usage mistake, exit 2', () => {
    const decide = ['decide', '--with', 'wb-asansol', '--text', 'A task', '--owner', 'wb-asansol'];
    for (const args of [
      [...decide, '--due', '2026-02-30'],
      [...decide, '--due', '31/12/2026'],
      [...decide, '--due', '2026-12-31T25:00'],
      [...decide],
      ['decide', '--with', 'wb-asansol', '--owner', 'wb-asansol', '--due', '2026-12-31'],
      ['agenda'],
      ['minute', '--with', 'wb-asansol'],
      ['export', '--with', 'wb-asansol', '--out', dhanbad.dir, '--lang', 'ta'],
      ['done'],
      ['adjourn'],
    ]) {
      const result = meeting(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^samanvay meeting: .* \(try: samanvay help\)\n$/);
    }
    expect(meeting('decide', ...decide.slice(1), '--due', '2026-02-30').stderr).toContain(
      '--due must be a date YYYY-MM-DD or YYYY-MM-DDTHH:MM (IST)',
    );
    const missing = meeting('export', '--with', 'wb-asansol', '--out', join(dhanbad.dir, 'absent'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/file not found: .*absent/);
    expect(existsSync(join(dhanbad.dir, 'absent'))).toBe(false);
  });
});
