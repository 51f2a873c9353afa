import { z } from 'zod';
import { caseFields, caseInput, officeFields, operatorFields, schemas } from '../domain/records';
import { adminContract } from './adminContract';
import { event, method } from './define';
import { bulletinContract } from './bulletinContract';
import { bundleContract, bundleEvents } from './bundleContract';
import { dossierContract } from './dossierContract';
import { meetingContract } from './meetingContract';
import { syncContract, syncEvents } from './syncContract';
import { screensContract } from './screensContract';
import { searchContract, similarCasesContract } from './searchContract';
import { lookoutContract, lookoutEvents } from './lookoutContract';
import type {
  InitResult,
  LogEntryView,
  OfficeView,
  OperatorView,
  SessionStatus,
  Stats,
} from './views';

const passphrase = z.string().min(1).max(1024);

/** Every call the UI (and the harness, and tests) can make: declared once. */
export const contract = {
  'session.status': method<SessionStatus>()(z.object({})),
  'session.init': method<InitResult>()(
    z.object({
      office: officeFields.extend({ id: schemas.recordId.optional() }),
      operator: operatorFields,
      passphrase: z.string().min(10).max(1024),
    }),
  ),
  'session.unlock': method<SessionStatus>()(
    z.union([
      z.object({ passphrase }),
      z.object({ recoveryKey: z.string().min(1).max(200) }),
      z.object({ osKeyStore: z.literal(true) }),
    ]),
  ),
  'session.lock': method<SessionStatus>()(z.object({})),
  'session.setOperator': method<OperatorView>()(operatorFields),
  'offices.list': method<OfficeView[]>()(z.object({})),
  'operators.list': method<OperatorView[]>()(z.object({})),
  'cases.create': method<{ id: string }>()(caseInput),
  'cases.update': method<{ id: string }>()(
    z.object({ id: schemas.recordId, fields: caseFields.partial() }),
  ),
  'stats.get': method<Stats>()(z.object({})),
  ...syncContract,
  ...bundleContract,
  ...bulletinContract,
  ...meetingContract,
  ...screensContract,
  ...adminContract,
  ...searchContract,
  ...similarCasesContract,
  ...dossierContract,
  ...lookoutContract,
} as const;

/** Events core emits to every open screen. */
export const events = {
  'record.changed': event<{ entity: string; ids: string[]; origin: 'local' | 'remote' }>(),
  'session.changed': event<SessionStatus>(),
  ...syncEvents,
  ...bundleEvents,
  ...lookoutEvents,
  /** An urgent lookout arrived (or was posted): every office shows a banner and notifies. */
  'lookout.urgent': event<LogEntryView>(),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type EventName = keyof typeof events;
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>;
export type ResultOf<M extends Method> = NonNullable<Contract[M]['result']>;
export type PayloadOf<E extends EventName> = NonNullable<(typeof events)[E]['payload']>;

/** The API core implements: annotate implementations with it so drift is a compile error. */
export type CoreApi = { [M in Method]: (input: ParsedInputOf<M>) => Promise<ResultOf<M>> };

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
