import { CognitiveAccountRaiPolicy, CognitiveAccountRaiPolicyContentFilter } from '@cdktf/provider-azurerm/lib/cognitive-account-rai-policy';
import { Construct } from 'constructs';
import { isLiteral } from '../core/validation';

/** The harm categories a content filter grades by severity. */
export type HarmCategory = 'Hate' | 'Sexual' | 'Violence' | 'SelfHarm';

/** The harm categories, in the order filters are written. */
export const HARM_CATEGORIES: readonly HarmCategory[] = ['Hate', 'Sexual', 'Violence', 'SelfHarm'];

/**
 * The lowest severity a filter acts on: `Low` acts on low, medium and high (the strictest),
 * `Medium` on medium and high, `High` on high only.
 */
export type SeverityThreshold = 'Low' | 'Medium' | 'High';

/** What a filter does about one harm category on one side of the conversation. */
export interface HarmFilter {
  /** The lowest severity acted on. @default 'Low' (the strictest) */
  readonly threshold?: SeverityThreshold;
  /** Block the request or response; `false` only annotates it, and warns. @default true */
  readonly blocking?: boolean;
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
}

/** The strict preset: every harm category blocked from `Low` in prompts and completions, every shield on. */
export const STRICT_CONTENT_FILTER: ContentFilterProps = { name: 'strict' };

/** The Microsoft policy the library's filters derive from (their unset filters come from it). */
export const CONTENT_FILTER_BASE_POLICY = 'Microsoft.DefaultV2';

const FILTER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The content filter blocks of a filter, with every default applied. */
export function contentFilterRules(props: ContentFilterProps): CognitiveAccountRaiPolicyContentFilter[] {
  const harm = (source: 'Prompt' | 'Completion', filters: ContentFilterProps['prompt']) => HARM_CATEGORIES.map((name) => {
    const filter = filters?.[name] ?? {};
    return { name, source, filterEnabled: true, blockEnabled: filter.blocking ?? true, severityThreshold: filter.threshold ?? 'Low' };
  });
  // azurerm 4.55 requires a severity on every filter; the shields have none, so `High` is a placeholder.
  const shield = (name: string, source: 'Prompt' | 'Completion', on: boolean) => ({ name, source, filterEnabled: on, blockEnabled: on, severityThreshold: 'High' });
  const protectedMaterial = props.protectedMaterial ?? true;
  return [
    ...harm('Prompt', props.prompt),
    ...harm('Completion', props.completion),
    shield('Jailbreak', 'Prompt', props.jailbreak ?? true),
    shield('Indirect Attack', 'Prompt', props.indirectAttack ?? true),
    shield('Protected Material Text', 'Completion', protectedMaterial),
    shield('Protected Material Code', 'Completion', protectedMaterial),
  ];
}

/** Checks filter names and categories; returns problems. */
export function checkContentFilters(filters: readonly ContentFilterProps[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const filter of filters) {
    if (!isLiteral(filter.name)) {
      problems.push('a content filter name is a Terraform expression; filter names become Terraform addresses, so pass a plain string.');
      continue;
    }
    if (!FILTER_NAME.test(filter.name)) problems.push(`content filter "${filter.name}": the name must be 1-64 letters, digits, underscores and hyphens; rename it.`);
    if (filter.name.startsWith('Microsoft.')) problems.push(`content filter "${filter.name}": names starting with "Microsoft." belong to Microsoft's built-in policies; rename it.`);
    if (seen.has(filter.name)) problems.push(`content filter "${filter.name}": the name is used by two filters; rename one.`);
    seen.add(filter.name);
    for (const [side, filters] of [['prompt', filter.prompt], ['completion', filter.completion]] as const) {
      for (const [category, harm] of Object.entries(filters ?? {})) {
        if (!(HARM_CATEGORIES as readonly string[]).includes(category)) problems.push(`content filter "${filter.name}": ${side} category "${category}" is not one of ${HARM_CATEGORIES.join(', ')}.`);
        if (harm?.threshold !== undefined && !['Low', 'Medium', 'High'].includes(harm.threshold)) problems.push(`content filter "${filter.name}": ${side}.${category}.threshold "${harm.threshold}" must be Low, Medium or High.`);
      }
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

/** Creates a content filter (`ContentFilter-<name>`) on an account. */
export function addContentFilter(scope: Construct, accountId: string, props: ContentFilterProps): CognitiveAccountRaiPolicy {
  return new CognitiveAccountRaiPolicy(scope, `ContentFilter-${props.name}`, {
    name: props.name,
    cognitiveAccountId: accountId,
    basePolicyName: CONTENT_FILTER_BASE_POLICY,
    contentFilter: contentFilterRules(props),
  });
}
