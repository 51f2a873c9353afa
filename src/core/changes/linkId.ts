import { createHash } from 'node:crypto';
import type { LinkFields } from '../../shared/domain/records';

/** The link with the ends of a symmetric kind (associates, related cases) in sorted order. */
export function canonicalLink(link: LinkFields): LinkFields {
  const symmetric = link.kind !== 'suspect_case';
  return symmetric && link.toId < link.fromId
    ? { ...link, fromId: link.toId, toId: link.fromId }
    : link;
}

/**
 * A link's id follows from its kind, ends and role, so two offices that make the same link
 * make one record.
 */
export function linkId(link: LinkFields): string {
  const { kind, fromId, toId, role } = canonicalLink(link);
  const digest = createHash('sha256').update(`${kind}\n${fromId}\n${toId}\n${role}`).digest('hex');
  return `link-${digest.slice(0, 32)}`;
}
