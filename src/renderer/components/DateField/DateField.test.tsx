import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../i18n/languages';
import { renderWithProviders } from '../../test/renderWithProviders';
import { DateField } from './DateField';

function Harness({ onChange, initial }: { onChange: (v?: string) => void; initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="From"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
      clearable
    />
  );
}

function renderField(language: Language, initial?: string) {
  const onChange = vi.fn();
  renderWithProviders(<Harness onChange={onChange} initial={initial} />, { language });
  return { onChange, input: screen.getByLabelText<HTMLInputElement>('From') };
}

describe('DateField', () => {
  it.each<[Language, string]>([
    ['en', '03/04/2025'],
    ['hi', '03/04/2025'],
    ['bn', '০৩/০৪/২০২৫'],
  ])('shows a date as dd/mm/yyyy in %s, in the language’s digits', (language, shown) => {
    const { input } = renderField(language, '2025-04-03');
    expect(input.value).toBe(shown);
  });

  it('reads Bengali digits typed in Bengali, shows them back, and numbers the calendar’s days in them', async () => {
    const { input, onChange } = renderField('bn');
    await userEvent.type(input, '০৩/০৪/২০২৫');
    expect(onChange).toHaveBeenLastCalledWith('2025-04-03');
    // The 15th appears only in the open calendar.
    expect(await screen.findByText('১৫')).toBeTruthy();
    expect(screen.getByText(/এপ্রিল ২০২৫/)).toBeTruthy();
    await userEvent.tab();
    expect(input.value).toBe('০৩/০৪/২০২৫');
  });

  it('reads a typed dd/mm/yyyy date day first', async () => {
    const { input, onChange } = renderField('en');
    await userEvent.type(input, '03/04/2025');
    expect(onChange).toHaveBeenLastCalledWith('2025-04-03');
    await userEvent.tab();
    expect(input.value).toBe('03/04/2025');
  });

  it('asks for dd/mm/yyyy in the language of the screen', () => {
    expect(renderField('hi').input.placeholder).toBe('दिन/माह/वर्ष');
  });
});
