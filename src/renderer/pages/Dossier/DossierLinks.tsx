import {
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import type { MentionOption, SuspectFullDetail } from '../../../shared/api/views';
import type { LinkRole } from '../../../shared/domain/enums';
import { PhotoThumb } from '../../components/PhotoThumb/PhotoThumb';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';
import type { DossierActions } from './dossierContext';
import { caseTitle, mentionOptionLabel } from '../../format/caseTitle';

const caseRoles = ['accused', 'suspect', 'witness'] as const;
const suspectRoles = ['associate', 'same_person'] as const;

interface LinkRecordProps<Role extends LinkRole> {
  actions: DossierActions;
  kind: 'suspect_case' | 'suspect_suspect';
  roles: readonly Role[];
  label: MessageKey;
  placeholder: MessageKey;
}

/**
 * Finds a case (by FIR number, police station or crime head) or another suspect (by name,
 * alias or phone) and links it to this dossier with a role; the link is a recorded change.
 */
function LinkRecord<Role extends LinkRole>({
  actions,
  kind,
  roles,
  label,
  placeholder,
}: LinkRecordProps<Role>) {
  const { t, language } = useI18n();
  const [options, setOptions] = useState<MentionOption[]>([]);
  const [toId, setToId] = useState<string | null>(null);
  const [role, setRole] = useState<Role>(roles[0] as Role);
  const search = useDebouncedCallback((query: string) => {
    const target = kind === 'suspect_case' ? 'case' : 'suspect';
    actions.client.call('mentions.search', { kind: target, query, limit: 8 }).then(
      (found) => setOptions(found.filter((option) => option.id !== actions.id)),
      () => setOptions([]),
    );
  }, 250);
  const link = { kind, fromId: actions.id, toId: toId ?? '', role };
  return (
    <Group gap="xs" align="flex-end" mt="xs">
      <Select
        label={t(label)}
        placeholder={t(placeholder)}
        size="xs"
        w={300}
        searchable
        clearable
        filter={({ options: all }) => all}
        data={options.map((option) => ({
          value: option.id,
          label: mentionOptionLabel(t, language, option),
        }))}
        value={toId}
        onChange={setToId}
        onSearchChange={search}
        onDropdownOpen={() => search('')}
      />
      <Select
        label={t('gallery.dossier.role')}
        size="xs"
        w={150}
        allowDeselect={false}
        data={roles.map((value) => ({ value, label: t(`gallery.role.${value}`) }))}
        value={role}
        onChange={(value) => value && setRole(value)}
      />
      <Button
        size="xs"
        disabled={!toId || actions.edits.busy}
        onClick={() =>
          void actions.edits
            .run(
              () => actions.client.call('links.add', link),
              () => actions.client.call('links.remove', link),
            )
            .then((done) => done && setToId(null))
        }
      >
        {t('gallery.dossier.link')}
      </Button>
    </Group>
  );
}

/** Gang associates (links to their dossiers) and linked cases with roles; links are recorded. */
export function DossierLinks({
  suspect,
  actions,
}: {
  suspect: SuspectFullDetail;
  actions: DossierActions;
}) {
  const { t, language } = useI18n();
  const unlink = async (
    label: string,
    link: {
      kind: 'suspect_case' | 'suspect_suspect';
      fromId: string;
      toId: string;
      role: LinkRole;
    },
  ) => {
    if (!(await actions.confirm(t('gallery.dossier.confirmLink', { value: label })))) return;
    await actions.edits.run(
      () => actions.client.call('links.remove', link),
      () => actions.client.call('links.add', link),
    );
  };
  return (
    <Stack gap="md">
      <Paper withBorder p="sm" component="section" aria-label={t('gallery.dossier.associates')}>
        <Title order={2} size="h4" mb="xs">
          {t('gallery.dossier.associates')}
        </Title>
        {suspect.gang ? (
          <Text size="sm" mb="xs">
            {t('gallery.form.gang')}: {suspect.gang}
          </Text>
        ) : null}
        {suspect.associates.length === 0 ? (
          <Text size="sm">{t('gallery.dossier.noAssociates')}</Text>
        ) : null}
        <Stack gap={6}>
          {suspect.associates.map((associate) => (
            <Group
              key={`${associate.id}-${associate.role}`}
              gap="xs"
              wrap="nowrap"
              data-associate={associate.id}
            >
              <PhotoThumb hash={associate.photo} name={associate.name} size={36} />
              <Anchor href={actions.hrefOf(associate.id)} size="sm">
                {associate.name}
              </Anchor>
              <Badge variant="light" tt="none" size="sm">
                {t(`gallery.role.${associate.role as LinkRole}`)}
              </Badge>
              <CloseButton
                size="sm"
                aria-label={`${t('gallery.dossier.unlink')}: ${associate.name}`}
                onClick={() =>
                  void unlink(associate.name, {
                    kind: 'suspect_suspect',
                    fromId: suspect.id,
                    toId: associate.id,
                    role: associate.role as LinkRole,
                  })
                }
              />
            </Group>
          ))}
        </Stack>
        <LinkRecord
          actions={actions}
          kind="suspect_suspect"
          roles={suspectRoles}
          label="gallery.dossier.linkSuspect"
          placeholder="gallery.dossier.findSuspect"
        />
      </Paper>
      <Paper withBorder p="sm" component="section" aria-label={t('gallery.dossier.cases')}>
        <Title order={2} size="h4" mb="xs">
          {t('gallery.dossier.cases')}
        </Title>
        {suspect.cases.length === 0 ? <Text size="sm">{t('gallery.dossier.noCases')}</Text> : null}
        <Stack gap={6} data-testid="linked-cases">
          {suspect.cases.map((linked) => {
            const label = caseTitle(t, language, linked);
            return (
              <Group key={`${linked.id}-${linked.role}`} gap="xs" wrap="nowrap">
                <Text size="sm" fw={700}>
                  {label}
                </Text>
                <Text size="sm">
                  {linked.policeStation} · {t(`crimeHead.${linked.crimeHead}`)} ·{' '}
                  {t(`lane.${linked.lane}`)} · {actions.officeNameOf(linked.officeId)}
                </Text>
                <Badge variant="light" color="grape" tt="none" size="sm">
                  {t(`gallery.role.${linked.role as LinkRole}`)}
                </Badge>
                <CloseButton
                  size="sm"
                  aria-label={`${t('gallery.dossier.unlink')}: ${label}`}
                  onClick={() =>
                    void unlink(label, {
                      kind: 'suspect_case',
                      fromId: suspect.id,
                      toId: linked.id,
                      role: linked.role as LinkRole,
                    })
                  }
                />
              </Group>
            );
          })}
        </Stack>
        <LinkRecord
          actions={actions}
          kind="suspect_case"
          roles={caseRoles}
          label="gallery.dossier.linkCase"
          placeholder="gallery.dossier.findCase"
        />
      </Paper>
    </Stack>
  );
}
