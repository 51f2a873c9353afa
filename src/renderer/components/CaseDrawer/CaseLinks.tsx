import { ActionIcon, Badge, Group, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { Client } from '../../../shared/api/client';
import type { CaseFullDetail, SuspectThumb } from '../../../shared/api/views';
import type { LinkRole } from '../../../shared/domain/enums';
import { useClient } from '../../api/ClientProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { PhotoThumb } from '../PhotoThumb/PhotoThumb';
import { RecordPicker, type PickerOption } from './RecordPicker';
import { caseTitle, mentionOptionLabel } from '../../format/caseTitle';

const suspectRoles: LinkRole[] = ['accused', 'suspect', 'witness'];

/** Linked suspects with photos and linked cases; any office may link, unlinking is asked first. */
export function CaseLinks({
  detail,
  officeLabel,
  onChanged,
}: {
  detail: CaseFullDetail;
  officeLabel: (officeId: string) => string;
  onChanged: () => void;
}) {
  const { t, language } = useI18n();
  const client = useClient();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [unlinking, setUnlinking] = useState<SuspectThumb | undefined>(undefined);
  const roleLabel = (role: string) =>
    role === 'same_gang'
      ? t('gang.linked')
      : (suspectRoles as string[]).includes(role) || role === 'related'
        ? t(`board.role.${role as LinkRole & ('accused' | 'suspect' | 'witness' | 'related')}`)
        : role;

  const searchSuspects = useCallback(
    async (api: Client, text: string): Promise<PickerOption[]> =>
      (await api.call('suspects.list', { text, limit: 8 })).items.map((suspect) => ({
        id: suspect.id,
        label: [
          suspect.name,
          suspect.age === null ? '' : `(${suspect.age})`,
          officeLabel(suspect.officeId),
        ]
          .filter(Boolean)
          .join(' · '),
        before: <PhotoThumb hash={suspect.primaryPhoto} name={suspect.name} size={32} />,
      })),
    [officeLabel],
  );
  const searchCases = useCallback(
    async (api: Client, text: string): Promise<PickerOption[]> =>
      (await api.call('mentions.search', { kind: 'case', query: text, limit: 8 })).map(
        (option) => ({
          id: option.id,
          label: mentionOptionLabel(t, language, option),
        }),
      ),
    [t, language],
  );

  async function run(call: () => Promise<unknown>) {
    setFailure(undefined);
    try {
      await call();
      onChanged();
    } catch (error) {
      setFailure(error);
      throw error;
    }
  }

  return (
    <Stack gap="sm" mt="xs">
      {failure ? <ErrorAlert error={failure} /> : null}
      {detail.suspects.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('board.links.noSuspects')}
        </Text>
      ) : (
        <Group gap="sm" wrap="wrap" role="list" aria-label={t('board.detail.suspects')}>
          {detail.suspects.map((suspect) => (
            <Group key={`${suspect.id}:${suspect.role}`} gap={6} wrap="nowrap" role="listitem">
              <PhotoThumb hash={suspect.photo} name={suspect.name} size={56} />
              <div>
                <Text size="sm" fw={600}>
                  {suspect.name}
                </Text>
                <Badge size="xs" variant="light" tt="none">
                  {roleLabel(suspect.role)}
                </Badge>
              </div>
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                aria-label={t('board.links.unlink', { name: suspect.name })}
                onClick={() => setUnlinking(suspect)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
        </Group>
      )}
      <RecordPicker
        label={t('board.links.findSuspect')}
        search={searchSuspects}
        roles={suspectRoles.map((value) => ({ value, label: roleLabel(value) }))}
        exclude={new Set(detail.suspects.map((suspect) => suspect.id))}
        onPick={(id, role) =>
          run(() =>
            client.call('links.add', {
              kind: 'suspect_case',
              fromId: id,
              toId: detail.id,
              role: role as LinkRole,
            }),
          )
        }
      />
      <Text size="sm" fw={600} mt="xs">
        {t('board.links.cases')}
      </Text>
      {detail.linkedCases.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('board.links.noCases')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" m={0} pl="md">
          {detail.linkedCases.map((linked) => (
            <li key={linked.id}>
              <Text size="sm" component="a" href={`#/board?case=${linked.id}`}>
                {caseTitle(t, language, linked)}
              </Text>
              <Text size="xs" c="dimmed" span>
                {' · '}
                {linked.policeStation} · {t(`crimeHead.${linked.crimeHead}`)} ·{' '}
                {t(`lane.${linked.lane}`)} · {officeLabel(linked.officeId)}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      <RecordPicker
        label={t('board.links.findCase')}
        search={searchCases}
        roles={[{ value: 'related', label: roleLabel('related') }]}
        exclude={new Set([detail.id, ...detail.linkedCases.map((linked) => linked.id)])}
        onPick={(id) =>
          run(() =>
            client.call('links.add', {
              kind: 'case_case',
              fromId: detail.id,
              toId: id,
              role: 'related',
            }),
          )
        }
      />
      <ConfirmDialog
        opened={unlinking !== undefined}
        title={t('board.links.unlinkTitle')}
        message={t('board.links.unlinkText', { name: unlinking?.name ?? '' })}
        confirmLabel={t('board.links.unlinkConfirm')}
        onCancel={() => setUnlinking(undefined)}
        onConfirm={() => {
          const suspect = unlinking;
          setUnlinking(undefined);
          if (suspect)
            void run(() =>
              client.call('links.remove', {
                kind: 'suspect_case',
                fromId: suspect.id,
                toId: detail.id,
                role: suspect.role as LinkRole,
              }),
            ).catch(() => undefined);
        }}
      />
    </Stack>
  );
}
