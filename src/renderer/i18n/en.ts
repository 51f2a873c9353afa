import type { ErrorCode } from '../../shared/errors';
import { boardMessages } from './areas/board';
import { galleryMessages } from './areas/gallery';
import { recordsMessages } from './areas/records';
import { recordsFormMessages } from './areas/recordsForm';
import { logMessages } from './areas/log';
import { bulletinMessages } from './areas/bulletin';
import { meetingMessages } from './areas/meeting';
import { bundleMessages } from './areas/bundle';
import { syncMessages } from './areas/sync';
import { searchMessages } from './areas/search';
import { dossierMessages } from './areas/dossier';
import { lookoutMessages } from './areas/lookouts';

/** The message for each error code a call can fail with: the UI shows these, never a stack. */
const errors = {
  'error.WRONG_PASSPHRASE': 'The passphrase is wrong.',
  'error.WRONG_RECOVERY_KEY': 'The recovery key is wrong.',
  'error.RECOVERY_KEY_MALFORMED': 'The recovery key is mistyped: check each group of characters.',
  'error.OS_KEYSTORE_UNAVAILABLE': "This computer's key store cannot unlock the database.",
  'error.KEY_FILE_MISSING': 'The key file kept beside the database is missing.',
  'error.KEY_FILE_DAMAGED': 'The key file kept beside the database is damaged.',
  'error.DATABASE_MISSING': 'There is no database at this location.',
  'error.DATABASE_EXISTS': 'A database already exists at this location.',
  'error.NOT_A_SAMANVAY_DATABASE': 'This file is not a Samanvay database.',
  'error.DATABASE_DAMAGED': 'The database file is damaged.',
  'error.DATABASE_NEWER': 'This database was written by a newer version of Samanvay.',
  'error.LAST_SLOT': 'The last way of unlocking the database cannot be removed.',
  'error.SLOT_NOT_FOUND': 'There is no such key slot.',
  'error.WEAK_PASSPHRASE': 'The passphrase must be at least 10 characters long.',
  'error.LOCKED': 'The database is locked: unlock it first.',
  'error.NOT_INITIALISED': 'This computer has no database yet.',
  'error.ALREADY_UNLOCKED': 'The database is already unlocked.',
  'error.INVALID_INPUT': 'Some of the information entered is not valid.',
  'error.NOT_FOUND': 'The record was not found.',
  'error.NOT_OWNER': 'Only the office that owns this record can change it.',
  'error.APPEND_ONLY': 'This record cannot be changed once it has been posted.',
  'error.DELETED': 'This record has been deleted.',
  'error.BAD_SIGNATURE': 'A change carries a signature that does not verify.',
  'error.UNKNOWN_NODE': 'A change comes from a computer that is not known to this office.',
  'error.IMAGE_REJECTED':
    'The picture was refused: only JPEG, PNG or WebP photos of a sensible size.',
  'error.IMAGE_TOO_LARGE': 'The picture is too large.',
  'error.PHOTO_DAMAGED': 'A stored photo file is missing or damaged.',
  'error.EQUIVOCATION':
    'A computer signed two different versions of the same changes; the first one received is kept. Tell the IT cell.',
  'error.NODE_REVOKED': 'A change or connection comes from a computer whose key has been revoked.',
  'error.PEER_UNKNOWN': 'A connection came from a computer that is not paired with this one.',
  'error.PEER_MISMATCH': 'The computer at that address is not the one that was paired.',
  'error.PEER_OFFICE_MISMATCH':
    'The other computer belongs to another office than the one it was paired with.',
  'error.SYNC_VERSION':
    'The other computer runs another version of Samanvay: update Samanvay on both.',
  'error.PEER_NOT_FOUND': 'No such computer is paired with this one.',
  'error.PEER_UNREACHABLE': 'The other computer cannot be reached.',
  'error.SYNC_BAD_FRAME': 'The other computer sent data that is not a valid exchange message.',
  'error.SYNC_FRAME_TOO_LARGE': 'The other computer sent a message over the size limit.',
  'error.SYNC_PROTOCOL': 'The other computer broke the rules of the exchange.',
  'error.SYNC_UPDATE_NEEDED':
    'The two computers run different versions of Samanvay: update Samanvay on the older one, then sync again.',
  'error.SYNC_GAP': 'A change arrived before the changes it follows.',
  'error.SYNC_TIMEOUT': 'The other computer stopped answering.',
  'error.SYNC_INCOMPLETE': 'The two computers do not yet hold the same changes.',
  'error.UNKNOWN_METHOD': 'Unknown request.',
  'error.FORBIDDEN': 'This request is not allowed.',
  'error.STAMP_IN_FUTURE':
    "A change is dated more than two days ahead of this computer's clock: check the clock of the computer that sent it.",
  'error.CHROMIUM_MISSING':
    'No Chromium browser was found to print with: install chromium, or name it with --chromium.',
  'error.CANCELLED': 'Cancelled: nothing was written or read.',
  'error.BUNDLE_NOT_A_BUNDLE': 'This file is not a Samanvay sync bundle.',
  'error.BUNDLE_VERSION':
    'This bundle was made by a newer or older Samanvay that this one cannot read.',
  'error.BUNDLE_NOT_FOR_THIS_NODE': 'This bundle was made for another computer.',
  'error.BUNDLE_UNKNOWN_SENDER': 'This bundle comes from a computer that is not known here.',
  'error.BUNDLE_SENDER_REVOKED': 'This bundle comes from a computer whose key has been revoked.',
  'error.BUNDLE_DAMAGED': 'The bundle is damaged, cut short or altered: nothing was imported.',
  'error.BUNDLE_TOO_LARGE': 'The bundle unpacks past the size limit: nothing was imported.',
  'error.BUNDLE_BAD_ENTRY':
    'The bundle holds an entry named outside its folder: nothing was imported.',
  'error.BUNDLE_NO_KEY':
    'That computer has not published its bundle key here yet: sync or pair first.',
  'error.INTERNAL': 'Something went wrong inside Samanvay.',
} satisfies Record<`error.${ErrorCode}`, string>;

/** English: the reference set of keys. Hindi and Bengali must have every one of them. */
export const en = {
  ...errors,
  ...boardMessages.en,
  ...galleryMessages.en,
  ...recordsMessages.en,
  ...recordsFormMessages.en,
  ...logMessages.en,
  ...syncMessages.en,
  ...searchMessages.en,
  ...dossierMessages.en,
  ...bundleMessages.en,
  ...bulletinMessages.en,
  ...lookoutMessages.en,
  ...meetingMessages.en,
  'app.name': 'Samanvay',
  'app.tagline': 'Coordination for border control rooms',
  'app.loading': 'Loading…',
  'app.retry': 'Try again',
  'app.skipToContent': 'Skip to main content',
  'app.disconnected': 'The connection to Samanvay was lost. Reload the page to reconnect.',
  'language.label': 'Language',
  'date.placeholder': 'dd/mm/yyyy',
  'date.timePlaceholder': 'dd/mm/yyyy hh:mm',

  'firstRun.title': 'Set up this computer',
  'firstRun.intro':
    "Samanvay keeps this control room's records in an encrypted database on this computer. Describe your office, say who you are and choose a passphrase.",
  'firstRun.officeSection': 'Your office',
  'firstRun.preset': 'Border office',
  'firstRun.presetPlaceholder': 'Pick an office, or fill in the details below',
  'firstRun.presetHint': 'Picking an office fills in the fields below; you can still change them.',
  'firstRun.nameEn': 'Office name in English',
  'firstRun.nameHi': 'Office name in Hindi',
  'firstRun.nameBn': 'Office name in Bengali',
  'firstRun.state': 'State',
  'firstRun.district': 'District',
  'firstRun.policeStations': 'Police stations',
  'firstRun.policeStationsHint': 'Type a name and press Enter.',
  'firstRun.operatorSection': 'You',
  'firstRun.operatorName': 'Your name',
  'firstRun.operatorRank': 'Rank',
  'firstRun.passphraseSection': 'Passphrase',
  'firstRun.passphraseHint':
    'At least 10 characters. Everyone who works at this computer needs it to open Samanvay.',
  'firstRun.passphrase': 'Passphrase',
  'firstRun.passphraseRepeat': 'Passphrase again',
  'firstRun.passphraseMismatch': 'The two passphrases are not the same.',
  'firstRun.required': 'This field must be filled in.',
  'firstRun.submit': 'Create office',

  'recovery.title': 'Your recovery key',
  'recovery.intro':
    'If the passphrase is ever forgotten, this key is the only way to open the database. It is shown only this once: print it or write it down, and keep it under lock.',
  'recovery.keyLabel': 'Recovery key',
  'recovery.print': 'Print',
  'recovery.confirm': 'I have printed it or written it down',
  'recovery.continue': 'Continue',

  'unlock.title': 'Unlock Samanvay',
  'unlock.intro': 'The database on this computer is locked.',
  'unlock.passphrase': 'Passphrase',
  'unlock.recoveryKey': 'Recovery key',
  'unlock.recoveryKeyHint': 'Type the groups as printed; dashes and spaces may be left out.',
  'unlock.useRecoveryKey': 'Use the recovery key instead',
  'unlock.usePassphrase': 'Use the passphrase instead',
  'unlock.useOsKeyStore': "Unlock with this computer's key store",
  'unlock.submit': 'Unlock',

  'frame.onDuty': 'On duty',
  'frame.computer': 'Computer',
  'frame.lock': 'Lock',
  'frame.navigation': 'Main navigation',

  'nav.board': 'Case board',
  'nav.gallery': 'Suspect gallery',
  'nav.log': 'Daily log',
  'nav.bulletin': 'Bulletin',
  'nav.meeting': 'Meeting',
  'nav.sync': 'Sync',
  'nav.settings': 'Settings',

  'case.fir': '{ps} PS Case No. {number}/{year}',
  'case.policeStation': 'Police station',
  'case.crimeHead': 'Crime head',
  'case.occurredAt': 'Occurred',
  'case.propertyValue': 'Property',
  'case.suspects': 'Suspects',
  'case.priority': 'Priority',
  'case.shared': 'Shared with the network',
  'case.localOnly': 'This office only',

  'priority.low': 'Low',
  'priority.normal': 'Normal',
  'priority.high': 'High',
  'priority.urgent': 'Urgent',

  'rank.constable': 'Constable',
  'rank.headConstable': 'Head Constable',
  'rank.asi': 'Assistant Sub-Inspector',
  'rank.si': 'Sub-Inspector',
  'rank.inspector': 'Inspector',
  'rank.dsp': 'Deputy Superintendent of Police',
  'rank.sp': 'Superintendent of Police',

  'settings.title': 'Settings',
  'settings.languageHint': 'Remembered on this computer.',
  'settings.operatorSection': 'Who is at the desk',
  'settings.operatorHint': 'Changes made from this computer are signed with this name.',
  'settings.save': 'Save',
  'settings.saved': 'Saved.',
  'settings.officeSection': 'This office',
  'settings.computerId': 'Computer ID',
} as const;

export type MessageKey = keyof typeof en;
/** A translation: every English key, none left out. */
export type Messages = Record<MessageKey, string>;
