import { ComingLater } from '../../components/ComingLater/ComingLater';
import type { MessageKey } from '../../i18n/en';

export type LaterRoute = 'gallery' | 'log' | 'bulletin' | 'sync';

const copy: Record<LaterRoute, { heading: MessageKey; description: MessageKey }> = {
  gallery: { heading: 'nav.gallery', description: 'later.gallery' },
  log: { heading: 'nav.log', description: 'later.log' },
  bulletin: { heading: 'nav.bulletin', description: 'later.bulletin' },
  sync: { heading: 'nav.sync', description: 'later.sync' },
};

/** Gallery, log, bulletin and sync: named in the navbar now, built in later versions. */
export function LaterPage({ route }: { route: LaterRoute }) {
  return <ComingLater {...copy[route]} />;
}
