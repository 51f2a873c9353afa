/** Prints one figure against its budget; returns whether it is within. */
export function report(
  name: string,
  value: number,
  unit: string,
  budget: { max?: number; min?: number },
): boolean {
  const within =
    (budget.max === undefined || value <= budget.max) &&
    (budget.min === undefined || value >= budget.min);
  const limit =
    budget.max !== undefined
      ? `≤ ${budget.max}`
      : budget.min !== undefined
        ? `≥ ${budget.min}`
        : '';
  const shown = value >= 100 ? Math.round(value).toLocaleString('en-IN') : value.toFixed(2);
  console.log(
    `${within ? 'ok  ' : 'OVER'} ${name.padEnd(44)} ${shown.padStart(12)} ${unit.padEnd(10)} budget ${limit} ${unit}`,
  );
  return within;
}

/** Prints a figure that has no budget. */
export function note(name: string, value: number, unit: string): void {
  const shown = value >= 100 ? Math.round(value).toLocaleString('en-IN') : value.toFixed(2);
  console.log(`     ${name.padEnd(44)} ${shown.padStart(12)} ${unit}`);
}
