import { Construct } from 'constructs';
import { AzapiResource } from '../core/azapi';
import { shortHash } from '../core/naming';
import { bool, Check, list, oneOf, optional, repeatedEntries, required, shape, str } from '../core/input';
import { isLiteral } from '../core/validation';

/** The harm categories a content filter grades by severity. */
export type HarmCategory = 'Hate' | 'Sexual' | 'Violence' | 'SelfHarm';

/** The harm categories, in the order filters are written. */
export const HARM_CATEGORIES: readonly HarmCategory[] = ['Hate', 'Sexual', 'Violence', 'SelfHarm'];

/**
 * The lowest severity a filter acts on: `Low` acts on low, medium and high (the strictest),
 * `Medium` on medium and high, `High` on high only.
 */
export type SeverityThreshold = (typeof SEVERITY_THRESHOLDS)[number];

/**
 * The severity thresholds of a harm filter: the API's `severityThreshold` enum (Low, Medium, High)
 * in Microsoft.CognitiveServices/accounts/raiPolicies@2024-10-01 of the types the azapi provider
 * embeds (shared/reference/azure-types/cognitiveservices@2024-10-01.json).
 */
export const SEVERITY_THRESHOLDS = ['Low', 'Medium', 'High'] as const;

/** Where a blocklist applies: prompts, completions, or both (the library's `Both` writes one entry per side). */
export const BLOCKLIST_TARGETS = ['Prompt', 'Completion', 'Both'] as const;

/** What a filter does about one harm category on one side of the conversation. */
export interface HarmFilter {
  /** The lowest severity acted on. @default 'Low' (the strictest) */
  readonly threshold?: SeverityThreshold;
  /** Block the request or response; `false` only annotates it, and warns. @default true */
  readonly blocking?: boolean;
}

/** A custom blocklist of a content filter: terms that are blocked wherever they appear. */
export interface ContentFilterBlocklist {
  /** Blocklist name, unique in the account: letters, digits, underscores and hyphens. */
  readonly name: string;
  /** Blocked terms (matched as whole words, case-insensitive). */
  readonly terms?: readonly string[];
  /** Blocked regular expressions. */
  readonly patterns?: readonly string[];
  /** Where the list applies. @default 'Both': prompts and completions */
  readonly appliesTo?: (typeof BLOCKLIST_TARGETS)[number];
}

/** A content filter (RAI policy) of an {@link AiServices} account, referenced by deployments by name. */
export interface ContentFilterProps {
  /** Name deployments use in `contentFilter`, e.g. `strict` or `support-bot`. */
  readonly name: string;
  /** Filters of user prompts by harm category. @default every category at `Low`, blocking */
  readonly prompt?: Partial<Record<HarmCategory, HarmFilter>>;
  /** Filters of model completions by harm category. @default every category at `Low`, blocking */
  readonly completion?: Partial<Record<HarmCategory, HarmFilter>>;
  /** Block jailbreak attempts in prompts (prompt shields). Turning it off warns. @default true */
  readonly jailbreak?: boolean;
  /** Block indirect prompt attacks hidden in documents. Turning it off warns. @default true */
  readonly indirectAttack?: boolean;
  /** Block completions that reproduce protected text or code. Turning it off warns. @default true */
  readonly protectedMaterial?: boolean;
  /**
   * Custom blocklists, created through AzAPI (`raiBlocklists` with their `raiBlocklistItems`, which
   * azurerm 4.55 cannot create) and attached by the filter.
   * @default none
   */
  readonly blocklists?: readonly ContentFilterBlocklist[];
}

/** The strict preset: every harm category blocked from `Low` in prompts and completions, every shield on. */
export const STRICT_CONTENT_FILTER: ContentFilterProps = { name: 'strict' };

/**
 * The Microsoft policy the library's filters derive from (their unset filters come from it): the
 * default safety policy of Microsoft Learn "Default content safety policies", named
 * Microsoft.DefaultV2 where deployments reference it (`raiPolicyName`).
 */
export const CONTENT_FILTER_BASE_POLICY = 'Microsoft.DefaultV2';

/**
 * The names the Cognitive Services API gives the harm filters (the library's `SelfHarm` is the
 * API's `Selfharm`). Source: azure-rest-api-specs, specification/cognitiveservices/resource-manager/
 * Microsoft.CognitiveServices/stable/2024-10-01 and 2025-06-01/examples/ListRaiContentFilters.json
 * (the catalog of filters: Hate, Sexual, Violence, Selfharm) and PutRaiPolicy.json.
 */
export const HARM_FILTER_NAMES: Readonly<Record<HarmCategory, string>> = { Hate: 'Hate', Sexual: 'Sexual', Violence: 'Violence', SelfHarm: 'Selfharm' };

/**
 * The shield filters, by the API's names, with the side they act on (same catalog:
 * `isMultiLevelFilter: false`, so they have no severity; Microsoft Learn lists their threshold as
 * "N/A").
 */
export const SHIELD_FILTERS = {
  jailbreak: { name: 'Jailbreak', source: 'Prompt' },
  indirectAttack: { name: 'Indirect Attack', source: 'Prompt' },
  protectedMaterialText: { name: 'Protected Material Text', source: 'Completion' },
  protectedMaterialCode: { name: 'Protected Material Code', source: 'Completion' },
} as const;

const HARM_FILTER: Check = shape({ threshold: optional(oneOf(SEVERITY_THRESHOLDS)), blocking: optional(bool()) }, "an object such as { threshold: 'Low', blocking: true }");
const HARM_FILTERS: Check = shape(Object.fromEntries(HARM_CATEGORIES.map((category) => [category, optional(HARM_FILTER)])),
  `an object of harm categories (${HARM_CATEGORIES.join(', ')})`);
const NAME_OF_ADDRESS = str({ literalBecause: 'it names a resource, whose construct id is a Terraform address' });

/** The runtime check of one content filter: types, shapes and allowed values. */
export const CONTENT_FILTER: Check = shape({
  name: required(NAME_OF_ADDRESS),
  prompt: optional(HARM_FILTERS),
  completion: optional(HARM_FILTERS),
  jailbreak: optional(bool()),
  indirectAttack: optional(bool()),
  protectedMaterial: optional(bool()),
  blocklists: optional(list(shape({
    name: required(NAME_OF_ADDRESS),
    terms: optional(list(str({ nonEmpty: false }))),
    patterns: optional(list(str({ nonEmpty: false }))),
    appliesTo: optional(oneOf(BLOCKLIST_TARGETS)),
  }, 'a blocklist such as { name, terms }'))),
}, 'a content filter such as { name, prompt, completion }');

const FILTER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** One entry of a RAI policy's `contentFilters`, as the API defines it. */
export interface RaiContentFilter {
  readonly name: string;
  readonly enabled: boolean;
  readonly blocking: boolean;
  readonly source: 'Prompt' | 'Completion';
  /** Harm filters only: shields have no severity in the API. */
  readonly severityThreshold?: SeverityThreshold;
}

/** The `contentFilters` of a filter, with every default applied, in the API's shape. */
export function contentFilterRules(props: ContentFilterProps): RaiContentFilter[] {
  const harm = (source: 'Prompt' | 'Completion', filters: ContentFilterProps['prompt']): RaiContentFilter[] => HARM_CATEGORIES.map((category) => {
    const filter = filters?.[category] ?? {};
    return { name: HARM_FILTER_NAMES[category], enabled: true, blocking: filter.blocking ?? true, source, severityThreshold: filter.threshold ?? 'Low' };
  });
  const shield = (which: keyof typeof SHIELD_FILTERS, on: boolean): RaiContentFilter => ({ ...SHIELD_FILTERS[which], enabled: on, blocking: on });
  const protectedMaterial = props.protectedMaterial ?? true;
  return [
    ...harm('Prompt', props.prompt),
    ...harm('Completion', props.completion),
    shield('jailbreak', props.jailbreak ?? true),
    shield('indirectAttack', props.indirectAttack ?? true),
    shield('protectedMaterialText', protectedMaterial),
    shield('protectedMaterialCode', protectedMaterial),
  ];
}

/** Checks filter names and categories; returns problems. */
export function checkContentFilters(filters: readonly ContentFilterProps[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const seenLists = new Set<string>();
  // Types, categories and thresholds are checked by CONTENT_FILTER first; names are literal there.
  for (const filter of filters) {
    if (!FILTER_NAME.test(filter.name)) problems.push(`content filter "${filter.name}": the name must be 1-64 letters, digits, underscores and hyphens; rename it.`);
    if (filter.name.startsWith('Microsoft.')) problems.push(`content filter "${filter.name}": names starting with "Microsoft." belong to Microsoft's built-in policies; rename it.`);
    if (seen.has(filter.name)) problems.push(`content filter "${filter.name}": the name is used by two filters; rename one.`);
    seen.add(filter.name);
    for (const list of filter.blocklists ?? []) {
      const label = `content filter "${filter.name}": blocklist "${list.name}"`;
      if (!FILTER_NAME.test(list.name)) problems.push(`${label}: the name must be 1-64 letters, digits, underscores and hyphens; rename it.`);
      if (seenLists.has(list.name)) problems.push(`${label}: the name is used twice in the account; rename one.`);
      seenLists.add(list.name);
      const entries = [...(list.terms ?? []), ...(list.patterns ?? [])];
      for (const [kind, values] of [['terms', list.terms ?? []], ['patterns', list.patterns ?? []]] as const) {
        // Each entry is a resource named by a hash of it: a repeated entry would be two resources of one name.
        for (const entry of repeatedEntries(values)) problems.push(`${label}: ${kind} lists "${entry}" twice; list each entry once.`);
      }
      if (entries.length === 0) problems.push(`${label}: it has no terms or patterns, so it blocks nothing; add some or remove the list.`);
      for (const pattern of list.patterns ?? []) {
        try { new RegExp(pattern); } catch { problems.push(`${label}: pattern "${pattern}" is not a valid regular expression.`); }
      }
      for (const entry of entries) if (isLiteral(entry) && (entry.length === 0 || entry.length > 1000)) problems.push(`${label}: entry "${entry.slice(0, 40)}" must be 1-1000 characters.`);
    }
  }
  return problems;
}

/** What each filter weakens compared to the strict preset, in words, for warning annotations. */
export function contentFilterWeakenings(props: ContentFilterProps): string[] {
  const weaker: string[] = [];
  for (const [side, filters] of [['prompts', props.prompt], ['completions', props.completion]] as const) {
    for (const [category, harm] of Object.entries(filters ?? {})) {
      if (harm?.blocking === false) weaker.push(`${category} in ${side} is only annotated, not blocked`);
      if (harm?.threshold !== undefined && harm.threshold !== 'Low') weaker.push(`${category} in ${side} is acted on from ${harm.threshold} severity only`);
    }
  }
  if (props.jailbreak === false) weaker.push('jailbreak attempts are not blocked');
  if (props.indirectAttack === false) weaker.push('indirect prompt attacks are not blocked');
  if (props.protectedMaterial === false) weaker.push('protected material is not blocked');
  return weaker;
}

/** The AzAPI types of content filters and their blocklists, pinned. */
export const RAI_API = {
  policy: { type: 'Microsoft.CognitiveServices/accounts/raiPolicies', apiVersion: '2024-10-01' },
  blocklist: { type: 'Microsoft.CognitiveServices/accounts/raiBlocklists', apiVersion: '2024-10-01' },
  item: { type: 'Microsoft.CognitiveServices/accounts/raiBlocklists/raiBlocklistItems', apiVersion: '2024-10-01' },
} as const;

/** The azurerm resource type earlier versions of the library used for filters without blocklists. */
const AZURERM_RAI_POLICY = 'azurerm_cognitive_account_rai_policy';

/**
 * Creates a content filter (`ContentFilter-<name>`) on an account as an AzAPI RAI policy, with its
 * blocklists (`Blocklist-<name>`, one `Blocklist-<name>-<hash of the entry>` per entry).
 * Deployments must wait for the result.
 *
 * Every filter goes through AzAPI because azurerm 4.55's `azurerm_cognitive_account_rai_policy`
 * requires a severity on every filter (content_filter.severity_threshold is Required in
 * internal/services/cognitive/cognitive_account_rai_policy_resource.go at v4.55.0) and reads back
 * whatever the API returns, while the API's shields have none: the placeholder would show as a
 * change in every plan. A filter without blocklists was an azurerm resource before, so it carries a
 * `moved` block from that address (Terraform 1.8+, azapi moves azurerm resources since 2.1).
 */
export function addContentFilter(scope: Construct, accountId: string, props: ContentFilterProps): AzapiResource {
  const blocklists = props.blocklists ?? [];
  const lists = blocklists.map((list) => {
    const blocklist = new AzapiResource(scope, `Blocklist-${list.name}`, {
      ...RAI_API.blocklist, name: list.name, parentId: accountId,
      body: { properties: { description: `Blocklist of content filter ${props.name}` } },
    });
    const entries = [...(list.terms ?? []).map((pattern) => ({ pattern, isRegex: false })), ...(list.patterns ?? []).map((pattern) => ({ pattern, isRegex: true }))];
    return entries.map((entry) => {
      const hash = shortHash(`${entry.isRegex}:${entry.pattern}`, 8);
      return new AzapiResource(scope, `Blocklist-${list.name}-${hash}`, {
        ...RAI_API.item, name: `item-${hash}`, parentId: blocklist.id, body: { properties: entry },
      });
    });
  });
  const sources = (list: ContentFilterBlocklist) => (list.appliesTo ?? 'Both') === 'Both' ? ['Prompt', 'Completion'] : [list.appliesTo as string];
  const policy = new AzapiResource(scope, `ContentFilter-${props.name}`, {
    ...RAI_API.policy, name: props.name, parentId: accountId,
    body: {
      properties: {
        basePolicyName: CONTENT_FILTER_BASE_POLICY,
        contentFilters: contentFilterRules(props),
        ...(blocklists.length > 0
          ? { customBlocklists: blocklists.flatMap((list) => sources(list).map((source) => ({ blocklistName: list.name, blocking: true, source }))) }
          : {}),
      },
    },
    dependsOn: blocklists.length > 0 ? lists.flat() : undefined,
  });
  if (blocklists.length === 0) policy.moveFromId(`${AZURERM_RAI_POLICY}.${policy.friendlyUniqueId}`);
  return policy;
}
