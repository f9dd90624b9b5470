import { Construct } from 'constructs';
import { bool, Check, checkInput, checkScope, optional, region, required, resourceIdOf, shape, str } from '../core/input';
import { AzapiResourceData } from '../core/azapi';
import { checkResourceId, resourceIdSegment } from '../core/resource-id';
import { claimHubName, resourceGroupKey } from '../workspace/workspace-names';
import { defineProjectBlobDataRole, PROJECT_BLOB_DATA_ROLE_NAME } from '../core/project-blob-data-role';
import { BLOB_CONTRIBUTOR_ACTIONS, Role } from '../core/roles';
import { isLiteral, ValidationProblems } from '../core/validation';
import { ITerraformDependable } from '../core/cdktf';
import { AiHubBase } from './ai-hub-base';
import { HubProjectDefaults } from '../workspace/ai-hub-interface';
import { HUB_WORKSPACE_API } from './workspace-api';

/** What a stack needs to know of a hub that another stack deployed. */
export interface ImportedAiHubAttributes {
  /** The hub's resource id. */
  readonly resourceId: string;
  /** The hub's storage account id (for the projects' ABAC-scoped storage grants). */
  readonly storageAccountId: string;
  /** The hub's region. */
  readonly location: string;
  /** Where projects send diagnostics. @default no diagnostics for projects of this hub */
  readonly logAnalyticsWorkspaceId?: string;
  /** Whether projects default to `prevent_destroy`. @default true */
  readonly preventDestroy?: boolean;
  /**
   * The hub stack's project blob role (`hub.projectBlobDataRole.definitionResourceId`, a
   * `/subscriptions/<id>/providers/Microsoft.Authorization/roleDefinitions/<id>` id), for projects
   * added here to share it.
   * @default this stack defines its own role on the hub's storage account, named after the account
   *   and this construct's path (role names are unique per tenant)
   */
  readonly projectBlobDataRoleId?: string;
}

/** An imported hub's attributes; without `storageAccountId` and `location` they are looked up. */
export type ImportedAiHubProps =
  | ImportedAiHubAttributes
  | { readonly resourceId: string; readonly storageAccountId?: undefined; readonly location?: undefined; readonly logAnalyticsWorkspaceId?: string; readonly preventDestroy?: boolean; readonly projectBlobDataRoleId?: string };

/** The runtime check of an imported hub's attributes. */
const IMPORTED_HUB_PROPS: Check = shape({
  resourceId: required(str()),
  storageAccountId: optional(str()),
  location: optional(region()),
  logAnalyticsWorkspaceId: optional(resourceIdOf('Microsoft.OperationalInsights/workspaces')),
  preventDestroy: optional(bool()),
  projectBlobDataRoleId: optional(str()),
}, 'an object of ImportedAiHubAttributes');

/** A role definition's subscription-scoped resource id, the form role assignments read back. */
const ROLE_DEFINITION_ID = /^\/subscriptions\/[0-9a-f-]{36}\/providers\/Microsoft\.Authorization\/roleDefinitions\/[0-9a-f-]{36}$/i;

/**
 * A hub deployed elsewhere. It supports everything that does not change the hub itself: adding
 * projects and granting roles on it. Given only an id, it reads the hub's storage account and
 * region at plan time through `data "azapi_resource"` (construct id `Lookup`).
 */
export class ImportedAiHub extends AiHubBase {
  public readonly resourceId: string;
  public readonly location: string;
  public readonly storageAccountId: string;
  public readonly projectDefaults: HubProjectDefaults;
  public readonly projectDependencies: ITerraformDependable[] = [];
  private readonly projectBlobDataRoleId?: string;

  constructor(scope: Construct, id: string, props: ImportedAiHubProps) {
    super(checkScope('AiHub', scope, id), id);
    checkInput(this, 'AiHub', props, IMPORTED_HUB_PROPS);
    const problems = new ValidationProblems(this, 'AiHub');
    problems.addIf((props.storageAccountId === undefined) !== (props.location === undefined),
      `storageAccountId and location go together: give both (no lookup at plan time), or neither (both read from the hub at plan time); ${props.storageAccountId === undefined ? 'location' : 'storageAccountId'} was given alone.`);
    problems.addAll(checkResourceId('resourceId', props.resourceId, 'Microsoft.MachineLearningServices/workspaces'));
    problems.addAll(checkResourceId('storageAccountId', props.storageAccountId, 'Microsoft.Storage/storageAccounts'));
    problems.addIf(isLiteral(props.projectBlobDataRoleId) && !ROLE_DEFINITION_ID.test(props.projectBlobDataRoleId),
      `projectBlobDataRoleId "${props.projectBlobDataRoleId}" is not a role definition id; pass the hub stack's \`hub.projectBlobDataRole.definitionResourceId\` (/subscriptions/<subscription id>/providers/Microsoft.Authorization/roleDefinitions/<role id>).`);
    if (isLiteral(props.resourceId) && problems.isEmpty) {
      // The hub's name in its group, so that a project named like it (or like another project there) fails here, not at apply.
      const earlier = claimHubName(this, resourceGroupKey(resourceIdSegment(props.resourceId, 4), undefined, this, resourceIdSegment(props.resourceId, 2)),
        resourceIdSegment(props.resourceId, 8), props.resourceId.toLowerCase());
      problems.addIf(earlier !== undefined, `the hub's name "${resourceIdSegment(props.resourceId, 8)}" is already used by ${earlier} in the same resource group (hubs and projects share one name space per resource group); check the hub's id.`);
    }
    problems.throwIfAny();
    this.resourceId = props.resourceId;
    this.projectBlobDataRoleId = props.projectBlobDataRoleId;
    this.projectDefaults = {
      preventDestroy: props.preventDestroy ?? true,
      highBusinessImpact: true,
      diagnosticsWorkspaceId: props.logAnalyticsWorkspaceId,
    };
    if (props.storageAccountId !== undefined) {
      this.storageAccountId = props.storageAccountId;
      this.location = props.location;
    } else {
      const lookup = new AzapiResourceData(this, 'Lookup', {
        ...HUB_WORKSPACE_API,
        resourceId: props.resourceId,
        exportValues: ['location', 'properties.storageAccount'],
      });
      this.storageAccountId = lookup.output('properties.storageAccount');
      this.location = lookup.output('location');
    }
  }

  protected defineProjectBlobDataRole(): Role {
    return this.projectBlobDataRoleId !== undefined
      ? { name: PROJECT_BLOB_DATA_ROLE_NAME, definitionResourceId: this.projectBlobDataRoleId, blobDataActions: BLOB_CONTRIBUTOR_ACTIONS }
      : defineProjectBlobDataRole(this, { id: this.storageAccountId }, this.node.path);
  }
}
