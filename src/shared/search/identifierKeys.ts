import { normaliseRegistration } from '../domain/vehicle';
import { normaliseText } from '../text/normaliseText';

/** A registration number's parts: state, district (RTO), series and number. */
export interface VehicleParts {
  state: string;
  district: string;
  series: string;
  number: string;
}

/** The parts of a registration number written any way (`JH10AB1234`, `JH-10 AB 1234`), or undefined. */
export function vehicleParts(text: string): VehicleParts | undefined {
  const canonical = normaliseRegistration(normaliseText(text));
  if (!canonical) return undefined;
  const parts = canonical.split('-');
  if (parts.length === 4) {
    const [state = '', district = '', series = '', number = ''] = parts;
    return { state, district, series, number };
  }
  if (parts.length === 3) {
    const [state = '', district = '', number = ''] = parts;
    return { state, district, series: '', number };
  }
  return undefined;
}

function compact(text: string): string {
  return normaliseText(text)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * The stored form of a vehicle: its canonical registration number, letters and digits only
 * (`JH-10 AB 1234` → `JH10AB1234`); text that is no registration number is only compacted.
 */
export function vehicleKey(text: string): string {
  return compact(normaliseRegistration(normaliseText(text)) ?? text);
}

/**
 * The forms a searched vehicle may take inside stored keys: as typed, compacted (a part such
 * as "AB 1234"), and, when it reads as a whole registration number, its canonical form.
 */
export function vehicleQueryKeys(text: string): string[] {
  return [...new Set([compact(text), vehicleKey(text)])].filter((key) => key.length >= 3);
}

/** The stored, searched form of a phone: its last ten digits (`+91 98765 43210` → `9876543210`). */
export function phoneKey(text: string): string {
  const digits = normaliseText(text).replace(/\D/g, '');
  return digits.length > 10 ? digits.slice(-10) : digits;
}

/** Registration numbers written inside free text (a log entry, a case summary), canonical. */
export function vehiclesInText(text: string): string[] {
  const found = new Set<string>();
  const pattern = /\b[A-Za-z]{2}[\s.-]?\d{1,2}[\s.-]?[A-Za-z]{0,3}[\s.-]?\d{1,4}\b/g;
  for (const match of normaliseText(text).matchAll(pattern)) {
    const key = vehicleKey(match[0]);
    if (normaliseRegistration(match[0])) found.add(key);
  }
  return [...found];
}

/** Phone numbers (ten digits, with an optional +91 or 0) written inside free text. */
export function phonesInText(text: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:\+?91[\s-]?|0)?[6-9]\d{4}[\s-]?\d{5}\b/g;
  for (const match of normaliseText(text).matchAll(pattern)) found.add(phoneKey(match[0]));
  return [...found];
}
