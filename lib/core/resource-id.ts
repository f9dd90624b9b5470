import { Fn } from './cdktf';
import { isLiteral } from './validation';

/**
 * One `/`-separated segment of a resource id (2: subscription, 4: resource group, 8: name of a
 * top-level resource): read from a literal id, or a Terraform expression on a reference.
 */
export function resourceIdSegment(id: string, index: number): string {
  return isLiteral(id) ? id.split('/')[index] ?? '' : Fn.element(Fn.split('/', id), index) as string;
}

/**
 * Checks that a literal Azure resource id has the shape of the given provider type, e.g.
 * `Microsoft.Storage/storageAccounts`. Tokens are skipped. Returns problems.
 */
export function checkResourceId(label: string, value: string | undefined, providerType: string): string[] {
  if (!isLiteral(value)) return [];
  const escaped = providerType.replace(/[.]/g, '\\.');
  const pattern = new RegExp(`^/subscriptions/[0-9a-f-]{36}/resourceGroups/[^/]+/providers/${escaped}/[^/]+$`, 'i');
  if (pattern.test(value)) return [];
  return [`${label} "${value}" is not a resource id of type ${providerType}; expected /subscriptions/<subscription id>/resourceGroups/<group>/providers/${providerType}/<name>.`];
}

