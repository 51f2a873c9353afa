import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from './permissions';

describe('isPermissionGranted', () => {
  it('grants desktop notifications and refuses every other permission', () => {
    expect(isPermissionGranted('notifications')).toBe(true);
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'midi']) {
      expect(isPermissionGranted(permission), permission).toBe(false);
    }
  });
});
