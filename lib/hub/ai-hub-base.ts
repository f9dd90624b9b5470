import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { AzapiResource } from '../core/azapi';
import { ITerraformDependable } from '../core/cdktf';
import { grant, grantId } from '../core/grant';
import { renderExactHcl } from '../core/hcl';
import { IPrincipal } from '../core/principal';
import { BuiltInRole, BuiltInRoles } from '../core/roles';
import { AiProject, AiProjectOptions } from '../project/ai-project';
import type { IConnectableService } from '../services/connectable-service';
import { HubProjectDefaults, IAiHub } from './ai-hub-interface';

/**
 * The grant methods shared by a hub this stack creates and one imported from elsewhere.
 * Roles on the hub do not reach its projects (they are sibling resources); grant on each project.
 */
export abstract class AiHubBase extends Construct implements IAiHub {
  public abstract readonly hubId: string;
  public abstract readonly location: string;
  public abstract readonly storageAccountId: string;
  public abstract readonly projectDefaults: HubProjectDefaults;
  public abstract readonly projectDependencies: ITerraformDependable[];

  private readonly projectNames = new Map<string, string>();

  constructor(scope: Construct, id: string) {
    super(scope, id);
    renderExactHcl(this);
  }

  public addProject(id: string, options: AiProjectOptions): AiProject {
    return new AiProject(this, id, { ...options, hub: this });
  }

  public grant(principal: IPrincipal, role: BuiltInRole): RoleAssignment {
    return grant(this, grantId(this, role, principal), { scopeId: this.hubId, principal, role });
  }

  public grantOwner(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, BuiltInRoles.OWNER);
  }

  public grantContributor(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, BuiltInRoles.CONTRIBUTOR);
  }

  public grantDeveloper(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, BuiltInRoles.AZURE_AI_DEVELOPER);
  }

  public grantReader(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, BuiltInRoles.READER);
  }

  public grantInferenceDeploymentOperator(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, BuiltInRoles.AZURE_AI_INFERENCE_DEPLOYMENT_OPERATOR);
  }

  /** @internal */
  public _attachProject(_project: AiProject): void {
    // A hub deployed elsewhere connects no services in this stack.
  }

  /** @internal */
  public _connectThroughManagedNetwork<T extends { readonly connection: AzapiResource }>(_service: IConnectableService, create: (after: ITerraformDependable[]) => T): T {
    // The managed network of a hub deployed elsewhere, and its approver roles, are managed there.
    return create([]);
  }

  /**
   * Records a project's name; returns the path of an earlier project with the same name, if any.
   * @internal
   */
  public _registerProjectName(name: string, projectPath: string): string | undefined {
    const earlier = this.projectNames.get(name);
    if (earlier === undefined) this.projectNames.set(name, projectPath);
    return earlier;
  }
}
