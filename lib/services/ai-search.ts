import { SearchService } from '@cdktf/provider-azurerm/lib/search-service';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct, IConstruct } from 'constructs';
import { renderExactHcl } from '../core/hcl';
import { Check, checkInput, checkScope, constructWith, describeValue, num, oneOf, optional, required, resourceIdOf, shape, str } from '../core/input';
import { ADDRESS_KEY } from '../core/standard-props-checks';
import { Token } from '../core/cdktf';
import { constructKey } from '../core/construct-key';
import { grant } from '../core/grant';
import { grantProjectStorageAccess } from '../core/project-storage-grant';
import { checkName, NameRules } from '../core/naming';
import { ManagedIdentity } from '../core/principal';
import { BuiltInRoles } from '../core/roles';
import { ValidationError, ValidationProblems } from '../core/validation';
import { ConnectionTarget, IConnectableService } from './connectable-service';
import { applyServicePosture, CONNECTED_SERVICE_FIELDS, ConnectedServiceProps, resolveServicePosture } from './service-posture';

/** What the search service needs of a project to read its data: its hub's storage and its container prefix. */
export interface ProjectData extends IConstruct {
  /** The project's workspace id, which prefixes its containers. */
  readonly projectId: string;
  /** The project's hub, whose storage holds the data. */
  readonly hub: IConstruct & { readonly storageAccountId: string };
}

/** A project whose data a search service reads: an `AiProject` (its project id and its hub's storage). */
const PROJECT_DATA: Check = (value, label, problems) =>
  constructWith('a project', { node: 'object', projectId: 'string', hub: 'object' }, 'pass an AiProject')(value, label, problems)
  && constructWith('a hub', { storageAccountId: 'string' }, 'pass an AiProject whose hub has a storage account')((value as ProjectData).hub, `${label}.hub`, problems);

/** Search service tiers. */
export type SearchSku = 'free' | 'basic' | 'standard' | 'standard2' | 'standard3' | 'storage_optimized_l1' | 'storage_optimized_l2';

/** Replica and partition limits of each tier (Azure AI Search service limits). */
export const SEARCH_SKU_LIMITS: Readonly<Record<SearchSku, { readonly maxReplicas: number; readonly partitions: readonly number[]; readonly privateEndpoints: boolean; readonly semanticSearch: boolean }>> = {
  free: { maxReplicas: 1, partitions: [1], privateEndpoints: false, semanticSearch: false },
  basic: { maxReplicas: 3, partitions: [1, 2, 3], privateEndpoints: true, semanticSearch: true },
  standard: { maxReplicas: 12, partitions: [1, 2, 3, 4, 6, 12], privateEndpoints: true, semanticSearch: true },
  standard2: { maxReplicas: 12, partitions: [1, 2, 3, 4, 6, 12], privateEndpoints: true, semanticSearch: true },
  standard3: { maxReplicas: 12, partitions: [1, 2, 3, 4, 6, 12], privateEndpoints: true, semanticSearch: true },
  storage_optimized_l1: { maxReplicas: 12, partitions: [1, 2, 3, 4, 6, 12], privateEndpoints: true, semanticSearch: true },
  storage_optimized_l2: { maxReplicas: 12, partitions: [1, 2, 3, 4, 6, 12], privateEndpoints: true, semanticSearch: true },
};

/** Search units (replicas times partitions) a service may have above the basic tier. */
export const MAX_SEARCH_UNITS = 36;

/**
 * Semantic ranker plans: azurerm v4.55.0 search_service_resource.go accepts `free` and `standard`
 * in `semantic_search_sku`; `disabled` is the library's word for leaving it unset.
 */
export const SEMANTIC_SEARCH_PLANS = ['free', 'standard', 'disabled'] as const;

/** The runtime check of `AiSearchProps`; the tiers are the keys of SEARCH_SKU_LIMITS (azurerm's `sku` values). */
const AI_SEARCH_PROPS: Check = shape({
  ...CONNECTED_SERVICE_FIELDS,
  name: required(str()),
  sku: optional(oneOf(Object.keys(SEARCH_SKU_LIMITS))),
  replicaCount: optional(num()),
  partitionCount: optional(num()),
  semanticSearch: optional(oneOf(SEMANTIC_SEARCH_PLANS)),
}, 'an object of AiSearchProps');

/** Props of {@link AiSearch}. */
export interface AiSearchProps extends ConnectedServiceProps {
  /** Service name, global: 2-60 lowercase letters, digits and single hyphens. */
  readonly name: string;
  /** Tier. @default 'standard' */
  readonly sku?: SearchSku;
  /** Replicas: 2 for the read SLA, 3 for read-write. @default 1 */
  readonly replicaCount?: number;
  /** Partitions. @default 1 */
  readonly partitionCount?: number;
  /** Semantic ranker plan; `free` has a monthly request quota. @default 'standard' (not available on the free tier, where it is off) */
  readonly semanticSearch?: (typeof SEMANTIC_SEARCH_PLANS)[number];
}

/**
 * An Azure AI Search service with a system-assigned identity, Entra ID only, private by default,
 * with trusted Azure services allowed through its firewall (indexers reaching private storage).
 *
 * Construct ids are Terraform addresses: `Service`, `PrivateEndpoint`, `Diagnostics`, `Lock`,
 * `Grant-*`.
 */
export class AiSearch extends Construct implements IConnectableService {
  /** The `azurerm_search_service` resource: the escape hatch for `addOverride`. */
  public readonly resource: SearchService;
  public readonly resourceId: string;
  public readonly isPrivate: boolean;
  public readonly localAuthenticationEnabled: boolean;
  public readonly privateLinkSubresource = 'searchService';
  /** The service's system-assigned identity (used by indexers and skillsets). */
  public readonly identity: ManagedIdentity;
  /** The service's Azure name. */
  public readonly name: string;
  private readonly projectDataGrants = new Map<string, ProjectData>();

  constructor(scope: Construct, id: string, props: AiSearchProps) {
    super(checkScope('AiSearch', scope, id), id);
    checkInput(this, 'AiSearch', props, AI_SEARCH_PROPS);
    renderExactHcl(this);
    const problems = new ValidationProblems(this, 'AiSearch');
    problems.addAll(checkName(NameRules.searchService, props.name, 'change `name`'));
    const sku = props.sku ?? 'standard';
    const limits = SEARCH_SKU_LIMITS[sku];
    const replicas = props.replicaCount ?? 1;
    const partitions = props.partitionCount ?? 1;
    if (!limits) {
      problems.add(`sku "${sku}" is not one of ${Object.keys(SEARCH_SKU_LIMITS).join(', ')}.`);
    } else {
      if (!Token.isUnresolved(replicas) && (!Number.isInteger(replicas) || replicas < 1 || replicas > limits.maxReplicas)) {
        problems.add(`replicaCount ${replicas} must be a whole number from 1 to ${limits.maxReplicas} on the ${sku} tier.`);
      }
      if (!Token.isUnresolved(partitions) && !limits.partitions.includes(partitions)) {
        problems.add(`partitionCount ${partitions} must be one of ${limits.partitions.join(', ')} on the ${sku} tier.`);
      }
      if (!Token.isUnresolved(replicas) && !Token.isUnresolved(partitions) && replicas * partitions > MAX_SEARCH_UNITS) {
        problems.add(`replicaCount ${replicas} times partitionCount ${partitions} is ${replicas * partitions} search units; Azure allows at most ${MAX_SEARCH_UNITS}.`);
      }
      problems.addIf(props.privateEndpoint !== undefined && !limits.privateEndpoints, `the ${sku} tier cannot take a private endpoint; use "basic" or above.`);
      problems.addIf(props.publicNetworkAccess !== 'Enabled' && !limits.privateEndpoints,
        `the ${sku} tier has no private networking, so it cannot be private (publicNetworkAccess "Disabled", the default); use "basic" or above.`);
      problems.addIf(props.semanticSearch !== undefined && props.semanticSearch !== 'disabled' && !limits.semanticSearch, `semanticSearch "${props.semanticSearch}" is not available on the ${sku} tier; use "disabled" or a higher tier.`);
    }
    const posture = resolveServicePosture(this, 'AiSearch', 'service', props, problems);
    problems.throwIfAny();

    const semantic = props.semanticSearch ?? (limits.semanticSearch ? 'standard' : 'disabled');
    this.isPrivate = !posture.isPublic;
    this.localAuthenticationEnabled = posture.localAuthenticationEnabled;
    this.name = props.name;
    this.resource = new SearchService(this, 'Service', {
      name: props.name,
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      sku,
      replicaCount: replicas,
      partitionCount: partitions,
      localAuthenticationEnabled: posture.localAuthenticationEnabled,
      // Azure accepts the failure mode only while keys are allowed.
      authenticationFailureMode: posture.localAuthenticationEnabled ? 'http401WithBearerChallenge' : undefined,
      publicNetworkAccessEnabled: posture.isPublic,
      networkRuleBypassOption: 'AzureServices',
      semanticSearchSku: semantic === 'disabled' ? undefined : semantic,
      identity: { type: 'SystemAssigned' },
    });
    this.resourceId = this.resource.id;
    this.identity = { principalId: this.resource.identity.principalId, principalType: 'ServicePrincipal', key: `${constructKey(this).toLowerCase()}-identity` };
    applyServicePosture(this, this.resource, props.name, 'searchService', props, posture);
  }

  /**
   * `CognitiveSearch` (the connection `category` enum of connections@2024-10-01, azapi embedded
   * types) at https://<name>.search.windows.net, as in Microsoft's Verified Module
   * Azure/terraform-azurerm-avm-res-machinelearningservices-workspace, examples/private_ai_search.
   */
  public connectionTarget(): ConnectionTarget {
    return {
      category: 'CognitiveSearch',
      endpoint: `https://${this.name}.search.windows.net`,
      hubIdentityRoles: [BuiltInRoles.SEARCH_INDEX_DATA_CONTRIBUTOR, BuiltInRoles.SEARCH_SERVICE_CONTRIBUTOR],
      // Documents of every index, read and write, and nothing else. Search Service Contributor
      // (Microsoft.Search/searchServices/*) would also list and regenerate admin keys, change
      // authentication and network settings and delete the service (Microsoft Learn, "Azure
      // built-in roles for AI + machine learning"); creating an index needs it, so a project that
      // builds indexes itself needs that granted deliberately (README, "What isolation covers").
      projectRoles: [BuiltInRoles.SEARCH_INDEX_DATA_CONTRIBUTOR],
    };
  }

  /**
   * Lets the service's indexers read one project's data: Storage Blob Data Reader on the hub
   * storage, limited by the ABAC condition to that project's containers. One project per hub:
   * Azure keeps one assignment per principal, role and scope, whatever its condition, so a second
   * project of the same hub fails synth.
   *
   * The role assignment is keyed by the project's path below its hub (its construct id, for
   * `hub.addProject`), or below the stack for a project outside its hub. Two projects with the same
   * key (the same id under two hubs) fail synth; pass `key` for the second one.
   * @param key names the role assignment (its construct id ends with it) @default the project's path key
   */
  public grantReadProjectData(project: ProjectData, key?: string): RoleAssignment[] {
    this.checkArguments([
      [project, 'project', PROJECT_DATA],
      ...(key === undefined ? [] : [[key, 'key', ADDRESS_KEY] as const]),
    ]);
    const projectKey = key ?? constructKey(project, project.hub);
    const earlier = this.projectDataGrants.get(projectKey);
    if (earlier !== undefined && earlier !== project) {
      throw new ValidationError('AiSearch', this, [
        `projects "${earlier.node.path}" and "${project.node.path}" would share the key "${projectKey}" for their data grants; pass grantReadProjectData(project, key) with a key of its own for one of them.`,
      ]);
    }
    this.projectDataGrants.set(projectKey, project);
    return [grantProjectStorageAccess(this, { storageAccountId: project.hub.storageAccountId, projectId: project.projectId }, this.identity, BuiltInRoles.STORAGE_BLOB_DATA_READER, projectKey)];
  }

  /** Checks method arguments from any caller (missing, null or of the wrong shape), all in one error. */
  private checkArguments(args: ReadonlyArray<readonly [unknown, string, Check]>): void {
    const problems: string[] = [];
    for (const [value, label, check] of args) {
      if (value === undefined || value === null) problems.push(`${label} is ${describeValue(value)}; it is required.`);
      else check(value, label, problems);
    }
    if (problems.length > 0) throw new ValidationError('AiSearch', this, problems);
  }

  /** Lets the service's indexers read every blob of a storage account (no condition). */
  public grantReadStorage(storageAccountId: string, key: string): RoleAssignment[] {
    this.checkArguments([[storageAccountId, 'storageAccountId', resourceIdOf('Microsoft.Storage/storageAccounts')], [key, 'key', ADDRESS_KEY]]);
    return [grant(this, `Grant-StorageBlobDataReader-${key}`, {
      scopeId: storageAccountId, principal: this.identity, role: BuiltInRoles.STORAGE_BLOB_DATA_READER,
      description: 'AI Search identity: read the blobs it indexes',
    })];
  }

  /** Lets the service's skillsets call the account's embedding models (integrated vectorization). */
  public grantVectorizer(services: IConnectableService): RoleAssignment[] {
    this.checkArguments([[services, 'services', constructWith('an AiServices', { node: 'object', resourceId: 'string', privateLinkSubresource: 'string' }, 'pass the AiServices whose embedding models the skillsets call')]]);
    return [grant(this, `Grant-CognitiveServicesOpenAIUser-${constructKey(services)}`, {
      scopeId: services.resourceId, principal: this.identity, role: BuiltInRoles.COGNITIVE_SERVICES_OPENAI_USER,
      description: 'AI Search identity: call embedding deployments for integrated vectorization',
    })];
  }
}
