import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BulletinCase, BulletinData, BulletinLookout } from './bulletinData';
import { bulletinWords, type BulletinLanguage, type BulletinWord } from './bulletinWords';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A label in English and the second language: `CRIME / अपराध`. */
type Say = (word: BulletinWord) => string;

const istTime = (ms: number) =>
  new Intl.DateTimeFormat('en-IN', {
    timeZone: 'Asia/Kolkata',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);

/** Money in lakh: ₹12.5 lakh. */
const lakh = (rupees: number) =>
  rupees >= 100_000 ? `₹${(rupees / 100_000).toFixed(2).replace(/\.?0+$/, '')} lakh` : `₹${rupees}`;

/** Section 1: counts per office and crime head, each with a 30-day bar chart. */
export function summarySection(data: BulletinData, say: Say): string {
  if (data.counts.length === 0) return section(say('summary'), empty(say));
  const rows = data.counts
    .map(
      (row) =>
        `<tr><td>${escape(row.office)}</td><td>${escape(row.crimeHead)}</td><td class="num">${row.today}</td><td>${spark(row.days)}</td></tr>`,
    )
    .join('');
  return section(
    say('summary'),
    `<table><thead><tr><th>${say('office')}</th><th>${say('crimeHead')}</th><th>${say('today')}</th><th>30</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

function spark(days: number[]): string {
  const max = Math.max(1, ...days);
  const bars = days
    .map((value, index) => {
      const height = Math.round((18 * value) / max);
      return `<rect x="${index * 4}" y="${20 - height}" width="3" height="${height}"/>`;
    })
    .join('');
  return `<svg class="spark" viewBox="0 0 120 20" width="120" height="20">${bars}</svg>`;
}

/** Section 2: new lookout notices as photo cards, several per page, easy to cut out. */
export function lookoutSection(lookouts: BulletinLookout[], say: Say): string {
  if (lookouts.length === 0) return section(say('lookouts'), empty(say));
  return section(say('lookouts'), `<div class="cards">${lookouts.map(card).join('')}</div>`);
}

function card(lookout: BulletinLookout): string {
  const photo = lookout.photos[0];
  return `<div class="card">${photo ? `<img src="${photo}" alt="">` : '<div class="nophoto"></div>'}<p class="meta">${escape(lookout.office)} · ${istTime(lookout.at)}</p><p>${escape(lookout.text)}</p></div>`;
}

/** Section 3: arrests (log entries of category arrest) and hits on lookouts, with their replies. */
export function arrestSection(data: BulletinData, say: Say): string {
  if (data.arrests.length === 0) return section(say('arrests'), empty(say));
  const items = data.arrests
    .map((row) => `<li>${istTime(row.at)} · ${escape(row.office)}: ${escape(row.text)}</li>`)
    .join('');
  return section(say('arrests'), `<ul>${items}</ul>`);
}

/** Section 4: each case as CRIME / DATE-TIME / … / REFER TO, "unknown" where empty. */
export function caseSection(cases: BulletinCase[], say: Say): string {
  if (cases.length === 0) return section(say('cases'), empty(say));
  const field = (word: BulletinWord, value: string) =>
    `<tr><th>${say(word)}</th><td>${value.trim() === '' ? `<i>${say('unknown')}</i>` : escape(value)}</td></tr>`;
  const blocks = cases.map(
    (item) =>
      `<div class="case"><h3>${escape(item.caseNumber)} <small>(${say(item.isNew ? 'new' : 'updated')}, ${escape(item.office)})</small></h3><table class="fields">${[
        field('crime', item.crime),
        field('dateTime', item.occurredAt > 0 ? istTime(item.occurredAt) : ''),
        field('place', item.place),
        field('suspect', item.suspects.join('; ')),
        field('vehicle', item.vehicles.join(', ')),
        field('loss', item.loss > 0 ? lakh(item.loss) : ''),
        field('mo', item.mo),
        field('attention', item.attention),
        field('referTo', item.referTo),
      ].join('')}</table></div>`,
  );
  return section(say('cases'), blocks.join(''));
}

/** Section 5: MOs seen in cases of more than one office in the last 30 days. */
export function patternSection(data: BulletinData, say: Say): string {
  if (data.patterns.length === 0) return section(say('patterns'), empty(say));
  const items = data.patterns
    .map(
      (row) => `<li>${escape(row.mo)} — ${row.cases} (${row.offices.map(escape).join(', ')})</li>`,
    )
    .join('');
  return section(say('patterns'), `<ul>${items}</ul>`);
}

/** Section 6: lookouts withdrawn that day, with the reason given. */
export function withdrawnSection(withdrawn: BulletinLookout[], say: Say): string {
  if (withdrawn.length === 0) return section(say('withdrawn'), empty(say));
  return section(say('withdrawn'), `<div class="cards">${withdrawn.map(card).join('')}</div>`);
}

/** Section 7: the operators of each office (contact numbers arrive with issue 10). */
export function dutySection(data: BulletinData, say: Say): string {
  if (data.duty.length === 0) return section(say('duty'), empty(say));
  const rows = data.duty
    .map(
      (row) =>
        `<tr><td>${escape(row.office)}</td><td>${escape(row.rank)} ${escape(row.name)}</td></tr>`,
    )
    .join('');
  return section(say('duty'), `<table><tbody>${rows}</tbody></table>`);
}

const section = (title: string, body: string) => `<section><h2>${title}</h2>${body}</section>`;
const empty = (say: Say) => `<p class="empty">${say('none')}</p>`;

const require = createRequire(import.meta.url);
let fontCss: string | undefined;
/** The bundled Noto fonts (Latin, Devanagari, Bengali) inlined, so an offline PC shapes them (bulletin, lookout notice, meeting minutes). */
export function bulletinFonts(): string {
  fontCss ??= [
    ['@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', 400],
    ['@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2', 700],
    [
      '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2',
      400,
    ],
    ['@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff2', 400],
  ]
    .map(
      ([file, weight]) =>
        `@font-face{font-family:"Bulletin";font-weight:${weight};src:url(data:font/woff2;base64,${readFileSync(require.resolve(String(file))).toString('base64')}) format("woff2");}`,
    )
    .join('');
  return fontCss;
}

/** The whole bulletin as one HTML page for A4, English plus `language`, sections in order. */
export function bulletinHtml(data: BulletinData, language: BulletinLanguage): string {
  const say: Say = (word) => `${bulletinWords.en[word]} / ${bulletinWords[language][word]}`;
  const body = [
    summarySection(data, say),
    lookoutSection(data.lookouts, say),
    arrestSection(data, say),
    caseSection(data.cases, say),
    patternSection(data, say),
    withdrawnSection(data.withdrawn, say),
    dutySection(data, say),
  ].join('');
  const offices = data.offices.map((office) => escape(office.name)).join(', ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${say('title')}</title><style>${bulletinFonts()}
@page{size:A4;margin:22mm 14mm 20mm 14mm}
body{font-family:"Bulletin",sans-serif;font-size:10pt;color:#000}
h1{font-size:15pt;margin:0 0 4mm}h2{font-size:12pt;border-bottom:1px solid #000;margin:5mm 0 2mm}
h3{font-size:10.5pt;margin:3mm 0 1mm}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #999;padding:1mm 2mm;text-align:left;vertical-align:top}
.fields th{width:32%;font-weight:700}.num{text-align:right}.spark rect{fill:#333}
.case{break-inside:avoid}.cards{display:flex;flex-wrap:wrap;gap:3mm}
.card{width:56mm;border:1px dashed #000;padding:2mm;break-inside:avoid}
.card img{width:100%;height:60mm;object-fit:cover}.nophoto{height:60mm;background:#eee}
.meta{font-size:8pt}.empty{font-style:italic}
</style></head><body><h1>${say('title')} — ${escape(data.date)}</h1><p>${offices}</p>${body}</body></html>`;
}
