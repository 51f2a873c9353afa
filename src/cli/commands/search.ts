import { parseArgs } from 'node:util';
import { contract } from '../../shared/api/contract';
import { searchKinds, type SearchHit } from '../../shared/api/searchContract';
import { SamanvayError } from '../../shared/errors';
import { withCliCore } from '../cliCore';
import { commonFlags, dbPathOf, unlockOf, UsageError, type CliIo } from '../cliContext';
import { oneLine } from '../oneLine';

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        ...commonFlags,
        'recovery-key-file': { type: 'string' },
        kind: { type: 'string' },
        limit: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

const reasonWords: Record<SearchHit['reasons'][number], string> = {
  name: 'same phonetic name',
  alias: 'alias matches',
  fatherName: "father's name matches",
  age: 'age within 3 years',
  address: 'address matches',
  text: 'words match',
  vehicle: 'same vehicle',
  phone: 'same phone',
};

/** `samanvay search --db FILE "QUERY" [--kind K] [--limit N] [--json]`: one line per hit. */
export async function searchCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args);
  if (positionals.length !== 1) throw new UsageError('give one QUERY (quote it)');
  const kind = values.kind;
  if (kind !== undefined && !(searchKinds as readonly string[]).includes(kind))
    throw new UsageError(`--kind must be one of ${searchKinds.join(', ')}`);
  const parsed = contract['search.query'].input.safeParse({
    text: positionals[0],
    ...(kind !== undefined ? { kind } : {}),
    ...(values.limit !== undefined ? { limit: Number(values.limit) } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SamanvayError('INVALID_INPUT', undefined, {
      field: issue?.path.join('.') ?? '',
      problem: issue?.message ?? '',
    });
  }
  const hits = await withCliCore(dbPathOf(values), { unlock: unlockOf(values, io) }, (client) =>
    client.call('search.query', parsed.data),
  );
  if (values.json === true) {
    io.out(
      JSON.stringify(
        hits.map((hit) => ({
          kind: hit.kind,
          id: hit.id,
          score: hit.score,
          reasons: hit.reasons,
          title: hit.title,
          officeId: hit.officeId,
          records: hit.records,
          ...(hit.newestOf === undefined ? {} : { newestOf: hit.newestOf }),
        })),
      ),
    );
  } else {
    if (hits.length === 0) io.out('No matches.');
    const newestOf = hits.find((hit) => hit.newestOf !== undefined)?.newestOf;
    if (newestOf !== undefined)
      io.out(
        `Many records match: the best of the newest ${newestOf} are shown; add a word to narrow.`,
      );
    for (const hit of hits)
      io.out(
        `${hit.kind.padEnd(8)} ${hit.score.toFixed(2)}  ${oneLine(hit.title)}  (${hit.reasons.map((reason) => reasonWords[reason]).join(', ')})  ${hit.id}`,
      );
  }
  return 0;
}
