import type { Transport } from '../../shared/api/client';
import { findBridge } from './bridge';
import { createBridgeTransport } from './bridgeTransport';
import { createSocketTransport } from './socketTransport';

const tokenStorageKey = 'samanvay.harnessToken';

/**
 * The harness token arrives once in the address (`#token=…`). It is moved to session storage,
 * so a reload of the tab still connects, and removed from the address bar.
 */
export function takeHarnessToken(target: Window): string {
  const match = /^#token=([0-9a-f]+)$/i.exec(target.location.hash);
  if (match?.[1]) {
    target.sessionStorage.setItem(tokenStorageKey, match[1]);
    const { pathname, search } = target.location;
    target.history.replaceState(null, '', `${pathname}${search}#/board`);
    return match[1];
  }
  return target.sessionStorage.getItem(tokenStorageKey) ?? '';
}

/** Electron's preload bridge when present; otherwise the harness WebSocket on this origin. */
export function connectTransport(target: Window): Transport {
  const bridge = findBridge(target);
  if (bridge) return createBridgeTransport(bridge);
  const token = takeHarnessToken(target);
  const scheme = target.location.protocol === 'https:' ? 'wss' : 'ws';
  const socket = new WebSocket(`${scheme}://${target.location.host}/api`);
  return createSocketTransport(socket, token);
}
