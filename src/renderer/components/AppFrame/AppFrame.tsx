import { AppShell, Button, Code, Group, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { SessionStatus } from '../../../shared/api/views';
import { officeName } from '../../format/officeName';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import { hrefOf, routes, type Route } from '../../routing/useHashRoute';
import { FollowNotices } from '../FollowNotices/FollowNotices';
import { LanguageSwitcher } from '../LanguageSwitcher/LanguageSwitcher';
import { SearchBox } from '../SearchBox/SearchBox';
import { UrgentBanner } from '../UrgentBanner/UrgentBanner';
import { HitBanner } from '../HitBanner/HitBanner';
import classes from './AppFrame.module.css';

const routeLabel: Record<Route, MessageKey> = {
  board: 'nav.board',
  gallery: 'nav.gallery',
  log: 'nav.log',
  lookouts: 'nav.lookouts',
  bulletin: 'nav.bulletin',
  duplicates: 'nav.duplicates',
  patterns: 'nav.patterns',
  meeting: 'nav.meeting',
  sync: 'nav.sync',
  settings: 'nav.settings',
};

export interface AppFrameProps {
  status: SessionStatus;
  route: Route;
  onLock: () => void;
  locking: boolean;
  children: ReactNode;
}

/** The unlocked app: who and where in the header, the screens in the navbar. */
export function AppFrame({ status, route, onLock, locking, children }: AppFrameProps) {
  const { language, t } = useI18n();
  const operator = status.operator;
  const [searching, setSearching] = useState(false);
  useEffect(() => {
    // Ctrl+K (⌘K) opens search from any screen.
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearching(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 180, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <UnstyledButton
          className={classes.skip}
          onClick={() => document.getElementById('main')?.focus()}
        >
          {t('app.skipToContent')}
        </UnstyledButton>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap" className={classes.office}>
            <Text fw={800} c="indigo.8">
              {t('app.name')}
            </Text>
            <Text fw={700} size="lg" truncate="end" data-testid="office-name">
              {status.office ? officeName(status.office, language) : ''}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            {operator ? (
              <Text size="sm" truncate="end" maw={280}>
                <Text span c="dimmed" size="sm">
                  {t('frame.onDuty')}:{' '}
                </Text>
                <span data-testid="operator">
                  {[operator.rank, operator.name].filter(Boolean).join(' ')}
                </span>
              </Text>
            ) : null}
            {status.nodeId ? (
              <Text size="sm">
                <Text span c="dimmed" size="sm">
                  {t('frame.computer')}:{' '}
                </Text>
                <Code>{status.nodeId}</Code>
              </Text>
            ) : null}
            <Button
              variant="light"
              size="xs"
              onClick={() => setSearching(true)}
              data-testid="search-open"
            >
              {t('search.open')}
            </Button>
            <FollowNotices />
            <LanguageSwitcher />
            <Button variant="default" size="xs" onClick={onLock} loading={locking}>
              {t('frame.lock')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('frame.navigation')}>
        {routes.map((name) => (
          <NavLink
            key={name}
            href={hrefOf(name)}
            label={t(routeLabel[name])}
            active={name === route}
            aria-current={name === route ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <UrgentBanner officeId={status.office?.id} />
        <HitBanner />
        {children}
      </AppShell.Main>
      <SearchBox opened={searching} onClose={() => setSearching(false)} />
    </AppShell>
  );
}
