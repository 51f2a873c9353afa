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
  it.each<Language>(['en', 'hi', 'bn'])('shows a date as dd/mm/yyyy in %s', (language) => {
    const { input } = renderField(language, '2025-04-03');
    expect(input.value).toBe('03/04/2025');
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
