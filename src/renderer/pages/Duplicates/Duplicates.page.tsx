import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { DuplicatePair, PairState } from '../../../shared/api/dossierContract';
import type { SuspectCard } from '../../../shared/api/views';
import { useClient } from '../../api/ClientProvider';
import { useCall } from '../../api/useLoader';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { useOfficeLabel } from '../../format/useOfficeLabel';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import { galleryHref } from '../../routing/galleryQuery';

const states: PairState[] = ['open', 'linked', 'dismissed'];

/** One side of a pair: name, age and office, opening the dossier. */
function Side({
  suspect,
  officeLabel,
}: {
  suspect: SuspectCard;
  officeLabel: (id: string) => string;
}) {
  const { t } = useI18n();
  return (
    <div>
      <Anchor href={galleryHref({ filter: {}, suspectId: suspect.id })} fw={700}>
        {suspect.name}
      </Anchor>
      <Text size="sm">
        {[
          suspect.age === null ? '' : t('duplicates.age', { age: suspect.age }),
          officeLabel(suspect.officeId),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {suspect.otherNames.length > 0 ? (
        <Text size="xs" c="dimmed">
          {suspect.otherNames.join(', ')}
        </Text>
      ) : null}
    </div>
  );
}

/**
 * The duplicates review list: dossiers of this office and another that the matcher takes for
 * one person, with its reasons. "Same person" links them (both kept, both offices see the
 * link); "Not the same" takes the pair off the list; either can be undone.
 */
export function DuplicatesPage() {
  const { t } = useI18n();
  const client = useClient();
  const officeLabel = useOfficeLabel();
  const [state, setState] = useState<PairState>('open');
  const pairs = useCall(
    'duplicates.list',
    { state, limit: 50 },
    { refreshOn: ['suspect', 'link'] },
  );
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);

  const decide = async (pair: DuplicatePair, decision: 'same' | 'notSame' | 'undo') => {
    setBusy(`${pair.left.id}/${pair.right.id}`);
    setFailure(undefined);
    try {
      await client.call('duplicates.decide', {
        leftId: pair.left.id,
        rightId: pair.right.id,
        decision,
      });
      pairs.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('duplicates.title')}
      </Title>
      <Text>{t('duplicates.intro')}</Text>
      <SegmentedControl
        aria-label={t('duplicates.state')}
        value={state}
        onChange={(value) => setState(value)}
        data={states.map((value) => ({ value, label: t(`duplicates.state.${value}`) }))}
        w="fit-content"
      />
      {failure ? <ErrorAlert error={failure} /> : null}
      {pairs.error ? <ErrorAlert error={pairs.error} onRetry={pairs.reload} /> : null}
      {pairs.data === undefined && !pairs.error ? (
        <Loader aria-label={t('duplicates.loading')} />
      ) : null}
      {pairs.data?.length === 0 ? <Text c="dimmed">{t('duplicates.none')}</Text> : null}
      <Stack gap="sm" data-testid="duplicate-pairs">
        {(pairs.data ?? []).map((pair) => {
          const key = `${pair.left.id}/${pair.right.id}`;
          return (
            <Card
              key={key}
              withBorder
              data-testid="duplicate-pair"
              aria-label={t('duplicates.pair', { left: pair.left.name, right: pair.right.name })}
            >
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Group gap="xl" align="flex-start">
                  <Side suspect={pair.left} officeLabel={officeLabel} />
                  <Side suspect={pair.right} officeLabel={officeLabel} />
                </Group>
                <Badge variant="light">
                  {t('search.score', { score: Math.round(pair.score * 100) })}
                </Badge>
              </Group>
              <Text size="sm" mt={6}>
                {pair.reasons
                  .map((reason) => t(`search.reason.${reason}` as MessageKey))
                  .join(', ')}
              </Text>
              <Group gap="xs" mt="sm">
                {state === 'open' ? (
                  <>
                    <Button
                      size="xs"
                      loading={busy === key}
                      onClick={() => void decide(pair, 'same')}
                    >
                      {t('duplicates.same')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      disabled={busy === key}
                      onClick={() => void decide(pair, 'notSame')}
                    >
                      {t('duplicates.notSame')}
                    </Button>
                  </>
                ) : (
                  <Button
                    size="xs"
                    variant="default"
                    loading={busy === key}
                    onClick={() => void decide(pair, 'undo')}
                  >
                    {t('duplicates.undo')}
                  </Button>
                )}
              </Group>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
