import type { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import type { IConstruct } from 'constructs';
import type { ITerraformDependable } from '../core/cdktf';
import type { IPrincipal } from '../core/principal';
import type { BuiltInRole, Role } from '../core/roles';

/**
 * What other constructs may use of a hub, whether this stack deployed it or another did. It lives
 * here, below `project/` and `hub/`, so that projects reference hubs without importing the hub's
 * implementation (which imports the project for `addProject`).
 */
export interface IAiHub extends IConstruct {
  /** The hub's resource id. */
  readonly resourceId: string;
  /** The Azure region of the hub; its projects are created there. */
  readonly location: string;
  /** The hub's shared storage account, where every project's containers live. */
  readonly storageAccountId: string;
  /** What the hub's projects inherit unless they set their own. */
  readonly projectDefaults: HubProjectDefaults;
  /**
   * Resources a project must be created after: the hub's identity-based datastore setting, which
   * itself waits for the hub identity's roles. Empty for a hub deployed elsewhere.
   */
  readonly projectDependencies: ITerraformDependable[];
  /**
   * The blob role project principals (project identities and developers) hold on the shared
   * storage account, always under a container-name condition: by default a custom role without
   * container write or delete, defined on first use.
   */
  readonly projectBlobDataRole: Role;
  /**
   * Grants a built-in role on the hub. Every grant method of the library returns the role
   * assignments it made, as an array.
   */
  grant(principal: IPrincipal, role: BuiltInRole): RoleAssignment[];
  /** Owner on the hub: full access, including granting access to others. */
  grantOwner(principal: IPrincipal): RoleAssignment[];
  /** Contributor on the hub: full access, but cannot grant access. */
  grantContributor(principal: IPrincipal): RoleAssignment[];
  /** Azure AI Developer on the hub: everything except creating hubs and managing hub permissions. */
  grantDeveloper(principal: IPrincipal): RoleAssignment[];
  /** Reader on the hub. */
  grantReader(principal: IPrincipal): RoleAssignment[];
  /**
   * Azure AI Inference Deployment Operator on the hub's resource group: run the resource-group
   * deployments (`Microsoft.Resources/deployments/*`) that deploying models goes through. No data
   * access, and no right on the hub or its projects.
   */
  grantInferenceDeploymentOperator(principal: IPrincipal): RoleAssignment[];
}

/** Settings a project takes from its hub unless it sets its own. */
export interface HubProjectDefaults {
  /** Whether projects get `prevent_destroy`. */
  readonly preventDestroy: boolean;
  /** Whether projects are high business impact. */
  readonly highBusinessImpact: boolean;
  /** Where project diagnostics go; undefined when the hub sends none or the stack does not know. */
  readonly diagnosticsWorkspaceId?: string;
  /** Tags every project gets (a project's own tags win). */
  readonly tags?: Record<string, string>;
}
