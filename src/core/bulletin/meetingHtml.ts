import type { AgendaSuspect, ExchangedLists, TaskView } from '../../shared/api/meetingContract';
import type { LogEntryView } from '../../shared/api/views';
import { bulletinFonts } from './bulletinHtml';
import type { BulletinLanguage } from './bulletinWords';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The printed words of a meeting's record: English, then the office's language. */
const words = {
  en: {
    title: 'Joint meeting: minutes and exchanged lists',
    minutes: 'Minutes',
    tasks: 'Decisions (tasks)',
    wanted: 'Wanted',
    historySheeters: 'History-sheeters',
    active: 'Active criminals',
    station: 'Police station',
    name: 'Name',
    office: 'Office',
    owner: 'Owner office',
    due: 'Due',
    none: 'None',
    unknown: 'unknown',
  },
  hi: {
    title: 'संयुक्त बैठक: कार्यवृत्त और साझा की गई सूचियाँ',
    minutes: 'कार्यवृत्त',
    tasks: 'निर्णय (कार्य)',
    wanted: 'वांछित',
    historySheeters: 'हिस्ट्रीशीटर',
    active: 'सक्रिय अपराधी',
    station: 'थाना',
    name: 'नाम',
    office: 'कार्यालय',
    owner: 'ज़िम्मेदार कार्यालय',
    due: 'अंतिम तिथि',
    none: 'कोई नहीं',
    unknown: 'अज्ञात',
  },
  bn: {
    title: 'যৌথ বৈঠক: বিবরণ ও বিনিময় করা তালিকা',
    minutes: 'বৈঠকের বিবরণ',
    tasks: 'সিদ্ধান্ত (কাজ)',
    wanted: 'ওয়ান্টেড',
    historySheeters: 'হিস্ট্রিশিটার',
    active: 'সক্রিয় অপরাধী',
    station: 'থানা',
    name: 'নাম',
    office: 'দপ্তর',
    owner: 'দায়িত্বপ্রাপ্ত দপ্তর',
    due: 'শেষ তারিখ',
    none: 'কিছু নেই',
    unknown: 'অজ্ঞাত',
  },
} as const;
type Word = keyof (typeof words)['en'];

const istTime = (ms: number) =>
  new Intl.DateTimeFormat('en-IN', {
    timeZone: 'Asia/Kolkata',
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(ms);

/** What a meeting's record prints. */
export interface MeetingRecord {
  offices: string[];
  at: number;
  minutes: LogEntryView[];
  tasks: TaskView[];
  lists: ExchangedLists;
}

/**
 * The meeting's record as one A4 HTML page, English plus `language`: the minutes, the
 * decisions with owner and due day, and the exchanged lists (wanted, history-sheeters, active
 * criminals), each grouped by police station. Printed like the bulletin, with its fonts.
 */
export function meetingHtml(record: MeetingRecord, language: BulletinLanguage): string {
  const say = (word: Word) => `${words.en[word]} / ${words[language][word]}`;
  const none = `<p><i>${say('none')}</i></p>`;
  const minutes =
    record.minutes.length === 0
      ? none
      : `<ul>${record.minutes
          .map((entry) => `<li>${escape(istTime(entry.at))} — ${escape(entry.text)}</li>`)
          .join('')}</ul>`;
  const tasks =
    record.tasks.length === 0
      ? none
      : `<table><thead><tr><th>${say('tasks')}</th><th>${say('owner')}</th><th>${say('due')}</th></tr></thead><tbody>${record.tasks
          .map(
            (task) =>
              `<tr><td>${escape(task.entry.text)}</td><td>${escape(task.owner)}</td><td>${escape(istTime(task.dueAt))}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const list = (title: Word, people: AgendaSuspect[]) =>
    `<section><h2>${say(title)} (${people.length})</h2>${people.length === 0 ? none : byStation(people, say)}</section>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${say('title')}</title><style>${bulletinFonts()}
@page{size:A4;margin:18mm 14mm 20mm 14mm}
body{font-family:"Bulletin",sans-serif;font-size:10pt;color:#000}
h1{font-size:15pt;margin:0 0 3mm}h2{font-size:12pt;border-bottom:1px solid #000;margin:5mm 0 2mm}
h3{font-size:10.5pt;margin:3mm 0 1mm}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #999;padding:1mm 2mm;text-align:left;vertical-align:top}
</style></head><body><h1>${say('title')}</h1><p>${escape(record.offices.join(', '))} — ${escape(istTime(record.at))} IST</p>
<section><h2>${say('minutes')}</h2>${minutes}</section><section><h2>${say('tasks')}</h2>${tasks}</section>
${list('wanted', record.lists.wanted)}${list('historySheeters', record.lists.historySheeters)}${list('active', record.lists.activeCriminals)}
</body></html>`;
}

function byStation(people: AgendaSuspect[], say: (word: Word) => string): string {
  const stations = new Map<string, AgendaSuspect[]>();
  for (const person of people) {
    const station = person.policeStation || say('unknown');
    stations.set(station, [...(stations.get(station) ?? []), person]);
  }
  return [...stations.entries()]
    .map(
      ([station, group]) =>
        `<h3>${say('station')}: ${escape(station)}</h3><table><tbody>${group
          .map(
            (person) =>
              `<tr><td>${escape(person.name)}</td><td>${escape(person.status)}</td><td>${escape(person.historySheetNumber)}</td><td>${escape(person.officeId)}</td></tr>`,
          )
          .join('')}</tbody></table>`,
    )
    .join('');
}
