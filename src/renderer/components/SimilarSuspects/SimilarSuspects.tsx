import { Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { SimilarSuspect, SuspectThumb } from '../../../shared/api/views';
import { useI18n } from '../../i18n/I18nProvider';
import { PhotoThumb } from '../PhotoThumb/PhotoThumb';
import { displayName } from '../SuspectCard/suspectName';

export interface SimilarSuspectsProps {
  /** Undefined while the matcher runs. */
  matches: SimilarSuspect[] | undefined;
  /** Dossiers already linked to this one, with their role. */
  linked: SuspectThumb[];
  hrefOf: (id: string) => string;
  officeNameOf: (id: string) => string;
  busy: boolean;
  onLink: (id: string, role: 'same_person' | 'associate') => void;
}

/**
 * "Possible same person": other dossiers whose name, father's name, age or address are close,
 * with the reasons, and a recorded link as the same person or as an associate.
 */
export function SimilarSuspects({
  matches,
  linked,
  hrefOf,
  officeNameOf,
  busy,
  onLink,
}: SimilarSuspectsProps) {
  const { language, t } = useI18n();
  const linkedRole = new Map(linked.map((thumb) => [thumb.id, thumb.role]));
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="similar-title">
      <Title order={2} size="h4" id="similar-title">
        {t('gallery.similar.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {t('gallery.similar.intro')}
      </Text>
      {matches === undefined ? (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('gallery.similar.loading')}</Text>
        </Group>
      ) : null}
      {matches && matches.length === 0 ? <Text size="sm">{t('gallery.similar.none')}</Text> : null}
      <Stack gap="xs" data-testid="similar-list">
        {(matches ?? []).map(({ suspect, reasons }) => {
          const name = displayName(suspect.name, suspect.otherNames, language);
          const role = linkedRole.get(suspect.id);
          return (
            <Group
              key={suspect.id}
              gap="xs"
              wrap="nowrap"
              align="flex-start"
              data-similar={suspect.id}
            >
              <PhotoThumb hash={suspect.primaryPhoto} name={name.shown} size={44} />
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Anchor href={hrefOf(suspect.id)} size="sm" fw={700}>
                  {name.shown}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[
                    suspect.age === null
                      ? t('gallery.card.ageUnknown')
                      : t('gallery.card.age', { age: suspect.age }),
                    t(`gallery.status.${suspect.status}`),
                    officeNameOf(suspect.officeId),
                  ].join(' · ')}
                </Text>
                <Text size="xs" c="indigo.8">
                  {t('gallery.similar.because', {
                    reasons: reasons.map((reason) => t(`gallery.reason.${reason}`)).join(', '),
                  })}
                </Text>
                {role ? (
                  <Text size="xs" fw={600}>
                    {t('gallery.similar.linked', {
                      role: t(`gallery.role.${role as 'associate'}`),
                    })}
                  </Text>
                ) : (
                  <Group gap={4}>
                    <Button
                      size="compact-xs"
                      variant="light"
                      disabled={busy}
                      onClick={() => onLink(suspect.id, 'same_person')}
                    >
                      {t('gallery.similar.linkSame')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      disabled={busy}
                      onClick={() => onLink(suspect.id, 'associate')}
                    >
                      {t('gallery.similar.linkAssociate')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
