/**
 * The one permission the renderer gets: desktop notifications, so an urgent lookout reaches
 * an operator working in another window. Camera, microphone, geolocation, clipboard reads and
 * everything else stay refused.
 */
export const grantedPermissions: ReadonlySet<string> = new Set(['notifications']);

/** Whether a permission request or check from the renderer is granted. */
export function isPermissionGranted(permission: string): boolean {
  return grantedPermissions.has(permission);
}
