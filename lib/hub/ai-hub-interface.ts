import type { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import type { IConstruct } from 'constructs';
import type { IPrincipal } from '../core/principal';
import type { BuiltInRole } from '../core/roles';
import type { AiProject, AiProjectOptions } from '../project/ai-project';

/** What other constructs may use of a hub, whether this stack deployed it or another did. */
export interface IAiHub extends IConstruct {
  /** The hub's resource id. */
  readonly hubId: string;
  /** The Azure region of the hub; its projects are created there. */
  readonly location: string;
  /** The hub's shared storage account, where every project's containers live. */
  readonly storageAccountId: string;
  /** The workspace that receives diagnostics of the hub's resources, when this stack knows it. */
  readonly logAnalyticsWorkspaceId?: string;
  /** Whether new projects default to `prevent_destroy` (true unless the hub opted out). */
  readonly protectsFromDestroy: boolean;
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
}
