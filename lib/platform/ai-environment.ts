import { ConsumptionBudgetResourceGroup } from '@cdktf/provider-azurerm/lib/consumption-budget-resource-group';
import { Construct } from 'constructs';
import { Fn, Lazy, TerraformOutput, Token } from '../core/cdktf';
import { StackClaims } from '../core/stack-claims';
import { hubProjects } from '../workspace/service-access';
import { bool, Check, checkInput, checkScope, constructWith, describeValue, isToken, list, num, optional, region, required, shape, str } from '../core/input';
import { checkPrincipal } from '../core/principal';
import { PRIVATE_ENDPOINT, PUBLIC_NETWORK_ACCESS, TAGS } from '../core/standard-props-checks';
import type { PrivateEndpointProps } from '../core/private-endpoint';
import { ValidationProblems } from '../core/validation';
import { acknowledge } from '../core/warnings';
import { AiHub } from '../hub/ai-hub';
import type { AiHubProps } from '../hub/ai-hub-props';
import { AiProject, AiProjectOptions } from '../project/ai-project';
import { addEnvironmentBudget, BUDGET_THRESHOLDS, checkEnvironmentBudget, ENVIRONMENT_BUDGET, EnvironmentBudgetProps } from './environment-budget';
import { grantHubWideAccess, HubWideAccess } from './hub-wide-access';
import { STAGE_PROFILES, StageProfile } from './stage-profiles';

/** The hub props an environment sets itself, from its department, stage and profile. */
const ENVIRONMENT_HUB_PROPS = ['baseName', 'location', 'tags', 'publicNetworkAccess', 'privateEndpoint', 'lock', 'preventDestroy', 'logRetentionInDays', 'blobSoftDeleteRetentionDays'] as const;
type EnvironmentHubProps = (typeof ENVIRONMENT_HUB_PROPS)[number];

/** Props of {@link AiEnvironment}. */
export interface AiEnvironmentProps {
  /** The department, e.g. `sales`: lowercase letters, digits and single hyphens. */
  readonly department: string;
  /** The stage: `dev`, `test` or `prod` (a profile of STAGE_PROFILES), or another name with a whole `profile`. */
  readonly stage: string;
  /** Azure region of the hub. */
  readonly location: string;
  /** The cost center every resource is tagged with (`cost-center`). */
  readonly costCenter: string;
  /** Overrides of the stage's profile (a whole profile for a stage of your own). @default STAGE_PROFILES[stage] */
  readonly profile?: Partial<StageProfile>;
  /**
   * The stage's network and DNS, shared by the environments of a stage as you choose: for a private
   * profile, the subnet and zones its endpoints go in. @default none (warned for a private stage)
   */
  readonly privateEndpoint?: PrivateEndpointProps;
  /** The monthly budget of the environment's resource group. */
  readonly budget: EnvironmentBudgetProps;
  /** Groups with access to the hub and all its projects, also those added later. @default none */
  readonly access?: HubWideAccess;
  /** More tags for every resource; `department`, `stage` and `cost-center` are set by the environment. @default none */
  readonly tags?: Record<string, string>;
  /** Any other hub prop (names, existing dependencies, outbound rules...), except those the environment sets. @default none */
  readonly hub?: Omit<Partial<AiHubProps>, EnvironmentHubProps>;
}

const PROFILE_FIELDS = {
  publicNetworkAccess: optional(PUBLIC_NETWORK_ACCESS),
  publicAccessReason: optional(str()),
  lock: optional(bool()),
  preventDestroy: optional(bool()),
  logRetentionInDays: optional(num()),
  blobSoftDeleteRetentionDays: optional(num()),
  budgetThresholds: optional(BUDGET_THRESHOLDS),
};

const PRINCIPALS: Check = list(checkPrincipal);

const AI_ENVIRONMENT_PROPS: Check = shape({
  department: required(str({ literalBecause: 'the environment\'s names are derived from it at synth time' })),
  stage: required(str({ literalBecause: 'it picks the stage profile and names the environment' })),
  location: required(region()),
  costCenter: required(str()),
  profile: optional(shape(PROFILE_FIELDS, 'an object of StageProfile fields')),
  privateEndpoint: optional(PRIVATE_ENDPOINT),
  budget: required(ENVIRONMENT_BUDGET),
  access: optional(shape({ developers: optional(PRINCIPALS), readers: optional(PRINCIPALS) }, 'an object such as { developers: [group] }')),
  tags: optional(TAGS),
  hub: optional(constructWith('an object of AiHubProps', {}, 'pass the extra hub props as an object')),
}, 'an object of AiEnvironmentProps');

/** Department and stage: lowercase letters, digits and single hyphens, starting with a letter (they name Terraform outputs). */
const DEPARTMENT = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The output names claimed in each stack, to the environment that claimed them. */
const OUTPUT_PREFIXES = new StackClaims<string>();

/**
 * One environment of an organisation's AI platform: a hub for one department and one stage, in a
 * resource group of its own (costs are not reported per hub or project, so per resource group),
 * named `hub-<department>-<stage>` in `rg-<department>-<stage>`, tagged with department, stage
 * and cost center, secured by the stage's profile, with a monthly budget on its resource group,
 * hub-wide access for groups, and outputs for team stacks (`<department>_<stage>_hub_id`,
 * `..._storage_account_id`, `..._resource_group_name`, `..._projects`).
 *
 * Construct ids are Terraform addresses: `Hub`, `Budget`, and the hub's own.
 */
export class AiEnvironment extends Construct {
  /** The environment's hub. */
  public readonly hub: AiHub;
  /** The budget on the hub's resource group. */
  public readonly budget: ConsumptionBudgetResourceGroup;
  /** The profile in force: the stage's, with the overrides applied. */
  public readonly profile: StageProfile;
  /** `<department>-<stage>`, the base of every name. */
  public readonly baseName: string;

  constructor(scope: Construct, id: string, props: AiEnvironmentProps) {
    super(checkScope('AiEnvironment', scope, id), id);
    checkInput(this, 'AiEnvironment', props, AI_ENVIRONMENT_PROPS);
    const problems = new ValidationProblems(this, 'AiEnvironment');
    problems.addIf(!DEPARTMENT.test(props.department), `department is ${describeValue(props.department)}; use lowercase letters, digits and single hyphens, starting with a letter, e.g. "sales".`);
    problems.addIf(!DEPARTMENT.test(props.stage), `stage is ${describeValue(props.stage)}; use lowercase letters, digits and single hyphens, starting with a letter, e.g. "dev".`);
    const base = Object.prototype.hasOwnProperty.call(STAGE_PROFILES, props.stage) ? (STAGE_PROFILES as Record<string, StageProfile>)[props.stage] : undefined;
    // An override left undefined keeps the stage's value (it never switches a lock or a check off).
    const overrides = Object.fromEntries(Object.entries(props.profile ?? {}).filter(([, value]) => value !== undefined));
    const profile = { ...base, ...overrides } as StageProfile;
    const missing = Object.keys(PROFILE_FIELDS).filter((f) => f !== 'publicAccessReason' && (profile as unknown as Record<string, unknown>)[f] === undefined);
    problems.addIf(base === undefined && missing.length > 0,
      `stage "${props.stage}" is not one of ${Object.keys(STAGE_PROFILES).join(', ')}, so \`profile\` must give every field; it lacks ${missing.join(', ')}.`);
    problems.addIf(profile.publicNetworkAccess === 'Enabled' && (profile.publicAccessReason ?? '').trim() === '',
      'the profile is public but has no publicAccessReason; give the reason a reviewer reads (the hub\'s public-network-access warning is acknowledged with it), or make the stage private.');
    problems.addAll(checkEnvironmentBudget(props.budget, (profile.budgetThresholds ?? []).length));
    const reserved = Object.keys(props.hub ?? {}).filter((p) => (props.hub as Record<string, unknown>)[p] !== undefined && (ENVIRONMENT_HUB_PROPS as readonly string[]).includes(p));
    problems.addIf(reserved.length > 0, `hub sets ${reserved.join(', ')}, which the environment sets from its department, stage and profile; set them through \`profile\`, \`tags\` or \`privateEndpoint\` instead.`);
    const prefix = `${props.department}-${props.stage}`.replace(/-/g, '_');
    const earlier = OUTPUT_PREFIXES.claim(this, prefix, this.node.path);
    problems.addIf(earlier !== undefined,
      `the outputs "${prefix}_*" are already made by the environment "${earlier}" of this stack (same department and stage); put each environment of a department and stage in a stack of its own.`);
    problems.throwIfAny();

    this.profile = profile;
    this.baseName = `${props.department}-${props.stage}`;
    const hubProps = props.hub ?? {};
    const environmentTags = { department: props.department, stage: props.stage, 'cost-center': props.costCenter };
    this.hub = new AiHub(this, 'Hub', {
      ...props.hub,
      baseName: this.baseName,
      location: props.location,
      // A map token (Token.asStringMap) cannot take more keys: merge it in Terraform instead.
      tags: isToken(props.tags) ? Token.asStringMap(Fn.merge([props.tags, environmentTags])) : { ...props.tags, ...environmentTags },
      publicNetworkAccess: profile.publicNetworkAccess,
      privateEndpoint: props.privateEndpoint,
      lock: profile.lock ? { level: 'CanNotDelete', notes: `AI environment ${this.baseName}: lift the lock in code before deleting.` } : undefined,
      preventDestroy: profile.preventDestroy,
      // Settings of resources the hub creates; an existing workspace or account keeps its owner's.
      logRetentionInDays: hubProps.existingLogAnalyticsWorkspaceId === undefined ? profile.logRetentionInDays : undefined,
      blobSoftDeleteRetentionDays: hubProps.existingStorageAccountId === undefined ? profile.blobSoftDeleteRetentionDays : undefined,
    });
    if (profile.publicNetworkAccess === 'Enabled') acknowledge(this.hub, { id: 'public-network-access', reason: profile.publicAccessReason as string });

    this.budget = addEnvironmentBudget(this, `budget-${this.baseName}`, this.hub.resourceGroupId, props.budget, profile.budgetThresholds);
    grantHubWideAccess(this, this.hub, props.access ?? {});

    const output = (name: string, value: unknown, description: string) => new TerraformOutput(this, `Output-${name}`, { value, description }).overrideLogicalId(`${prefix}_${name}`);
    output('hub_id', this.hub.resourceId, `Resource id of the ${this.baseName} hub (AiHub.fromHubId in team stacks)`);
    output('resource_group_name', this.hub.resourceGroupName, `Resource group of the ${this.baseName} environment`);
    output('storage_account_id', this.hub.storageAccountId, `Shared storage account of the ${this.baseName} hub`);
    // Every project of the hub, however it was added (env.addProject, hub.addProject or new AiProject).
    output('projects', Lazy.anyValue({ produce: () => Object.fromEntries((hubProjects(this.hub) as AiProject[]).map((p) => [p.name, { id: p.resourceId, project_id: p.projectId }])) }),
      `Projects of the ${this.baseName} hub by name: resource id and workspace id`);
  }

  /** Adds a project to the environment's hub; the hub-wide groups get their roles on it. */
  public addProject(id: string, options: AiProjectOptions = {}): AiProject {
    return this.hub.addProject(id, options);
  }
}
