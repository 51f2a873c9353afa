import {
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useClient } from '../../api/ClientProvider';
import { useCall } from '../../api/useLoader';
import { SavePdf } from '../../components/SavePdf/SavePdf';
import { ErrorAlert } from '../../components/ErrorAlert/ErrorAlert';
import { useI18n } from '../../i18n/I18nProvider';

const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(Date.now());

/**
 * The Bulletin screen: pick a day (or a first and last day), the offices (all when none is
 * chosen) and the second language, see the bulletin as it prints,
 * and print it (the print dialog's "Save as PDF" saves it). The footer of every printed page
 * (page number, printed by, office, time IST, bulletin number, marking) is added for print.
 */
export function BulletinPage() {
  const client = useClient();
  const { t, language: uiLanguage } = useI18n();
  const [date, setDate] = useState(today());
  const [to, setTo] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const offices = useCall('offices.list', {}, { refreshOn: ['office'] });
  const officeName = (office: { nameEn: string; nameHi: string; nameBn: string }) =>
    uiLanguage === 'hi' ? office.nameHi : uiLanguage === 'bn' ? office.nameBn : office.nameEn;
  const [language, setLanguage] = useState<'hi' | 'bn'>(uiLanguage === 'bn' ? 'bn' : 'hi');
  const [html, setHtml] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const frame = useRef<HTMLIFrameElement>(null);

  async function show(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await client.call('bulletin.html', {
        date,
        language,
        ...(to ? { to } : {}),
        ...(chosen.length > 0 ? { offices: chosen } : {}),
      });
      setHtml(withFooter(result.html, result.footer));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('bulletin.title')}
      </Title>
      <form onSubmit={(event) => void show(event)}>
        <Group align="end" wrap="wrap">
          <TextInput
            type="date"
            label={t('bulletin.date')}
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label={t('bulletin.to')}
            value={to}
            min={date}
            onChange={(event) => setTo(event.currentTarget.value)}
          />
          <MultiSelect
            label={t('bulletin.offices')}
            placeholder={chosen.length === 0 ? t('bulletin.allOffices') : undefined}
            data={(offices.data ?? []).map((office) => ({
              value: office.id,
              label: officeName(office),
            }))}
            value={chosen}
            onChange={setChosen}
            clearable
            miw={240}
          />
          <Stack gap={2}>
            <Text size="sm">{t('bulletin.language')}</Text>
            <SegmentedControl
              value={language}
              onChange={(value) => setLanguage(value === 'bn' ? 'bn' : 'hi')}
              data={[
                { value: 'hi', label: t('bulletin.hindi') },
                { value: 'bn', label: t('bulletin.bengali') },
              ]}
            />
          </Stack>
          <Button type="submit" loading={busy}>
            {t('bulletin.show')}
          </Button>
          <Button
            variant="light"
            disabled={!html}
            onClick={() => frame.current?.contentWindow?.print()}
          >
            {t('bulletin.print')}
          </Button>
          <SavePdf
            disabled={!html}
            save={() =>
              client.call('bulletin.pdf', {
                date,
                language,
                ...(to ? { to } : {}),
                ...(chosen.length > 0 ? { offices: chosen } : {}),
              })
            }
            print={() => frame.current?.contentWindow?.print()}
          />
        </Group>
      </form>
      <Text size="sm" c="dimmed">
        {t('bulletin.saveHint')}
      </Text>
      {failure ? <ErrorAlert error={failure} /> : null}
      {html ? (
        <iframe
          ref={frame}
          title={t('bulletin.preview')}
          srcDoc={html}
          sandbox="allow-same-origin allow-modals"
          style={{ width: '100%', height: '75vh', border: '1px solid #ccc', background: '#fff' }}
        />
      ) : null}
    </Stack>
  );
}

/** Puts the footer at the foot of every printed page (Chromium repeats fixed elements). */
function withFooter(html: string, footer: string): string {
  const style =
    '<style>@media print{.bulletin-footer{position:fixed;bottom:-14mm;left:0;right:0}}@media screen{.bulletin-footer{display:none}}</style>';
  return html.replace('</body>', `${style}<div class="bulletin-footer">${footer}</div></body>`);
}
