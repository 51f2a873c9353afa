import type { PropertyItem } from './recordExtras';
import { parseSections } from './sections';

/** The total value of property items, in rupees. */
export function propertyTotal(items: readonly PropertyItem[]): number {
  return items.reduce((sum, item) => sum + item.value, 0);
}

/**
 * The case fields derived from others, as every writer keeps them: the parsed sections from
 * the sections as written (undefined `problem` when every part was read), and the property
 * value from the stolen items when there are any. Returns the fields to write.
 */
export function deriveCaseFields<
  F extends {
    sectionsWritten?: string;
    sections?: string[];
    stolenItems?: PropertyItem[];
    propertyValue?: number;
  },
>(fields: F): { fields: F; unreadable: string[] } {
  const derived = { ...fields };
  let unreadable: string[] = [];
  if (fields.sectionsWritten !== undefined && fields.sectionsWritten.trim() !== '') {
    const parsed = parseSections(fields.sectionsWritten);
    unreadable = parsed.unreadable;
    derived.sections = parsed.sections;
  }
  if (fields.stolenItems && fields.stolenItems.length > 0) {
    derived.propertyValue = propertyTotal(fields.stolenItems);
  }
  return { fields: derived, unreadable };
}
