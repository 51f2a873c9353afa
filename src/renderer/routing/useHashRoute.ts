import { useEffect, useRef, useState } from 'react';

/** The screens of the app frame, in navbar order. */
export const routes = [
  'board',
  'gallery',
  'log',
  'lookouts',
  'duplicates',
  'patterns',
  'bulletin',
  'meeting',
  'sync',
  'settings',
] as const;
export type Route = (typeof routes)[number];

export function hrefOf(route: Route): string {
  return `#/${route}`;
}

/** `#/log` → `log`; anything unknown (including the harness's `#token=…`) → `board`. */
export function routeOf(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (routes as readonly string[]).includes(name ?? '') ? (name as Route) : 'board';
}

/**
 * The current screen, following the address's hash: links are plain `<a href="#/log">`.
 * `onEnter` is told when the address moves to another screen, before that screen is drawn.
 */
export function useHashRoute(onEnter?: (route: Route, hash: string) => void): Route {
  const [route, setRoute] = useState<Route>(() => routeOf(window.location.hash));
  const entered = useRef(onEnter);
  useEffect(() => {
    entered.current = onEnter;
  }, [onEnter]);
  useEffect(() => {
    let shown = routeOf(window.location.hash);
    const follow = () => {
      const { hash } = window.location;
      const next = routeOf(hash);
      if (next !== shown) entered.current?.(next, hash);
      shown = next;
      setRoute(next);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
