import { ComingLater } from '../../components/ComingLater/ComingLater';

/** The bulletin: named in the navbar now, built in a later version. */
export function LaterPage({ route }: { route: 'bulletin' }) {
  return <ComingLater heading={`nav.${route}`} description={`later.${route}`} />;
}
