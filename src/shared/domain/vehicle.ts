/**
 * Indian registration numbers: `JH-10-AB-1234`, `jh10ab1234` and `JH 10 AB 1234` are one vehicle.
 * State (2 letters), RTO (1–2 digits), series (0–3 letters), number (1–4 digits).
 * Bharat-series numbers (`22 BH 1234 AA`) are kept as well.
 */
const stateSeries = /^([A-Z]{2})(\d{1,2})([A-Z]{0,3})(\d{1,4})$/;
const bharatSeries = /^(\d{2})(BH)(\d{4})([A-Z]{1,2})$/;

/** Canonical form `JH-10-AB-1234`, or undefined when the text is not a registration number. */
export function normaliseRegistration(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s.\-_/]/g, '');
  const state = stateSeries.exec(compact);
  if (state) {
    const [, code, rto, series, number] = state;
    const parts = [code, (rto ?? '').padStart(2, '0'), series, (number ?? '').padStart(4, '0')];
    return parts.filter((part) => part !== '').join('-');
  }
  const bharat = bharatSeries.exec(compact);
  if (bharat) return bharat.slice(1).join('-');
  return undefined;
}
