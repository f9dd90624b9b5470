import { isLiteral } from './validation';

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

