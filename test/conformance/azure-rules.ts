import { PINNED_ROLE_IDS } from './pinned/built-in-roles';
import { PINNED_CONNECTION_CATEGORIES } from './pinned/connection-categories';
import { PINNED_CONTENT_FILTERS } from './pinned/content-filters';
import { PINNED_PRIVATE_DNS_ZONES } from './pinned/private-dns-zones';
import { AZURE_REWRITES } from './azure-rewrites';
import { checkResourceName } from './azure-types/azure-type-checker';
import { valuesAt } from './azurerm/provider-validation-checker';

type Resources = Record<string, Record<string, Record<string, any>>>;

/** Terraform knows a string holding `${...}` only at plan time. */
const isExpression = (value: unknown) => typeof value === 'string' && value.includes('${');

/**
 * One rule Azure applies that the provider does not check, with its evidence: a value that breaks
 * it fails at apply time or never settles in later plans.
 */
export interface AzureRule {
  /** What the rule says, as a test name. */
  readonly rule: string;
  /** Where it is written down. */
  readonly evidence: string;
  /** The violations in a stack's resources, each naming the address and the value. */
  readonly violations: (resources: Resources) => string[];
}

const IP_ADDRESS_OR_RANGE = /^(\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?|[0-9a-fA-F:]+(\/\d{1,3})?)$/;
const ROLE_DEFINITION_ID = /^\/subscriptions\/(\$\{[^}]*\}|[^/]+)\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/;
const KNOWN_ROLE_IDS = new Set(Object.values(PINNED_ROLE_IDS));
const PINNED_ZONE_NAMES = new Set(Object.values(PINNED_PRIVATE_DNS_ZONES).flat());
const STORAGE_TARGET = /^\$\{azurerm_storage_account\.[^.]+\.id\}(\/(blob|file|queue|table)Services\/default)?$/;
const STORAGE_METRIC_CATEGORIES = ['Capacity', 'Transaction'];

/** Every resource of a type, as [address, body]. */
const each = (resources: Resources, type: string) => Object.entries(resources[type] ?? {}).map(([name, body]) => [`${type}.${name}`, body] as const);

/**
 * The rules, each with its source. "Values Azure rewrites on read" are among them: writing such a
 * value makes every later plan show a change.
 */
export const AZURE_RULES: readonly AzureRule[] = [
  {
    rule: 'no value is written in a form Azure rewrites on read',
    evidence: 'the table AZURE_REWRITES in azure-rewrites.ts, each entry with its own evidence',
    violations: (resources) => AZURE_REWRITES.flatMap((rewrite) => each(resources, rewrite.resourceType)
      .filter(([, body]) => rewrite.appliesTo?.(body) ?? true)
      .flatMap(([address, body]) => valuesAt(body, rewrite.attribute)
        .filter((value) => typeof value === 'string' && (typeof rewrite.written === 'string' ? value === rewrite.written : rewrite.written.test(value)))
        .map((value) => `${address}: ${rewrite.attribute} "${value}" is read back as ${rewrite.readBack} (${rewrite.evidence})`))),
  },
  {
    rule: 'a network security rule has service tags only in its single source or destination prefix, never in a prefix list',
    evidence: 'Azure REST API SecurityRulePropertiesFormat (network 2024-05-01): sourceAddressPrefixes "The CIDR or source IP ranges", only the single prefix takes "Default tags such as \'VirtualNetwork\'"; azurerm v4.55.0 docs of azurerm_network_security_rule: "Tags may not be used"; Azure answers SecurityRuleParameterContainsUnsupportedValue (hashicorp/terraform-provider-azurerm#5617)',
    violations: (resources) => each(resources, 'azurerm_network_security_rule').flatMap(([address, body]) =>
      ['source_address_prefixes', 'destination_address_prefixes'].flatMap((attribute) => (body[attribute] ?? [] as string[])
        .filter((prefix: string) => !isExpression(prefix) && !IP_ADDRESS_OR_RANGE.test(prefix))
        .map((prefix: string) => `${address}: ${attribute} holds "${prefix}", which is not an address or range`))),
  },
  {
    rule: 'storage diagnostic settings enable the metric categories Azure reads back (Capacity, Transaction), never AllMetrics',
    evidence: 'Azure rewrites AllMetrics into Capacity and Transaction when it reads a storage service\'s diagnostic setting (Azure/terraform-azurerm-avm-res-storage-storageaccount locals.diagnostics.tf, commit 0862d40, PR #380 "prevent diagnostic settings drift", issue #318; azurerm reads every category back, internal/services/monitor/monitor_diagnostic_setting_resource.go v4.55.0 flatten of enabled_metric); at account scope a 400 "supported categories are: \'Capacity;Transaction\'" is reported (same repository, PR #325); Learn "Supported metrics" for Microsoft.Storage/storageAccounts and its services lists the categories Capacity and Transaction',
    violations: (resources) => each(resources, 'azurerm_monitor_diagnostic_setting')
      .filter(([, body]) => STORAGE_TARGET.test(String(body.target_resource_id)))
      .flatMap(([address, body]) => valuesAt(body, 'enabled_metric.category')
        .filter((category) => !STORAGE_METRIC_CATEGORIES.includes(category as string))
        .map((category) => `${address}: enabled_metric category "${category}" on ${body.target_resource_id}`)),
  },
  {
    rule: 'a role assignment names its role definition in the subscription-scoped form, by a GUID of a built-in role the library uses, or by the resource id of a role the stack defines',
    evidence: 'azurerm v4.55.0 internal/services/authorization/role_assignment_resource.go reads role_definition_id back verbatim from the API, which returns /subscriptions/<id>/providers/... (the bare /providers/... form plans a replacement every time: hashicorp/terraform-provider-azurerm#4258, #19847); GUIDs from Microsoft Learn "Azure built-in roles" (pinned/built-in-roles.ts)',
    violations: (resources) => each(resources, 'azurerm_role_assignment').flatMap(([address, body]) => {
      const id = String(body.role_definition_id);
      // A custom role of the stack: role_definition_resource_id is the subscription-scoped id
      // (azurerm v4.55.0 role_definition_resource.go; role_definition_id there is the bare GUID).
      if (/^\$\{azurerm_role_definition\.[A-Za-z0-9_-]+\.role_definition_resource_id\}$/.test(id)) {
        return id.slice(2, -1).split('.')[1] in (resources.azurerm_role_definition ?? {}) ? [] : [`${address}: role_definition_id "${id}" names a role definition the stack does not hold`];
      }
      // A role the user passes from another stack or as a variable (ImportedAiHub's projectBlobDataRoleId).
      if (/^\$\{(var\.[A-Za-z0-9_-]+|data\.terraform_remote_state\.[A-Za-z0-9_.-]+)\}$/.test(id)) return [];
      const match = ROLE_DEFINITION_ID.exec(id);
      if (!match) return [`${address}: role_definition_id "${id}" is not /subscriptions/<id>/providers/Microsoft.Authorization/roleDefinitions/<guid>`];
      return KNOWN_ROLE_IDS.has(match[2]) ? [] : [`${address}: role definition ${match[2]} is not a built-in role of Microsoft Learn's table (pinned/built-in-roles.ts)`];
    }),
  },
  {
    rule: 'private DNS zones and the zone groups of private endpoints are exactly the zones Microsoft lists for the endpoint\'s subresource',
    evidence: 'Microsoft Learn "Azure Private Endpoint private DNS zone values" (pinned/private-dns-zones.ts)',
    violations: (resources) => {
      const zoneNameOf = new Map(each(resources, 'azurerm_private_dns_zone').map(([address, body]) => [`\${${address}.id}`, String(body.name)]));
      const problems = each(resources, 'azurerm_private_dns_zone')
        .filter(([, body]) => !PINNED_ZONE_NAMES.has(body.name))
        .map(([address, body]) => `${address}: zone "${body.name}" is not one of Microsoft's private endpoint zones`);
      for (const [address, body] of each(resources, 'azurerm_private_endpoint')) {
        const group = valuesAt(body, 'private_dns_zone_group.private_dns_zone_ids') as string[];
        if (group.length === 0) continue;
        const [subresource] = valuesAt(body, 'private_service_connection.subresource_names') as string[];
        const zones = group.map((id) => zoneNameOf.get(id) ?? (isExpression(id) ? undefined : id.split('/').pop()));
        if (zones.some((z) => z === undefined)) continue;
        const expected = PINNED_PRIVATE_DNS_ZONES[subresource];
        if (JSON.stringify([...zones].sort()) !== JSON.stringify([...(expected ?? [])].sort())) {
          problems.push(`${address}: subresource "${subresource}" has zones ${zones.join(', ')}, Microsoft lists ${expected?.join(', ') ?? 'none'}`);
        }
      }
      return problems;
    },
  },
  {
    rule: 'content filters use the API\'s filter names, with a severity on the harm filters only',
    evidence: 'azure-rest-api-specs Microsoft.CognitiveServices stable/2024-10-01 and 2025-06-01 examples ListRaiContentFilters.json (catalog names, isMultiLevelFilter) and PutRaiPolicy.json (pinned/content-filters.ts)',
    violations: (resources) => each(resources, 'azapi_resource')
      .filter(([, body]) => String(body.type).startsWith('Microsoft.CognitiveServices/accounts/raiPolicies@'))
      .flatMap(([address, body]) => (body.body?.properties?.contentFilters ?? []).flatMap((filter: { name: string; severityThreshold?: string }) => {
        const known = PINNED_CONTENT_FILTERS[filter.name];
        if (!known) return [`${address}: content filter "${filter.name}" is not one the API knows (${Object.keys(PINNED_CONTENT_FILTERS).join(', ')})`];
        if (known.multiLevel !== (filter.severityThreshold !== undefined)) return [`${address}: content filter "${filter.name}" ${known.multiLevel ? 'needs' : 'has no'} severity levels`];
        return [];
      })),
  },
  {
    rule: 'a workspace connection\'s category matches the endpoint it points at',
    evidence: 'pinned/connection-categories.ts (the connections@2024-10-01 category enum; Microsoft\'s quickstart templates and Verified Modules)',
    violations: (resources) => each(resources, 'azapi_resource')
      .filter(([, body]) => String(body.type).startsWith('Microsoft.MachineLearningServices/workspaces/connections@'))
      .flatMap(([address, body]) => {
        const { target, category } = body.body?.properties ?? {};
        if (isExpression(target)) return [];
        const expected = PINNED_CONNECTION_CATEGORIES.find((c) => c.host.test(String(target)))?.category;
        return expected === category ? [] : [`${address}: category "${category}" for target "${target}" (expected ${expected ?? 'a known endpoint'})`];
      }),
  },
  {
    rule: 'managed-network outbound rules written through azurerm have names the API accepts',
    evidence: 'the name pattern of Microsoft.MachineLearningServices/workspaces/outboundRules@2024-10-01 in the azapi provider\'s embedded types (azure-types/); azurerm v4.55.0 only checks that the name is not empty',
    violations: (resources) => ['fqdn', 'service_tag', 'private_endpoint'].flatMap((kind) =>
      each(resources, `azurerm_machine_learning_workspace_network_outbound_rule_${kind}`).flatMap(([address, body]) =>
        checkResourceName('Microsoft.MachineLearningServices/workspaces/outboundRules@2024-10-01', body.name)
          .map((problem) => `${address}: ${problem}`))),
  },
];

/** Every violation of an Azure rule in a stack's resources. */
export function azureRuleProblems(resources: Resources): string[] {
  return AZURE_RULES.flatMap((r) => r.violations(resources).map((v) => `${v} [${r.rule}]`));
}
