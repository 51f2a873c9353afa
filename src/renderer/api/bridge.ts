import type { SamanvayBridge } from '../../shared/api/bridge';

export type { SamanvayBridge };

/** The preload bridge when running inside Electron, otherwise undefined. */
export function findBridge(target: Window): SamanvayBridge | undefined {
  const candidate = (target as Window & { samanvay?: unknown }).samanvay;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const bridge = candidate as Partial<SamanvayBridge>;
  return typeof bridge.call === 'function' && typeof bridge.subscribe === 'function'
    ? (bridge as SamanvayBridge)
    : undefined;
}
