import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { propertyKinds } from '../../../shared/domain/recordExtras';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../format/money';
import { blankItem, type CaseExtrasErrors, type ItemForm } from './caseExtrasForm';

export interface PropertyFieldsProps {
  legend: string;
  items: ItemForm[];
  onChange: (items: ItemForm[]) => void;
  /** `stolenItems` or `recoveredItems`: where the items' errors are. */
  path: string;
  errors: CaseExtrasErrors;
}

/** The identifiers each kind of item has, beside kind, description and value. */
const identifiersOf: Record<ItemForm['kind'], Array<keyof ItemForm>> = {
  mobile_phone: ['imei'],
  vehicle: ['registration', 'engineNumber', 'chassisNumber'],
  gold: ['weightGrams'],
  silver: ['weightGrams'],
  cash: [],
  cattle: [],
  coal: [],
  firearm: [],
  other: [],
};

/** Stolen or recovered property as items with a kind, description, value and the kind's identifiers; the total in lakh/crore. */
export function PropertyFields({ legend, items, onChange, path, errors }: PropertyFieldsProps) {
  const { t, language } = useI18n();
  const update = (index: number, change: Partial<ItemForm>) =>
    onChange(items.map((item, at) => (at === index ? { ...item, ...change } : item)));
  const total = items.reduce(
    (sum, item) => sum + (Number(item.value.replace(/[,\s]/g, '')) || 0),
    0,
  );
  const error = (index: number, key: keyof ItemForm) => {
    const message = errors[`${path}.${index}.${key}`];
    return message ? t(message) : undefined;
  };
  return (
    <Fieldset legend={legend} variant="filled">
      <Stack gap="xs">
        {items.map((item, index) => (
          <SimpleGrid
            key={index}
            cols={{ base: 1, sm: 4 }}
            spacing="xs"
            role="group"
            aria-label={`${legend} ${index + 1}`}
          >
            <Select
              label={t('records.item.kind')}
              data={propertyKinds.map((kind) => ({
                value: kind,
                label: t(`records.kind.${kind}`),
              }))}
              value={item.kind}
              onChange={(kind) => kind && update(index, { kind: kind })}
              allowDeselect={false}
            />
            <TextInput
              label={t('records.item.description')}
              value={item.description}
              onChange={(event) => update(index, { description: event.currentTarget.value })}
            />
            <TextInput
              label={t('records.item.value')}
              value={item.value}
              inputMode="numeric"
              onChange={(event) => update(index, { value: event.currentTarget.value })}
              error={error(index, 'value')}
              data-field={`${path}.${index}.value`}
            />
            {identifiersOf[item.kind].map((key) => (
              <TextInput
                key={key}
                label={t(`records.item.${key as 'imei'}`)}
                value={item[key]}
                onChange={(event) => update(index, { [key]: event.currentTarget.value })}
                error={error(index, key)}
                data-field={`${path}.${index}.${key}`}
              />
            ))}
            <Group align="flex-end">
              <Button
                variant="subtle"
                color="red"
                onClick={() => onChange(items.filter((_, at) => at !== index))}
              >
                {t('records.removeItem')}
              </Button>
            </Group>
          </SimpleGrid>
        ))}
        <Group justify="space-between">
          <Button variant="light" onClick={() => onChange([...items, blankItem()])}>
            {t('records.addItem')}
          </Button>
          {items.length > 0 ? (
            <Text size="sm" fw={600}>
              {t('records.total', { amount: formatMoney(total, language) })}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Fieldset>
  );
}
