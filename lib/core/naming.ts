import { createHash } from 'node:crypto';
import { IConstruct } from 'constructs';
import { isLiteral } from './validation';

/**
 * Azure's naming rule for one kind of resource (see shared/reference/naming.md).
 * Length is checked apart from the pattern, because Terraform-style patterns have no look-ahead.
 */
export interface NameRule {
  /** What the name is of, as it appears in error messages. */
  readonly label: string;
  /** Where the name must be unique. */
  readonly uniqueIn: string;
  readonly minLength: number;
  readonly maxLength: number;
  readonly pattern: RegExp;
  /** The rule in words, for error messages. */
  readonly description: string;
}

/**
 * The name rule of a hub's or project's connections and managed-network outbound rules: both
 * `name` types point at one pattern in Microsoft.MachineLearningServices/workspaces/connections@2024-10-01
 * and .../outboundRules@2024-10-01 of the types the azapi provider embeds (the REST spec's
 * ConnectionName and RuleName parameters).
 */
const WORKSPACE_CHILD_NAME = {
  minLength: 3, maxLength: 33,
  pattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/,
  description: 'letters, digits, underscores and hyphens, starting with a letter or digit',
} as const;

/** The naming rules of every resource the library names. */
export const NameRules = {
  resourceGroup: {
    label: 'resource group name', uniqueIn: 'subscription', minLength: 1, maxLength: 90,
    pattern: /^[-\w.()]{0,89}[-\w()]$/,
    description: 'letters, digits, underscores, hyphens, periods and parentheses, not ending in a period',
  },
  storageAccount: {
    label: 'storage account name', uniqueIn: 'Azure (global)', minLength: 3, maxLength: 24,
    pattern: /^[a-z0-9]+$/,
    description: 'lowercase letters and digits only',
  },
  storageContainer: {
    label: 'storage container name', uniqueIn: 'storage account', minLength: 3, maxLength: 63,
    pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
    description: 'lowercase letters, digits and single hyphens, starting and ending with a letter or digit',
  },
  keyVault: {
    label: 'key vault name', uniqueIn: 'Azure (global; a deleted name stays taken until purged)', minLength: 3, maxLength: 24,
    pattern: /^[A-Za-z](-?[A-Za-z0-9])+$/,
    description: 'letters, digits and single hyphens, starting with a letter and ending with a letter or digit',
  },
  containerRegistry: {
    label: 'container registry name', uniqueIn: 'Azure (global)', minLength: 5, maxLength: 50,
    pattern: /^[a-z0-9]+$/,
    description: 'lowercase letters and digits only',
  },
  applicationInsights: {
    label: 'Application Insights name', uniqueIn: 'resource group', minLength: 1, maxLength: 255,
    pattern: /^[A-Za-z0-9._()-]{0,254}[A-Za-z0-9_()-]$/,
    description: 'letters, digits, periods, underscores, hyphens and parentheses, not ending in a period',
  },
  // azurerm v4.55.0 internal/services/monitor/validate/private_link_scope_name.go states this rule
  // (its regex is looser: `()-_` in its class is a range); a name ending in ")" fails that regex too.
  monitorPrivateLinkScope: {
    label: 'monitor private link scope name', uniqueIn: 'resource group', minLength: 1, maxLength: 255,
    pattern: /^[A-Za-z0-9()._-]{0,254}[A-Za-z0-9_-]$/,
    description: 'letters, digits, periods, underscores, hyphens and parentheses, ending with a letter, digit, underscore or hyphen',
  },
  logAnalyticsWorkspace: {
    label: 'Log Analytics workspace name', uniqueIn: 'resource group', minLength: 4, maxLength: 63,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]{2,61}[A-Za-z0-9]$/,
    description: 'letters, digits and hyphens, starting and ending with a letter or digit',
  },
  workspace: {
    label: 'hub or project name', uniqueIn: 'resource group (hubs and projects share one namespace)', minLength: 3, maxLength: 33,
    pattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/,
    description: 'letters, digits, underscores and hyphens, starting with a letter or digit',
  },
  virtualNetwork: {
    label: 'virtual network name', uniqueIn: 'resource group', minLength: 2, maxLength: 64,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}[A-Za-z0-9_]$/,
    description: 'letters, digits, underscores, periods and hyphens, starting with a letter or digit and ending with a letter, digit or underscore',
  },
  subnet: {
    label: 'subnet or network security group name', uniqueIn: 'virtual network (subnet) or resource group (NSG)', minLength: 1, maxLength: 80,
    pattern: /^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/,
    description: 'letters, digits, underscores, periods and hyphens, starting with a letter or digit and ending with a letter, digit or underscore',
  },
  privateEndpoint: {
    label: 'private endpoint name', uniqueIn: 'resource group', minLength: 2, maxLength: 64,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}[A-Za-z0-9_]$/,
    description: 'letters, digits, underscores, periods and hyphens, starting with a letter or digit and ending with a letter, digit or underscore',
  },
  aiServices: {
    label: 'AI Services account name', uniqueIn: 'resource group', minLength: 2, maxLength: 64,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: 'letters, digits and hyphens, starting and ending with a letter or digit',
  },
  aiServicesSubdomain: {
    label: 'AI Services custom subdomain', uniqueIn: 'Azure (global, immutable; a deleted name stays taken until purged)', minLength: 2, maxLength: 64,
    pattern: /^[a-z0-9][a-z0-9-]*[a-z0-9]$/,
    description: 'lowercase letters, digits and hyphens, starting and ending with a letter or digit',
  },
  searchService: {
    label: 'search service name', uniqueIn: 'Azure (global)', minLength: 2, maxLength: 60,
    pattern: /^[a-z0-9]{2}[a-z0-9]*(-[a-z0-9]+)*$/,
    description: 'lowercase letters, digits and single hyphens, starting with two letters or digits and not ending in a hyphen',
  },
  connection: { label: 'connection name', uniqueIn: 'hub or project', ...WORKSPACE_CHILD_NAME },
  outboundRule: { label: 'outbound rule name', uniqueIn: 'hub', ...WORKSPACE_CHILD_NAME },
  userAssignedIdentity: {
    label: 'managed identity name', uniqueIn: 'resource group', minLength: 3, maxLength: 128,
    pattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/,
    description: 'letters, digits, underscores and hyphens, starting with a letter or digit',
  },
} as const satisfies Record<string, NameRule>;

/**
 * Checks a name against a rule. Unresolved tokens are skipped (Terraform knows them only at plan
 * time). Returns the problems found, each naming the value, the rule and a fix.
 *
 * @param fix how to fix it, e.g. 'set `storageAccountName` explicitly'
 */
export function checkName(rule: NameRule, value: string | undefined, fix: string): string[] {
  if (!isLiteral(value)) return [];
  const problems: string[] = [];
  if (value.length < rule.minLength || value.length > rule.maxLength) {
    problems.push(`${rule.label} "${value}" is ${value.length} characters long but must be ${rule.minLength}-${rule.maxLength} (Azure: unique in ${rule.uniqueIn}); ${fix}.`);
  }
  if (!rule.pattern.test(value)) {
    problems.push(`${rule.label} "${value}" must use ${rule.description} (Azure: unique in ${rule.uniqueIn}); ${fix}.`);
  }
  return problems;
}

/**
 * The rule for the base name from which default names are derived: lowercase letters, digits and
 * single hyphens, so that every derived name is valid for every resource kind.
 */
export const BASE_NAME_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The longest base name: `hub-` plus the base must fit the 33 characters of a workspace name. */
export const BASE_NAME_MAX_LENGTH = 24;

/** Checks a base name (literal required: every default name is computed from it at synth time). */
export function checkBaseName(value: string, prop: string): string[] {
  if (!isLiteral(value)) {
    return [`${prop} must be a literal string, not a Terraform token: default resource names are derived from it at synth time; pass a plain string.`];
  }
  if (value.length < 1 || value.length > BASE_NAME_MAX_LENGTH || !BASE_NAME_PATTERN.test(value)) {
    return [`${prop} "${value}" must be 1-${BASE_NAME_MAX_LENGTH} lowercase letters, digits and single hyphens (it prefixes every resource name, e.g. "sales-dev"); choose a shorter or simpler base name.`];
  }
  return [];
}

/**
 * A short, stable suffix for globally unique names: hex characters of a SHA-256 over the
 * construct's path, which starts with its stack's name. Same code, same suffix; never random.
 */
export function uniqueSuffix(construct: IConstruct, length = 6): string {
  return shortHash(construct.node.path, length);
}

/** The first `length` hex characters of a SHA-256 over `text`: a stable key for names and ids. */
export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Removes every character that is not a lowercase letter or digit. */
function alphanumeric(base: string): string {
  return base.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Builds `<prefix><base><suffix>` of lowercase alphanumerics, cutting the base to fit `maxLength`. */
export function compactName(prefix: string, base: string, suffix: string, maxLength: number): string {
  const room = maxLength - prefix.length - suffix.length;
  return `${prefix}${alphanumeric(base).slice(0, room)}${suffix}`;
}

/** Builds `<prefix>-<base>-<suffix>`, cutting the base to fit `maxLength` without leaving a dangling hyphen. */
export function hyphenatedName(prefix: string, base: string, suffix: string, maxLength: number): string {
  const room = maxLength - prefix.length - suffix.length - 2;
  const cut = base.slice(0, room).replace(/-+$/, '');
  return `${prefix}-${cut}-${suffix}`;
}

/** Lowercases a construct id into the base-name alphabet, for names derived from construct ids. */
export function baseNameFromId(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
