import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CaseFields } from '../../../shared/domain/records';
import { failWith } from '../../test/fakeClient';
import { renderWithProviders } from '../../test/renderWithProviders';
import { CaseForm } from './CaseForm';
import { blankItem, validateExtras } from './caseExtrasForm';
import { blankCaseForm, validateCaseForm } from './caseFormValues';

/** 16 January 2025, 1:30 am IST. */
const now = Date.UTC(2025, 0, 15, 20, 0);

function renderForm(language: 'en' | 'hi' | 'bn' = 'en') {
  const onSubmit = vi.fn(async (_fields: CaseFields) => undefined);
  renderWithProviders(
    <CaseForm
      mode="create"
      initial={blankCaseForm(now, 'Nirsa')}
      policeStations={['Nirsa', 'Chirkunda']}
      onSubmit={onSubmit}
      onCancel={() => undefined}
      now={() => now}
    />,
    { language },
  );
  return onSubmit;
}

async function fill(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
  return Promise.resolve();
}

/** Picks an option of a Mantine select by its visible label. */
async function choose(label: RegExp, option: string) {
  await userEvent.click(screen.getAllByLabelText(label)[0] as HTMLElement);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('CaseForm', () => {
  it('refuses a bad FIR number, bad sections, a future date and a negative value, naming each', async () => {
    const onSubmit = renderForm();
    await fill(/FIR number/, '12AB34');
    await choose(/Crime head/, 'Theft');
    await fill(/Sections as in the FIR/, 'BNS 303(2), robbery');
    await fill(/Occurred at/, '16/01/2025 09:00');
    await fill(/Property value/, '-500');
    await userEvent.click(screen.getByRole('button', { name: 'Create case' }));

    expect(screen.getByText('Correct the 4 marked fields.')).toBeTruthy();
    expect(screen.getByText(/An FIR number is up to 6 digits/)).toBeTruthy();
    expect(screen.getByText(/Write each as the act, a space and the section/)).toBeTruthy();
    expect(screen.getByText('The date and time cannot be in the future.')).toBeTruthy();
    expect(screen.getByText('The value cannot be less than zero.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends a valid case with the IST time as epoch ms, upper-case FIR and split sections', async () => {
    const onSubmit = renderForm();
    await fill(/FIR number/, '45/b');
    await choose(/Crime head/, 'Coal theft');
    await fill(/Sections as in the FIR/, 'u/s 303(2)/317(2) BNS, 25(1-b)a/26 Arms Act');
    expect(screen.getByTestId('sections-read').textContent).toBe(
      'Read as: BNS 303(2), BNS 317(2), Arms Act 25(1-b)a, Arms Act 26',
    );
    await fill(/Occurred at/, '15/01/2025 22:15');
    await fill(/Property value/, '1,25,000');
    await userEvent.click(screen.getByRole('button', { name: 'Create case' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      policeStation: 'Nirsa',
      firNumber: '45/B',
      firYear: 2025,
      sections: ['BNS 303(2)', 'BNS 317(2)', 'Arms Act 25(1-b)a', 'Arms Act 26'],
      sectionsWritten: 'u/s 303(2)/317(2) BNS, 25(1-b)a/26 Arms Act',
      crimeHead: 'coal_theft',
      occurredAt: Date.UTC(2025, 0, 15, 16, 45),
      propertyValue: 125_000,
      lane: 'registered',
      complainant: null,
      stolenItems: [],
    });
  });

  it('gives the errors in Bengali when the operator works in Bengali', async () => {
    const onSubmit = renderForm('bn');
    await userEvent.click(screen.getByRole('button', { name: 'মামলা নথিভুক্ত করুন' }));
    expect(screen.getByText('অন্তত একটি আইন ও ধারা লিখুন।')).toBeTruthy();
    expect(screen.getAllByText('এটি পূরণ করুন।').length).toBe(2);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows core's refusal as its code's message and keeps what was typed", async () => {
    renderWithProviders(
      <CaseForm
        mode="create"
        initial={{
          ...blankCaseForm(now, 'Nirsa'),
          firNumber: '7',
          crimeHead: 'theft',
          sections: 'BNS 303(2)',
        }}
        policeStations={[]}
        onSubmit={async () => failWith('LOCKED')()}
        onCancel={() => undefined}
        now={() => now}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create case' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The database is locked: unlock it first.',
    );
    expect(screen.getByLabelText<HTMLInputElement>(/FIR number/).value).toBe('7');
  });
});

describe('validateCaseForm', () => {
  const valid = {
    ...blankCaseForm(now, 'Nirsa'),
    firNumber: '1',
    crimeHead: 'robbery' as const,
    sections: 'IPC 392',
  };

  it('accepts the FIR and section forms registers use', () => {
    for (const firNumber of ['1', '123456', '123A', '45/B', '9-XYZ'])
      expect(validateCaseForm({ ...valid, firNumber }, now), firNumber).toEqual({});
    for (const sections of ['BNS 309(4)', 'NDPS 20(b)(ii)', 'Arms Act 25(1-b), IPC 379'])
      expect(validateCaseForm({ ...valid, sections }, now), sections).toEqual({});
  });

  it('refuses a year after this one, a value in words, and an occurrence one minute ahead', () => {
    expect(validateCaseForm({ ...valid, firYear: '2026' }, now).firYear).toBe(
      'board.form.firYearRange',
    );
    expect(validateCaseForm({ ...valid, propertyValue: 'ten' }, now).propertyValue).toBe(
      'board.form.valueNumber',
    );
    expect(validateCaseForm({ ...valid, occurredAt: '2025-01-16T01:31' }, now).occurredAt).toBe(
      'board.form.dateFuture',
    );
    expect(validateCaseForm({ ...valid, occurredAt: '2025-01-16T01:30' }, now)).toEqual({});
  });

  it('reads every section string FIRs use, and checks the FIR people, IO mobile and items', () => {
    for (const sections of [
      'u/s 303(2)/317(2)/3(5) BNS',
      '25(1-b)a/26/35 Arms Act',
      '3(1)(r) SC/ST (PoA) Act',
      '66C/66D IT Act',
      'धारा 303(2) बीएनएस',
      '4/5 WB Animal Slaughter Control Act 1950',
    ])
      expect(validateCaseForm({ ...valid, sections }, now), sections).toEqual({});
    const extras = valid.extras;
    const bad = {
      ...valid,
      extras: {
        ...extras,
        ioMobile: 'call him',
        victims: [{ ...extras.complainant, name: '' }],
        stolenItems: [{ ...blankItem('mobile_phone'), imei: '1234' }],
      },
    };
    expect(validateExtras(bad.extras, 0)).toEqual({
      ioMobile: 'records.error.phone',
      'victims.0.name': 'board.form.required',
      'stolenItems.0.imei': 'records.error.imei',
    });
    expect(validateCaseForm(bad, now).extras).toBe('board.form.required');
  });
});
