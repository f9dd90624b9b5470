import { AiFoundryProject } from '@cdktf/provider-azurerm/lib/ai-foundry-project';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { StorageContainer } from '@cdktf/provider-azurerm/lib/storage-container';
import { Construct } from 'constructs';
import { renderExactHcl } from '../core/hcl';
import { checkInput, checkScope, isToken } from '../core/input';
import { Fn, Token } from '../core/cdktf';
import { AI_PROJECT_PROPS } from './ai-project-input';
import { AzapiResource } from '../core/azapi';
import { dependableOnce } from '../core/dependencies';
import { DiagnosticsProps } from '../core/diagnostics';
import { checkGrantArguments, grant, grantId } from '../core/grant';
import { LockProps } from '../core/lock';
import { constructNameKey } from '../core/construct-key';
import { baseNameFromId, checkName, NameRules } from '../core/naming';
import { applyPosture, ManagedResource } from '../core/posture';
import { IPrincipal, ManagedIdentity } from '../core/principal';
import { grantProjectFileShareAccess, grantProjectStorageAccess } from '../core/project-storage-grant';
import { BuiltInRole, BuiltInRoles } from '../core/roles';
import { ValidationProblems } from '../core/validation';
import { warnAboutPostureOptOuts } from '../core/posture-warnings';
import type { IConnectableService } from '../services/connectable-service';
import { checkConnectArguments, ConnectionOptions } from '../services/connection';
import type { IAiHub } from '../workspace/ai-hub-interface';
import { addProjectDeveloper, connectProject, registerProject } from '../workspace/service-access';
import { claimProjectName } from '../workspace/workspace-names';
import { checkDataContainerSuffixes, projectContainerName, SERVICE_CONTAINER_SUFFIXES, SERVICE_FILE_SHARE_SUFFIXES, ServiceContainerSuffix, ServiceFileShareSuffix } from './containers';

/**
 * The hub's tags with the project's over them. A map token (`Token.asStringMap`) cannot take more
 * keys, so tokens are merged by Terraform (`merge(...)`) instead.
 */
function mergedTags(hub?: Record<string, string>, project?: Record<string, string>): Record<string, string> | undefined {
  if (hub === undefined || project === undefined) return project ?? hub;
  return isToken(hub) || isToken(project) ? Token.asStringMap(Fn.merge([hub, project])) : { ...hub, ...project };
}

/** The key of the project identity in the construct ids of the project's own grants. */
const PROJECT_ROLE_HOLDER_KEY = 'project-identity';

/** Props of a project, without the hub (the form `hub.addProject` takes). */
export interface AiProjectOptions {
  /** Name of the project (unique among the hubs and projects of the resource group). @default `proj-<construct id>` */
  readonly name?: string;
  /** Display name in the Azure AI Foundry portal. @default the project name */
  readonly friendlyName?: string;
  /** Description shown in the portal. @default none */
  readonly description?: string;
  /** High business impact (less diagnostic data collected). Turning it off emits a warning. @default the hub's setting (true) */
  readonly highBusinessImpact?: boolean;
  /**
   * Extra private containers for the project in the hub's storage, given as suffixes: each becomes
   * `<project id>-<suffix>`, so the project's storage condition covers it. @default none
   */
  readonly dataContainers?: string[];
  /** `lifecycle.prevent_destroy` on the project and its data containers. @default the hub's setting (true) */
  readonly preventDestroy?: boolean;
  /** A management lock on the project. @default no lock */
  readonly lock?: LockProps;
  /** Tags of the project, added to the hub's tags (a project's value wins). @default the hub's tags */
  readonly tags?: Record<string, string>;
  /** Where the project's diagnostics go. @default where the hub sends its own (none when the hub turned them off, or when an imported hub was given no workspace) */
  readonly diagnostics?: DiagnosticsProps;
}

/** Props of {@link AiProject}. */
export interface AiProjectProps extends AiProjectOptions {
  /** The hub the project belongs to: one this stack creates, or `AiHub.fromHubId`. */
  readonly hub: IAiHub;
}

/**
 * A hub-based project (`azurerm_ai_foundry_project`) with a system-assigned identity, whose data
 * in the hub's shared storage is isolated from every other project's by ABAC-conditioned role
 * assignments: the project identity, and everyone granted on the project, can read and write blobs
 * only in containers whose name starts with this project's workspace id.
 */
export class AiProject extends Construct {
  /** The `azurerm_ai_foundry_project` resource: the escape hatch for `addOverride`. */
  public readonly resource: AiFoundryProject;
  /** The project's resource id. */
  public readonly resourceId: string;
  /** The project's Azure name. */
  public readonly name: string;
  /** The project's workspace id (a GUID), which prefixes the names of its containers. */
  public readonly projectId: string;
  /** The project's system-assigned identity. */
  public readonly identity: ManagedIdentity;
  /** The hub this project belongs to. */
  public readonly hub: IAiHub;
  /** Names of the blob containers the service creates for this project (`<project id>-azureml`, `<project id>-azureml-blobstore`). */
  public readonly serviceContainerNames: Readonly<Record<ServiceContainerSuffix, string>>;
  /** Name of the file share the service creates for this project (`<project id>-code`). */
  public readonly serviceFileShareNames: Readonly<Record<ServiceFileShareSuffix, string>>;
  /** Names of the extra containers from `dataContainers`, in the order given. */
  public readonly dataContainerNames: readonly string[];
  /** The extra containers from `dataContainers`. */
  public readonly dataContainers: readonly StorageContainer[];

  constructor(scope: Construct, id: string, props: AiProjectProps) {
    super(checkScope('AiProject', scope, id), id);
    checkInput(this, 'AiProject', props, AI_PROJECT_PROPS);
    renderExactHcl(this);
    this.hub = props.hub;
    const name = props.name ?? `proj-${baseNameFromId(id)}`;
    const fix = props.name !== undefined ? 'change `name`' : 'set `name` explicitly';
    const problems = new ValidationProblems(this, 'AiProject');
    problems.addAll(checkName(NameRules.workspace, name, fix));
    problems.addAll(checkDataContainerSuffixes(props.dataContainers ?? []));
    const earlier = claimProjectName(props.hub, this, name);
    problems.addIf(earlier !== undefined,
      `project name "${name}" is already used by ${earlier} in the same resource group (hubs and projects share one name space per resource group, compared without case); give each project its own \`name\`.`);
    problems.throwIfAny();

    const inherited = props.hub.projectDefaults;
    const highBusinessImpact = props.highBusinessImpact ?? inherited.highBusinessImpact;
    const preventDestroy = props.preventDestroy ?? inherited.preventDestroy;
    const diagnosticsEnabled = props.diagnostics?.enabled ?? true;
    // A hub that opted out has warned already; warn here only when the project itself opts out.
    warnAboutPostureOptOuts(this, 'AiProject', {
      lowBusinessImpact: props.highBusinessImpact === false && inherited.highBusinessImpact ? 'the service collects more diagnostic data for this project' : undefined,
      noDestroyProtection: props.preventDestroy === false && inherited.preventDestroy ? 'the project and its data containers' : undefined,
      noDiagnostics: props.diagnostics?.enabled === false && inherited.diagnosticsWorkspaceId !== undefined ? 'the project' : undefined,
    });

    this.resource = new AiFoundryProject(this, 'Project', {
      name,
      location: props.hub.location,
      aiServicesHubId: props.hub.resourceId,
      friendlyName: props.friendlyName ?? name,
      description: props.description,
      highBusinessImpactEnabled: highBusinessImpact,
      identity: { type: 'SystemAssigned' },
    });
    if (props.hub.projectDependencies.length > 0) this.resource.dependsOn = props.hub.projectDependencies.map(dependableOnce);
    this.resourceId = this.resource.id;
    this.name = name;
    this.projectId = this.resource.projectId;
    this.identity = { principalId: this.resource.identity.principalId, principalType: 'ServicePrincipal', key: `${constructNameKey(this)}-identity` };
    // The project's own grants keep the key they have always had (their construct ids are
    // Terraform addresses); the public key names grants made elsewhere, unique per project.
    const roleHolder: ManagedIdentity = { ...this.identity, key: PROJECT_ROLE_HOLDER_KEY };

    this.serviceContainerNames = Object.fromEntries(
      SERVICE_CONTAINER_SUFFIXES.map((suffix) => [suffix, projectContainerName(this.projectId, suffix)]),
    ) as Record<ServiceContainerSuffix, string>;
    this.serviceFileShareNames = { code: projectContainerName(this.projectId, SERVICE_FILE_SHARE_SUFFIXES[0]) };

    grantProjectStorageAccess(this, this.storageScope, roleHolder, props.hub.projectBlobDataRole);
    grantProjectFileShareAccess(this, this.storageScope, this.serviceFileShareNames.code, roleHolder, BuiltInRoles.STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR);

    const managed: ManagedResource[] = [{
      resource: this.resource,
      taggable: true,
      holdsData: true,
      lockId: 'Lock',
      diagnostics: [{ id: 'Diagnostics', resourceId: this.resourceId, logs: true }],
    }];
    this.dataContainers = (props.dataContainers ?? []).map((suffix) => {
      const container = new StorageContainer(this, `DataContainer-${suffix}`, {
        name: projectContainerName(this.projectId, suffix),
        storageAccountId: props.hub.storageAccountId,
        containerAccessType: 'private',
      });
      managed.push({ resource: container, taggable: false, holdsData: true });
      return container;
    });
    this.dataContainerNames = this.dataContainers.map((c) => c.name);

    const diagnosticsWorkspace = props.diagnostics?.logAnalyticsWorkspaceId ?? inherited.diagnosticsWorkspaceId;
    applyPosture(this, managed, {
      tags: mergedTags(inherited.tags, props.tags),
      diagnosticsWorkspaceId: diagnosticsEnabled ? diagnosticsWorkspace : undefined,
      preventDestroy,
      lock: props.lock,
    });
    registerProject(this, roleHolder);
  }

  /**
   * Connects a service to this project only: a workspace connection with Entra ID (unless
   * `apiKey` is given, which warns). The project identity gets the roles the connection needs on
   * the service, and the project's developers the roles they need to build with it. With the hub's
   * managed network on, the connection makes the service create a private endpoint to the service
   * (the hub identity is made approver on it).
   */
  public connect(service: IConnectableService, options: ConnectionOptions = {}): AzapiResource {
    checkConnectArguments(this, 'AiProject', service, options);
    return connectProject(this, service, options, [this.resource]);
  }

  /** Grants a built-in role on the project resource. */
  public grant(principal: IPrincipal, role: BuiltInRole): RoleAssignment[] {
    checkGrantArguments(this, 'AiProject', principal, role);
    return [grant(this, grantId(this, role, principal), { scopeId: this.resourceId, principal, role })];
  }

  /**
   * Makes a person or group a developer of this project: Azure AI Developer on the project, the
   * hub's project blob role (`hub.projectBlobDataRole`: blob read, write and delete, no container
   * create or delete) on the hub storage limited to this project's containers, Storage
   * File Data Privileged Contributor on this project's file share only, and the inference or index
   * data roles of every service connected to the project or shared by its hub (including services
   * connected later).
   */
  public grantDeveloper(principal: IPrincipal): RoleAssignment[] {
    checkGrantArguments(this, 'AiProject', principal);
    return [
      ...this.grant(principal, BuiltInRoles.AZURE_AI_DEVELOPER),
      grantProjectStorageAccess(this, this.storageScope, principal, this.hub.projectBlobDataRole),
      grantProjectFileShareAccess(this, this.storageScope, this.serviceFileShareNames.code, principal, BuiltInRoles.STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR),
      ...addProjectDeveloper(this, principal),
    ];
  }

  /**
   * Lets a person or group look at this project: Reader on the project, Storage Blob Data Reader
   * on the hub storage limited to this project's containers, and Storage File Data Privileged
   * Reader on this project's file share.
   */
  public grantReader(principal: IPrincipal): RoleAssignment[] {
    checkGrantArguments(this, 'AiProject', principal);
    return [
      ...this.grant(principal, BuiltInRoles.READER),
      grantProjectStorageAccess(this, this.storageScope, principal, BuiltInRoles.STORAGE_BLOB_DATA_READER),
      grantProjectFileShareAccess(this, this.storageScope, this.serviceFileShareNames.code, principal, BuiltInRoles.STORAGE_FILE_DATA_PRIVILEGED_READER),
    ];
  }

  private get storageScope() {
    return { storageAccountId: this.hub.storageAccountId, projectId: this.projectId };
  }
}
