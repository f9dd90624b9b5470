import type { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import type { IConstruct } from 'constructs';
import type { AzapiResource } from '../core/azapi';
import type { ITerraformDependable } from '../core/cdktf';
import type { IPrincipal } from '../core/principal';
import type { BuiltInRole } from '../core/roles';
import type { AiProject, AiProjectOptions } from '../project/ai-project';
import type { IConnectableService } from '../services/connectable-service';

/** What other constructs may use of a hub, whether this stack deployed it or another did. */
export interface IAiHub extends IConstruct {
  /** The hub's resource id. */
  readonly hubId: string;
  /** The Azure region of the hub; its projects are created there. */
  readonly location: string;
  /** The hub's shared storage account, where every project's containers live. */
  readonly storageAccountId: string;
  /** What the hub's projects inherit unless they set their own. */
  readonly projectDefaults: HubProjectDefaults;
  /**
   * Resources a project must be created after: the hub's identity-based datastore setting and its
   * identity's roles. Empty for a hub deployed elsewhere.
   */
  readonly projectDependencies: ITerraformDependable[];
  /** Grants a built-in role on the hub. */
  grant(principal: IPrincipal, role: BuiltInRole): RoleAssignment;
  /** Owner on the hub: full access, including granting access to others. */
  grantOwner(principal: IPrincipal): RoleAssignment;
  /** Contributor on the hub: full access, but cannot grant access. */
  grantContributor(principal: IPrincipal): RoleAssignment;
  /** Azure AI Developer on the hub: everything except creating hubs and managing hub permissions. */
  grantDeveloper(principal: IPrincipal): RoleAssignment;
  /** Reader on the hub. */
  grantReader(principal: IPrincipal): RoleAssignment;
  /** Azure AI Inference Deployment Operator on the hub: create model deployments. */
  grantInferenceDeploymentOperator(principal: IPrincipal): RoleAssignment;
  /** Adds a project to this hub (a child construct of the hub). */
  addProject(id: string, options: AiProjectOptions): AiProject;
  /**
   * Records a project's name; returns the path of an earlier project with the same name, if any.
   * @internal
   */
  _registerProjectName(name: string, projectPath: string): string | undefined;
  /**
   * Called by each project once it exists: a hub this stack creates gives it access to the
   * services the hub connects. @internal
   */
  _attachProject(project: AiProject): void;
  /**
   * Creates a connection of the hub or a project to a service with `create`, after what the hub's
   * managed network needs first (the approver role, earlier rule changes); passes nothing to wait
   * for on a hub deployed elsewhere. @internal
   */
  _connectThroughManagedNetwork<T extends { readonly connection: AzapiResource }>(service: IConnectableService, create: (after: ITerraformDependable[]) => T): T;
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
