import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Client } from '../../shared/api/client';
import {
  dayMs,
  istDateOf,
  istDateTimeOf,
  istDayStart,
  parseIstDateTime,
} from '../../shared/istDate';
import {
  commonFlags,
  dbPathOf,
  parseFlags,
  parseFlagsAndPositionals,
  requireString,
  UsageError,
  unlockOf,
  type CliIo,
  type Flags,
} from '../cliContext';
import { withCliCore } from '../cliCore';
import { printPdf } from '../printPdf';
import { chromiumOf, printFlags, printLanguageOf } from '../printFlags';
import { agendaLines, exportLines, istText, listsLines, taskLine } from './meetingLines';

const flags = { ...commonFlags, 'recovery-key-file': { type: 'string' } } as const;
const withFlag = { with: { type: 'string' } } as const;

/** `--with OFFICE[,OFFICE…]`: the other offices at the meeting (this office is always there). */
function officesOf(parsed: Flags): string[] {
  const offices = requireString(parsed, 'with')
    .split(',')
    .map((office) => office.trim())
    .filter((office) => office !== '');
  if (offices.length === 0) throw new UsageError('--with needs at least one office id');
  return offices;
}

/**
 * `--due YYYY-MM-DD[THH:MM]` in IST, as epoch ms: a day alone means the end of that day, as
 * the Meeting screen takes it. A date that is not on the calendar is a usage error.
 */
export function dueOf(parsed: Flags): number {
  const due = requireString(parsed, 'due');
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(due);
  const at = dayOnly ? istDayStart(due) : parseIstDateTime(due);
  if (Number.isNaN(at) || istDateTimeOf(at) !== (dayOnly ? `${due}T00:00` : due))
    throw new UsageError('--due must be a date YYYY-MM-DD or YYYY-MM-DDTHH:MM (IST)');
  return dayOnly ? at + dayMs - 1 : at;
}

/** Opens the database the flags name, unlocks it, and prints what `work` returns. */
async function run<T>(
  parsed: Flags,
  io: CliIo,
  work: (client: Client) => Promise<T>,
  lines: (result: T) => string[],
): Promise<number> {
  const result = await withCliCore(dbPathOf(parsed), { unlock: unlockOf(parsed, io) }, work);
  if (parsed.json === true) io.out(JSON.stringify(result));
  else for (const line of lines(result)) io.out(line);
  return 0;
}

const actions = new Map<string, (args: string[], io: CliIo) => Promise<number>>(
  Object.entries({
    agenda: async (args, io) => {
      const parsed = parseFlags(args, { ...flags, ...withFlag });
      const offices = officesOf(parsed);
      return run(parsed, io, (client) => client.call('meeting.agenda', { offices }), agendaLines);
    },
    lists: async (args, io) => {
      const parsed = parseFlags(args, { ...flags, ...withFlag });
      const offices = officesOf(parsed);
      return run(parsed, io, (client) => client.call('meeting.lists', { offices }), listsLines);
    },
    minute: async (args, io) => {
      const parsed = parseFlags(args, { ...flags, ...withFlag, text: { type: 'string' } });
      const input = { offices: officesOf(parsed), text: requireString(parsed, 'text') };
      return run(
        parsed,
        io,
        (client) => client.call('meeting.minute', input),
        (entry) => [
          `Minute ${entry.id} recorded for ${entry.addressedTo.join(', ')} at ${istText(entry.at)}.`,
        ],
      );
    },
    decide: async (args, io) => {
      const parsed = parseFlags(args, {
        ...flags,
        ...withFlag,
        text: { type: 'string' },
        owner: { type: 'string' },
        due: { type: 'string' },
      });
      const input = {
        offices: officesOf(parsed),
        text: requireString(parsed, 'text'),
        owner: requireString(parsed, 'owner'),
        dueAt: dueOf(parsed),
      };
      return run(
        parsed,
        io,
        (client) => client.call('meeting.decide', input),
        (task) => [`Task recorded: ${taskLine(task)}`],
      );
    },
    tasks: async (args, io) => {
      const parsed = parseFlags(args, flags);
      return run(
        parsed,
        io,
        (client) => client.call('tasks.open', {}),
        (tasks) => (tasks.length === 0 ? ['No open tasks.'] : tasks.map(taskLine)),
      );
    },
    done: async (args, io) => {
      const { flags: parsed, positionals } = parseFlagsAndPositionals(args, flags);
      const [id] = positionals;
      if (positionals.length !== 1 || id === undefined)
        throw new UsageError('meeting done takes one TASK_ID');
      return run(
        parsed,
        io,
        (client) => client.call('tasks.done', { id }),
        (done) => [`Task ${done.id} marked done.`],
      );
    },
    export: async (args, io) => {
      const parsed = parseFlags(args, {
        ...flags,
        ...withFlag,
        out: { type: 'string' },
        ...printFlags,
      });
      const offices = officesOf(parsed);
      const language = printLanguageOf(parsed);
      const folder = resolve(requireString(parsed, 'out'));
      // A missing folder or Chromium is said here, before the database is unlocked.
      if (!statSync(folder).isDirectory()) throw new UsageError('--out must name a folder');
      const chromium = chromiumOf(parsed, io);
      const pdf = `samanvay-meeting-${istDateOf(Date.now())}-with-${[...offices].sort().join('+')}.pdf`;
      const result = await withCliCore(
        dbPathOf(parsed),
        { unlock: unlockOf(parsed, io) },
        (client) => client.call('admin.meetingExport', { offices, language, folder }),
      );
      await printPdf(result, join(folder, pdf), chromium);
      if (parsed.json === true)
        io.out(JSON.stringify({ pdf: join(folder, pdf), bundles: result.bundles }));
      else for (const line of exportLines(result, folder, pdf)) io.out(line);
      return 0;
    },
  }),
);

/**
 * `samanvay meeting agenda|lists|minute|decide|tasks|done|export`: meeting mode from the
 * command line, each an app contract call on the app's core: the joint agenda and exchanged
 * lists of this office and the ones `--with`, minutes, decisions as tasks of an owner office
 * with a due time, this office's open tasks and closing one, and the export in one step (the
 * minutes and lists as a PDF, and a bundle for each node of the other offices present, into
 * the folder `--out`).
 */
export async function meetingCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  const act = action === undefined ? undefined : actions.get(action);
  if (!act)
    throw new UsageError('meeting needs agenda, lists, minute, decide, tasks, done or export');
  return act(rest, io);
}
