import type { LookoutView } from '../../shared/api/lookoutContract';
import { getOffice } from '../repos/officeRepo';
import type { NodeContext } from '../node/nodeContext';
import { getPhoto } from '../photos/photoStorage';
import { bulletinFonts } from './bulletinHtml';
import { lookoutKindWords, lookoutNoticeWords } from './lookoutNoticeWords';

type NoticeWord = keyof (typeof lookoutNoticeWords)['en'];

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const istDate = (ms: number) =>
  new Intl.DateTimeFormat('en-IN', {
    timeZone: 'Asia/Kolkata',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(ms);

/** Money in lakh and crore: ₹50,000 · ₹2 lakh · ₹1.5 crore. */
export function rupees(amount: number): string {
  if (amount >= 10_000_000)
    return `₹${(amount / 10_000_000).toFixed(2).replace(/\.?0+$/, '')} crore`;
  if (amount >= 100_000) return `₹${(amount / 100_000).toFixed(2).replace(/\.?0+$/, '')} lakh`;
  return `₹${amount.toLocaleString('en-IN')}`;
}

/**
 * A lookout as a one-page A4 notice: the kind as its heading, the photo, particulars, action
 * requested, validity, reward and the issuing office, every label in English and `language`.
 * HTML printed as the bulletin is (Chromium's print to PDF; the renderer's print path).
 */
export function lookoutNoticeHtml(
  context: NodeContext,
  lookout: LookoutView,
  language: 'hi' | 'bn',
): string {
  const say = (word: NoticeWord) =>
    `${lookoutNoticeWords.en[word]} / ${lookoutNoticeWords[language][word]}`;
  const db = context.store.db;
  const office = getOffice(db, lookout.officeId);
  const officeName = office
    ? [office.nameEn, language === 'hi' ? office.nameHi : office.nameBn]
        .filter((name) => name !== '')
        .join(' / ')
    : lookout.officeId;
  const photo = lookout.photo ? getPhoto(db, lookout.photo, 'full') : undefined;
  const picture = photo
    ? `<img class="photo" src="data:${photo.mime};base64,${Buffer.from(photo.bytes).toString('base64')}" alt="">`
    : '';
  const rows: Array<[NoticeWord, string]> = [
    ['name', lookout.name],
    ['fatherName', lookout.fatherName],
    ['age', lookout.age === null ? '' : String(lookout.age)],
    ['alias', lookout.aliases.join(', ')],
    ['particulars', lookout.particulars],
    ['vehicle', lookout.vehicle],
    ['phone', lookout.phone],
    ['action', lookout.action],
    ['valid', `${istDate(lookout.validFrom)} – ${istDate(lookout.validUntil)}`],
    ['reward', lookout.reward > 0 ? rupees(lookout.reward) : ''],
    ['office', officeName],
  ];
  const table = rows
    .filter(([, value]) => value !== '')
    .map(([word, value]) => `<tr><th>${say(word)}</th><td>${escape(value)}</td></tr>`)
    .join('');
  const heading = `${lookoutKindWords.en[lookout.kind]} / ${lookoutKindWords[language][lookout.kind]}`;
  const stamp = lookout.withdrawn ? `<p class="withdrawn">${say('withdrawn')}</p>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${say('notice')}</title><style>${bulletinFonts()}
@page{size:A4;margin:16mm}
body{font-family:"Bulletin",sans-serif;font-size:12pt;color:#000}
h1{font-size:26pt;text-align:center;margin:0 0 2mm}.sub{text-align:center;margin:0 0 6mm}
.photo{display:block;margin:0 auto 6mm;max-width:80mm;max-height:95mm;object-fit:contain;border:1px solid #000}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #666;padding:2mm 3mm;text-align:left;vertical-align:top}
th{width:38%}.inform{margin-top:6mm;font-weight:700;text-align:center}
.withdrawn{font-size:20pt;text-align:center;border:3px solid #000;padding:2mm}
main{break-inside:avoid}
</style></head><body><main><h1>${heading}</h1><p class="sub">${say('notice')}</p>${stamp}${picture}<table><tbody>${table}</tbody></table><p class="inform">${escape(lookoutNoticeWords.en.inform)}<br>${escape(lookoutNoticeWords[language].inform)}</p></main></body></html>`;
}
