import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Client } from '../../shared/api/client';
import { ClientProvider } from '../api/ClientProvider';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Language } from '../i18n/languages';
import { theme } from '../theme';
import { createFakeClient } from './fakeClient';

/** Renders a screen as the app would: Mantine (test env), a language and a client. */
export function renderWithProviders(
  ui: ReactElement,
  options: { client?: Client; language?: Language } = {},
): RenderResult {
  const client = options.client ?? createFakeClient({});
  return render(
    <MantineProvider theme={theme} env="test">
      <I18nProvider initial={options.language ?? 'en'}>
        <ClientProvider client={client}>{ui}</ClientProvider>
      </I18nProvider>
    </MantineProvider>,
  );
}
