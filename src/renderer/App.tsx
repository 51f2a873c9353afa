import { Center, Loader, MantineProvider, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { Client } from '../shared/api/client';
import type { InitResult } from '../shared/api/views';
import { ClientProvider, useClient } from './api/ClientProvider';
import { AppFrame } from './components/AppFrame/AppFrame';
import { ErrorAlert } from './components/ErrorAlert/ErrorAlert';
import { PhotoCacheProvider } from './components/PhotoThumb/PhotoThumb';
import { I18nProvider, useI18n } from './i18n/I18nProvider';
import type { Language } from './i18n/languages';
import { BoardPage } from './pages/Board/Board.page';
import { BulletinPage } from './pages/Bulletin/Bulletin.page';
import { DuplicatesPage } from './pages/Duplicates/Duplicates.page';
import { PatternsPage } from './pages/Patterns/Patterns.page';
import { MeetingPage } from './pages/Meeting/Meeting.page';
import { FirstRunPage } from './pages/FirstRun/FirstRun.page';
import { GalleryPage } from './pages/Gallery/Gallery.page';
import { LogPage } from './pages/Log/Log.page';
import { askFirstPageEarly } from './pages/Log/logDayPage';
import { LookoutsPage } from './pages/Lookouts/Lookouts.page';
import { RecoveryKeyPage } from './pages/RecoveryKey/RecoveryKey.page';
import { SettingsPage } from './pages/Settings/Settings.page';
import { SyncPage } from './pages/Sync/Sync.page';
import { UnlockPage } from './pages/Unlock/Unlock.page';
import { useHashRoute, type Route } from './routing/useHashRoute';
import { SessionProvider, useSession } from './session/SessionProvider';
import { cssVariablesResolver, theme } from './theme';

export interface AppProps {
  client: Client;
  /** `test` turns off transitions and portals (component tests). */
  env?: 'default' | 'test';
  language?: Language;
}

/** The whole renderer: providers, then the screen the session's state calls for. */
export function App({ client, env = 'default', language }: AppProps) {
  return (
    <MantineProvider theme={theme} env={env} cssVariablesResolver={cssVariablesResolver}>
      <I18nProvider initial={language}>
        <ClientProvider client={client}>
          <PhotoCacheProvider>
            <SessionProvider>
              <SessionGate />
            </SessionProvider>
          </PhotoCacheProvider>
        </ClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}

type FirstRunStep = { step: 'form' } | { step: 'recovery'; result: InitResult; officeName: string };

/**
 * Picks the screen: first run, unlock, or the app. Once first run has started it stays on
 * screen until the recovery key is confirmed, even though core reports 'unlocked' earlier.
 */
function SessionGate() {
  const { status, error, refresh, setStatus } = useSession();
  const { t } = useI18n();
  const [firstRun, setFirstRun] = useState<FirstRunStep | undefined>(undefined);
  if (status?.state === 'new' && !firstRun) setFirstRun({ step: 'form' });

  if (firstRun?.step === 'form') {
    return (
      <FirstRunPage
        onInitialised={(result, officeName) =>
          setFirstRun({ step: 'recovery', result, officeName })
        }
      />
    );
  }
  if (firstRun?.step === 'recovery') {
    return (
      <RecoveryKeyPage
        recoveryKey={firstRun.result.recoveryKey}
        nodeId={firstRun.result.nodeId}
        officeName={firstRun.officeName}
        onContinue={() => {
          setFirstRun(undefined);
          refresh();
        }}
      />
    );
  }
  if (!status) {
    return (
      <Center mih="100vh">
        {error ? (
          <Stack maw={560}>
            <ErrorAlert error={error} onRetry={refresh} />
          </Stack>
        ) : (
          <Loader aria-label={t('app.loading')} />
        )}
      </Center>
    );
  }
  if (status.state === 'locked') return <UnlockPage status={status} onUnlocked={setStatus} />;
  return <UnlockedApp />;
}

function UnlockedApp() {
  const client = useClient();
  const { status, refresh, setStatus } = useSession();
  // The log's first page is asked for as the address moves to it, while the board is taken down.
  const enter = useCallback(
    (next: Route, hash: string) => {
      if (next === 'log') askFirstPageEarly(client, hash);
    },
    [client],
  );
  const route = useHashRoute(enter);
  const [locking, setLocking] = useState(false);
  if (!status) return null;

  async function lock() {
    setLocking(true);
    try {
      setStatus(await client.call('session.lock', {}));
    } catch {
      // Whatever happened, show the state core is really in.
      refresh();
    } finally {
      setLocking(false);
    }
  }

  return (
    <AppFrame status={status} route={route} onLock={() => void lock()} locking={locking}>
      {route === 'board' ? <BoardPage officeId={status.office?.id} /> : null}
      {route === 'settings' ? <SettingsPage status={status} onSaved={refresh} /> : null}
      {route === 'log' ? <LogPage officeId={status.office?.id ?? ''} /> : null}
      {route === 'gallery' ? <GalleryPage /> : null}
      {route === 'lookouts' ? <LookoutsPage officeId={status.office?.id ?? ''} /> : null}
      {route === 'sync' ? <SyncPage /> : null}
      {route === 'bulletin' ? <BulletinPage /> : null}
      {route === 'duplicates' ? <DuplicatesPage /> : null}
      {route === 'patterns' ? <PatternsPage /> : null}
      {route === 'meeting' ? <MeetingPage officeId={status.office?.id ?? ''} /> : null}
    </AppFrame>
  );
}
