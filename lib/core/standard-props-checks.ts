import { describeValue, Check, constructWith, isToken, oneOf, optional, record, required, shape, str, bool, both, resourceIdOf } from './input';
import { LOCK_LEVELS, LOCK_NOTES_MAX_LENGTH } from './lock';

// Runtime checks of the props every construct shares (`tags`, `lock`, `diagnostics`,
// `privateEndpoint`, `resourceGroup`, `publicNetworkAccess`), so that each construct's props
// check lists them the same way.

/**
 * Azure's tag limits (Microsoft Learn, "Use tags to organize your Azure resources and management
 * hierarchy", Limitations): at most 50 tags per resource; names of at most 512 characters, but 128
 * on storage accounts, which the hub's tags reach, so 128 here; values of at most 256 characters;
 * names without `<`, `>`, `%`, `&`, `\`, `?` or `/`; names compared without case.
 */
export const TAG_LIMITS = { maxTags: 50, maxNameLength: 128, maxValueLength: 256, forbiddenNameCharacters: '<>%&\\?/' } as const;

/** `tags`: names and string values within Azure's limits, no two names differing only in case. */
export const TAGS: Check = (value, label, problems) => {
  const tagName = (key: string): string | undefined => {
    if (key.length === 0 || key.length > TAG_LIMITS.maxNameLength) return `must be 1-${TAG_LIMITS.maxNameLength} characters long (Azure's limit on storage accounts, which get the hub's tags)`;
    const bad = [...TAG_LIMITS.forbiddenNameCharacters].filter((c) => key.includes(c));
    return bad.length > 0 ? `contains ${bad.map((c) => `"${c}"`).join(', ')}, which Azure does not allow in tag names` : undefined;
  };
  const tagValue: Check = (v, l, p) => {
    if (!str({ nonEmpty: false })(v, l, p)) return false;
    if (!isToken(v) && (v as string).length > TAG_LIMITS.maxValueLength) {
      p.push(`${l} is ${(v as string).length} characters long; Azure allows tag values of at most ${TAG_LIMITS.maxValueLength}.`);
      return false;
    }
    return true;
  };
  if (!record(tagValue, tagName)(value, label, problems)) return false;
  if (isToken(value)) return true;
  const names = Object.keys(value as object);
  let ok = true;
  if (names.length > TAG_LIMITS.maxTags) {
    problems.push(`${label} has ${names.length} tags; Azure allows at most ${TAG_LIMITS.maxTags} per resource.`);
    ok = false;
  }
  const seen = new Map<string, string>();
  for (const name of names) {
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined) {
      problems.push(`${label} has the tags "${earlier}" and "${name}", which Azure treats as one name (tag names are compared without case); keep one.`);
      ok = false;
    }
    seen.set(name.toLowerCase(), name);
  }
  return ok;
};

/** `lock`: `{ level: 'CanNotDelete', notes? }`. */
export const LOCK: Check = shape({
  level: required(oneOf(LOCK_LEVELS, 'the library offers CanNotDelete only (ReadOnly blocks the writes hubs and projects make to themselves)')),
  notes: optional((value, label, problems) => {
    if (!str()(value, label, problems)) return false;
    if (!isToken(value) && (value as string).length > LOCK_NOTES_MAX_LENGTH) {
      problems.push(`${label} is ${(value as string).length} characters long; azurerm accepts lock notes of at most ${LOCK_NOTES_MAX_LENGTH}.`);
      return false;
    }
    return true;
  }),
}, "an object such as { level: 'CanNotDelete' }");

/** `diagnostics`: `{ enabled?, logAnalyticsWorkspaceId? }`, not turned off and given a workspace at once. */
export const DIAGNOSTICS: Check = both(
  shape({
    enabled: optional(bool()),
    logAnalyticsWorkspaceId: optional(resourceIdOf('Microsoft.OperationalInsights/workspaces')),
  }, 'an object such as { logAnalyticsWorkspaceId: hub.logAnalyticsWorkspaceId } or { enabled: false }'),
  (value, label, problems) => {
    const d = value as { enabled?: unknown; logAnalyticsWorkspaceId?: unknown };
    if (d.enabled === false && d.logAnalyticsWorkspaceId !== undefined) {
      problems.push(`${label} has enabled false and logAnalyticsWorkspaceId ${describeValue(d.logAnalyticsWorkspaceId)}; the workspace would be ignored: remove it, or remove enabled to send diagnostics there.`);
      return false;
    }
    return true;
  },
);

/** A subnet endpoints can go in: `network.privateEndpointSubnet` or `AiNetwork.fromSubnetId(...)`. */
export const SUBNET: Check = constructWith('a subnet', { subnetId: 'string', virtualNetworkId: 'string', virtualNetworkKey: 'string', reserveAddresses: 'function' },
  'pass network.privateEndpointSubnet, or AiNetwork.fromSubnetId(scope, id, subnetId) for an existing subnet');

/** Where endpoints get DNS: `PrivateDnsZones`, `ExistingPrivateDnsZones` or `dnsZonesManagedByPolicy()`. */
export const DNS_ZONES: Check = (value, label, problems) => {
  const ok = constructWith('DNS zones', { mode: 'string', zoneIdsFor: 'function' },
    'pass a PrivateDnsZones, an ExistingPrivateDnsZones, or dnsZonesManagedByPolicy()')(value, label, problems);
  return ok && oneOf(['Created', 'Existing', 'PolicyManaged'])((value as { mode: unknown }).mode, `${label}.mode`, problems);
};

/** `privateEndpoint`: `{ subnet, dnsZones }`. */
export const PRIVATE_ENDPOINT: Check = shape({ subnet: required(SUBNET), dnsZones: required(DNS_ZONES) },
  'an object such as { subnet: network.privateEndpointSubnet, dnsZones }');

/** `resourceGroup`: an azurerm `ResourceGroup`, or any object with the group's `name` and `id`. */
export const RESOURCE_GROUP: Check = constructWith('a resource group', { name: 'string', id: 'string' },
  'pass an azurerm ResourceGroup (or an object with its name and id), or leave it out to create one');

/** `publicNetworkAccess`: `Enabled` or `Disabled`, written as Azure writes them. */
export const PUBLIC_NETWORK_ACCESS: Check = oneOf(['Enabled', 'Disabled']);

/**
 * A key that names role assignments in Terraform addresses: a plain, non-empty string (cdktf keeps
 * the letters and digits of construct ids in addresses, so any text works, as it always has).
 */
export const ADDRESS_KEY: Check = str({ literalBecause: 'it names role assignments, whose construct ids are Terraform addresses' });
