import {
  Badge,
  Button,
  Fieldset,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import type { CaseLane } from '../../../shared/domain/enums';
import { finalReportKinds, transferTargets } from '../../../shared/domain/enums';
import { useI18n } from '../../i18n/I18nProvider';
import { DateTimeField } from '../DateField/DateField';
import { PersonFields } from './PersonFields';
import { PropertyFields } from './PropertyFields';
import { blankPerson, type CaseExtrasErrors, type CaseExtrasForm } from './caseExtrasForm';

export interface CaseRecordFieldsProps {
  value: CaseExtrasForm;
  onChange: (value: CaseExtrasForm) => void;
  errors: CaseExtrasErrors;
  /** The case's stage: final report and transfer details show for their stages. */
  lane: CaseLane;
}

/** The FIR's time window and GD number, complainant and victims, IO, property and stage details. */
export function CaseRecordFields({ value, onChange, errors, lane }: CaseRecordFieldsProps) {
  const { t } = useI18n();
  const set = <K extends keyof CaseExtrasForm>(key: K, next: CaseExtrasForm[K]) =>
    onChange({ ...value, [key]: next });
  const error = (key: string) => {
    const message = errors[key];
    return message ? t(message) : undefined;
  };
  const text = (
    key:
      | 'occurredTo'
      | 'reportedAt'
      | 'gdNumber'
      | 'ioName'
      | 'ioRank'
      | 'ioMobile'
      | 'transferNote'
      | 'supplementaryChargeSheets',
  ) =>
    ({
      value: value[key],
      onChange: (event: { currentTarget: { value: string } }) =>
        set(key, event.currentTarget.value),
      error: error(key),
      'data-field': key,
    }) as const;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {(['occurredTo', 'reportedAt'] as const).map((key) => (
          <DateTimeField
            key={key}
            label={t(`records.${key}`)}
            value={value[key]}
            onChange={(next) => set(key, next)}
            error={error(key)}
            data-field={key}
          />
        ))}
        <TextInput label={t('records.gdNumber')} {...text('gdNumber')} />
      </SimpleGrid>
      <Fieldset
        legend={
          <Group gap="xs">
            {t(`records.role.${value.complainantRole}`)}
            <Badge color="grape" variant="light" size="sm">
              {t('records.sensitive')}
            </Badge>
          </Group>
        }
        variant="filled"
      >
        <Stack gap="xs">
          <SegmentedControl
            aria-label={t('records.complainantRole')}
            data={(['complainant', 'informant'] as const).map((role) => ({
              value: role,
              label: t(`records.role.${role}`),
            }))}
            value={value.complainantRole}
            onChange={(role) => set('complainantRole', role)}
          />
          <PersonFields
            value={value.complainant}
            onChange={(person) => set('complainant', person)}
            path="complainant"
            errors={errors}
            label={t(`records.role.${value.complainantRole}`)}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('records.victims')} variant="filled">
        <Stack gap="xs">
          {value.victims.map((victim, index) => (
            <Stack key={index} gap={4}>
              <PersonFields
                value={victim}
                onChange={(person) =>
                  set(
                    'victims',
                    value.victims.map((old, at) => (at === index ? person : old)),
                  )
                }
                path={`victims.${index}`}
                errors={errors}
                label={`${t('records.victims')} ${index + 1}`}
              />
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() =>
                    set(
                      'victims',
                      value.victims.filter((_, at) => at !== index),
                    )
                  }
                >
                  {t('records.removeItem')}
                </Button>
              </Group>
            </Stack>
          ))}
          <Group>
            <Button
              variant="light"
              onClick={() => set('victims', [...value.victims, blankPerson()])}
            >
              {t('records.addVictim')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('records.io')} variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('records.ioName')} {...text('ioName')} />
          <TextInput label={t('records.ioRank')} {...text('ioRank')} />
          <TextInput label={t('records.ioMobile')} inputMode="tel" {...text('ioMobile')} />
        </SimpleGrid>
      </Fieldset>
      <PropertyFields
        legend={t('records.stolen')}
        items={value.stolenItems}
        onChange={(items) => set('stolenItems', items)}
        path="stolenItems"
        errors={errors}
      />
      <PropertyFields
        legend={t('records.recovered')}
        items={value.recoveredItems}
        onChange={(items) => set('recoveredItems', items)}
        path="recoveredItems"
        errors={errors}
      />
      {lane === 'charge_sheeted' ? (
        <TextInput
          label={t('records.supplementary')}
          inputMode="numeric"
          {...text('supplementaryChargeSheets')}
        />
      ) : null}
      {lane === 'final_report' ? (
        <Select
          label={t('records.finalReportKind')}
          data={finalReportKinds.map((kind) => ({
            value: kind,
            label: t(`records.finalReport.${kind}`),
          }))}
          value={value.finalReportKind || null}
          onChange={(kind) => set('finalReportKind', kind ?? '')}
        />
      ) : null}
      {lane === 'transferred' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('records.transferredTo')}
            data={transferTargets.map((target) => ({
              value: target,
              label: t(`records.transfer.${target}`),
            }))}
            value={value.transferredTo || null}
            onChange={(target) => set('transferredTo', target ?? '')}
          />
          <TextInput label={t('records.transferNote')} {...text('transferNote')} />
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
