/** The marking printed on every page of a bulletin. */
export const handlingMarking = 'RESTRICTED — FOR POLICE USE ONLY';

/** A bulletin's number: office and day, e.g. `jh-dhanbad/2026-11-30`. */
export function bulletinNumber(officeId: string, date: string): string {
  return `${officeId}/${date}`;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The footer Chromium prints on every page: page number, printed by whom, office and time IST,
 * bulletin number and handling marking. (Chromium fills `pageNumber` and `totalPages`.)
 */
export function bulletinFooter(input: {
  operator: string;
  office: string;
  printedAt: number;
  number: string;
}): string {
  const time = new Intl.DateTimeFormat('en-IN', {
    timeZone: 'Asia/Kolkata',
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(input.printedAt);
  return `<div style="font-size:7pt;width:100%;padding:0 14mm;display:flex;justify-content:space-between;font-family:sans-serif">
<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>
<span>Printed by ${escape(input.operator)}, ${escape(input.office)}, ${escape(time)} IST</span>
<span>Bulletin ${escape(input.number)}</span><span><b>${handlingMarking}</b></span></div>`;
}
