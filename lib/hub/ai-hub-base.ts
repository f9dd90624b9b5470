import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { ITerraformDependable } from '../core/cdktf';
import { checkGrantArguments, grant, grantId } from '../core/grant';
import { checkInput, idText } from '../core/input';
import { AI_PROJECT_OPTIONS } from '../project/ai-project-input';
import { renderExactHcl } from '../core/hcl';
import { resourceIdSegment } from '../core/resource-id';
import { isLiteral } from '../core/validation';
import { IPrincipal } from '../core/principal';
import { BuiltInRole, BuiltInRoles, Role } from '../core/roles';
import { AiProject, AiProjectOptions } from '../project/ai-project';
import { HubProjectDefaults, IAiHub } from '../workspace/ai-hub-interface';

/**
 * What a hub this stack creates and one imported from elsewhere share: adding projects and the
 * grant methods. Roles on the hub do not reach its projects (they are sibling resources); grant on
 * each project.
 */
export abstract class AiHubBase extends Construct implements IAiHub {
  public abstract readonly resourceId: string;
  public abstract readonly location: string;
  public abstract readonly storageAccountId: string;
  public abstract readonly projectDefaults: HubProjectDefaults;
  public abstract readonly projectDependencies: ITerraformDependable[];
  private blobDataRole?: Role;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    renderExactHcl(this);
  }

  public get projectBlobDataRole(): Role {
    if (this.blobDataRole === undefined) this.blobDataRole = this.defineProjectBlobDataRole();
    return this.blobDataRole;
  }

  /** Makes the role behind {@link projectBlobDataRole}; called once, when a project first needs it. */
  protected abstract defineProjectBlobDataRole(): Role;

  /** Adds a project to this hub, as a child construct of the hub. */
  public addProject(id: string, options: AiProjectOptions = {}): AiProject {
    checkInput(this, 'AiProject', options, AI_PROJECT_OPTIONS, '', `${this.node.path}/${idText(id)}`);
    return new AiProject(this, id, { ...options, hub: this });
  }

  public grant(principal: IPrincipal, role: BuiltInRole): RoleAssignment[] {
    checkGrantArguments(this, 'AiHub', principal, role);
    return [grant(this, grantId(this, role, principal), { scopeId: this.resourceId, principal, role })];
  }

  public grantOwner(principal: IPrincipal): RoleAssignment[] {
    return this.grant(principal, BuiltInRoles.OWNER);
  }

  public grantContributor(principal: IPrincipal): RoleAssignment[] {
    return this.grant(principal, BuiltInRoles.CONTRIBUTOR);
  }

  public grantDeveloper(principal: IPrincipal): RoleAssignment[] {
    return this.grant(principal, BuiltInRoles.AZURE_AI_DEVELOPER);
  }

  public grantReader(principal: IPrincipal): RoleAssignment[] {
    return this.grant(principal, BuiltInRoles.READER);
  }

  /**
   * Azure AI Inference Deployment Operator on the hub's resource group. The role holds
   * `Microsoft.Resources/deployments/*` and no data actions (Microsoft Learn, "Azure built-in roles
   * for AI + machine learning": "all actions required to create a resource deployment within a
   * resource group"); deployments live in resource groups, so on the hub itself it would do nothing.
   */
  public grantInferenceDeploymentOperator(principal: IPrincipal): RoleAssignment[] {
    checkGrantArguments(this, 'AiHub', principal);
    const role = BuiltInRoles.AZURE_AI_INFERENCE_DEPLOYMENT_OPERATOR;
    return [grant(this, grantId(this, role, principal), {
      scopeId: resourceGroupIdOf(this.resourceId), subscriptionSourceId: this.resourceId, principal, role, description: 'Azure AI Inference Deployment Operator on the resource group of an AI hub',
    })];
  }
}

/** The id of the resource group that holds `resourceId` (its first four segments after the root). */
function resourceGroupIdOf(resourceId: string): string {
  if (isLiteral(resourceId)) return resourceId.split('/').slice(0, 5).join('/');
  return `/subscriptions/${resourceIdSegment(resourceId, 2)}/resourceGroups/${resourceIdSegment(resourceId, 4)}`;
}
