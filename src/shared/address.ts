import { SamanvayError } from './errors';

/** `HOST:PORT` (IPv6 in brackets) as a host and port; INVALID_INPUT otherwise. */
export function parseAddress(address: string): { host: string; port: number } {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:\s]+):(\d{1,5})$/.exec(address.trim());
  const port = Number(match?.[2]);
  if (!match?.[1] || !(port >= 1 && port <= 65535)) {
    throw new SamanvayError('INVALID_INPUT', 'An address is HOST:PORT.', { address });
  }
  return { host: match[1].replace(/^\[|\]$/g, ''), port };
}
