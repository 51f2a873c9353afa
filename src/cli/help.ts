/** The CLI's help text: one block per command. */
const initHelp = `samanvay init --db FILE --office NAME [--office-id ID] [--operator NAME] [--rank RANK] [--json]
  Creates the encrypted database, its key file and this node's identity; prints the node id
  and the recovery key (shown once: print it and keep it safe).
  NAME may be a border office's id or English name (e.g. jh-dhanbad), which brings its
  Hindi and Bengali names and police stations.`;

const demoHelp = `samanvay demo --db FILE [--cases N] [--suspects N] [--days N] [--photos N] [--log-entries N]
             [--office ID] [--seed N] [--json]
  Fills a database with realistic demo data from the border districts (creating it first, as
  --office, default jh-dhanbad, if it does not exist): cases across the lanes, suspects with
  names in English, Hindi and Bengali, generated photos, links, and the coordination log over
  the last --days days, including records of the other offices as if synchronised.
  Defaults: 300 cases, 150 suspects, 7 days, 40 photos, 40 log entries a day.`;

const statsHelp = `samanvay stats --db FILE [--json] [--recovery-key-file F]
  Node id, office, counts of every record kind, and of changes and commits.`;

const recordsHelp = `samanvay import --db FILE --json FILE
  Imports a records file: every record is validated first; if any is invalid nothing is
  imported and the error names the record and field.
samanvay export --db FILE --json [--out FILE]
  Writes every record this node holds as JSON (to standard output unless --out).`;

const keysHelp = `samanvay passphrase --db FILE      change the passphrase (new one from SAMANVAY_NEW_PASSPHRASE)
samanvay rekey --db FILE           rotate the database's data key (rewrites the file)
samanvay unlock-check --db FILE [--recovery-key-file F]
                                   check that the passphrase (or recovery key) opens the database
  The current passphrase comes from SAMANVAY_PASSPHRASE or --passphrase-file; a recovery key
  file may stand in for it.`;

const harnessHelp = `samanvay harness --db FILE [--port N] [--listen HOST:PORT] [--renderer DIR] [--kdf-fast]
  Serves the built UI (npm run build:renderer) and the API on 127.0.0.1 only, behind a random
  per-run token, on a real core and encrypted database (created from the first-run screen if
  FILE does not exist). Syncs with paired peers while unlocked (accepting them on --listen).
  Prints "Harness: URL"; open that URL in Chromium. Ctrl+C stops it.`;

const syncHelp = `samanvay node --db FILE [--listen HOST:PORT] [--json]
  Runs this node headless: accepts its paired peers on HOST:PORT (TLS 1.3, pinned keys; default:
  the address saved on the Sync screen), dials them, relays and pushes changes live; one log
  line per event; stops on Ctrl+C or SIGTERM.
samanvay peer add --db FILE --id NODEID --office OFFICE_ID --address HOST:PORT
samanvay peer list --db FILE [--json]
samanvay peer remove --db FILE --id NODEID
  Pairs (or unpairs) a peer on this side; pair this node on the other side too. Read the node
  id (the fingerprint \`samanvay stats\` shows) and the office id out over the phone and compare:
  a peer that claims another office is refused. Its full key is pinned at first contact.
samanvay sync --db FILE --peer NODEID --once [--timeout SECONDS] [--verbose] [--json]
  Syncs with one paired peer, photos included, and exits 0 only when each holds every change and
  photo the other may share with it and nothing was refused either way; otherwise exits 1 with
  the counts and the first reason, and says which records stay behind and why. --json prints a
  report (sent, received, refused on each side, photos, ms). A peer that refuses this computer
  ends it at once (PEER_UNKNOWN…). Default timeout 120 s.`;

const searchHelp = `samanvay search --db FILE "QUERY" [--kind suspect|case|log|vehicle|phone] [--limit N] [--json]
  Ranked search: names in any script (add "s/o NAME" and "age N" to weigh them), vehicle and
  phone numbers however written or in part, and the full text of cases, suspects and log
  entries. --json lists each hit's kind, id, score and reasons; when more than 2,000 records
  match the words, they are ranked among the newest 2,000 only and each hit says newestOf.`;

const bundleHelp = `samanvay bundle export --db FILE --for NODEID --out FILE [--full] [--json]
  Writes a sync bundle for one peer: the changes and photos it lacks since it last
  acknowledged (by bundle or over the network), or everything with --full; signed by this
  node, encrypted for the peer's bundle key, written atomically.
samanvay bundle import --db FILE IN_FILE [--dry-run] [--json]
  Verifies a bundle (sender, recipient, signature, integrity), prints what it brings per
  office and its date range, and applies it through the sync receive path; --dry-run only
  previews. Importing the same or an older bundle again changes nothing.
samanvay bundle ack --db FILE --out FILE [--for NODEID] [--json]
  Writes the acknowledgement to carry back (by default to the sender of the last bundle
  imported), so its next bundle for this node holds only what is new.`;

const bulletinHelp = `samanvay bulletin --db FILE --date YYYY-MM-DD --out FILE.pdf [--lang hi|bn] [--offices ID,ID]
  [--to YYYY-MM-DD] [--chromium PATH]
  Prints the daily crime bulletin of that IST day (or of --date to --to) to an A4 PDF (English
  and Hindi or Bengali) with the system's Chromium: --chromium PATH, else SAMANVAY_CHROMIUM,
  else /usr/bin/chromium or another usual place (CHROMIUM_MISSING when there is none: apt
  install chromium).`;

const meetingHelp = `samanvay meeting agenda --db FILE --with OFFICE[,OFFICE…] [--json]
samanvay meeting lists --db FILE --with OFFICE[,OFFICE…] [--json]
  The joint agenda of this office and the offices --with (open lookouts, wanted persons,
  unsolved cross-border cases, suspects of the last 30 days, overdue requests), or the lists
  exchanged (wanted, history-sheeters, active criminals, by police station).
samanvay meeting minute --db FILE --with OFFICE[,…] --text TEXT [--json]
samanvay meeting decide --db FILE --with OFFICE[,…] --text TEXT --owner OFFICE
                        --due YYYY-MM-DD[THH:MM] [--json]
  Records a minute (a log entry to the offices present) or a decision: a task of the owner
  office (one present), due at the IST time given (a day alone: the end of that day).
samanvay meeting tasks --db FILE [--json]
samanvay meeting done --db FILE TASK_ID [--json]
  The open tasks this office owns or recorded, soonest due first; marks one done.
samanvay meeting export --db FILE --with OFFICE[,…] --out DIR [--lang hi|bn] [--chromium PATH] [--json]
  In one step, into the folder DIR (e.g. the USB stick): today's minutes, decisions and the
  exchanged lists as an A4 PDF (printed as the bulletin is), and a bundle for each node of the
  other offices present. An unknown office is refused (NOT_FOUND) before anything is written.`;

export const helpText = `samanvay: the Samanvay node, for administrators and scripts.
The passphrase comes from SAMANVAY_PASSPHRASE or --passphrase-file, never from the command line.

${initHelp}

${demoHelp}

${statsHelp}

${recordsHelp}

${keysHelp}

${harnessHelp}

${syncHelp}

${searchHelp}

${bundleHelp}

${bulletinHelp}

${meetingHelp}`;
