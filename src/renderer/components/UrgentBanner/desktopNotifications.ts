/**
 * Desktop notifications for urgent lookouts, where the browser (or Electron) offers them.
 * Nothing here waits on the operator: permission is asked for without blocking, and a refusal
 * only means the in-app banner is the one alert.
 */
function notificationApi(): typeof Notification | undefined {
  return typeof window !== 'undefined' && 'Notification' in window
    ? window.Notification
    : undefined;
}

/** Permission has been neither given nor refused: the operator may be asked. */
export function canAskPermission(): boolean {
  return notificationApi()?.permission === 'default';
}

/** Asks for permission; resolves whatever the answer (or if asking fails). */
export async function askPermission(): Promise<void> {
  try {
    await notificationApi()?.requestPermission();
  } catch {
    // An embedding that cannot ask leaves the banner as the alert.
  }
}

/** Shows a desktop notification if permitted; `tag` keeps one per entry. */
export function notify(title: string, body: string, tag: string): void {
  const api = notificationApi();
  if (api?.permission !== 'granted') return;
  try {
    new api(title, { body, tag });
  } catch {
    // Some shells refuse notifications from the page; the banner is still shown.
  }
}
