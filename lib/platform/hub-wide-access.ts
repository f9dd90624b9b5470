import { Construct } from 'constructs';
import { grant, grantId } from '../core/grant';
import { HUB_WIDE_ACCESS_DESCRIPTION } from '../core/hub-wide-access-mark';
import { IPrincipal } from '../core/principal';
import { grantProjectFileShareAccess } from '../core/project-storage-grant';
import { BuiltInRoles } from '../core/roles';
import { AiHub } from '../hub/ai-hub';
import { AiProject } from '../project/ai-project';
import { addHubMember, ProjectWorkspace } from '../workspace/service-access';

/**
 * Who has access to an environment's hub and everything in it, projects added later included.
 * Roles on a hub do not reach its projects (they are sibling workspaces), so each is granted on
 * the hub and on every project.
 */
export interface HubWideAccess {
  /**
   * Build everywhere: Azure AI Developer on the hub and every project; the hub's project blob role
   * on the hub storage without a container condition (every project's data is theirs); Storage
   * File Data Privileged Contributor on every project's file share; and the project roles on every
   * connected service, once per service.
   */
  readonly developers?: readonly IPrincipal[];
  /**
   * Look everywhere: Reader on the hub and every project, Storage Blob Data Reader on the hub
   * storage, Storage File Data Privileged Reader on every project's file share.
   */
  readonly readers?: readonly IPrincipal[];
}

/**
 * Grants hub-wide access. A principal given here holds one assignment per role and scope, so it
 * must not also be a developer or reader of a single project of the hub (the second assignment
 * would be refused, at synth, as Azure would refuse it at apply).
 */
export function grantHubWideAccess(owner: Construct, hub: AiHub, access: HubWideAccess): void {
  for (const developer of access.developers ?? []) {
    hub.grantDeveloper(developer);
    grant(owner, grantId(owner, hub.projectBlobDataRole, developer, 'HubStorage'), {
      scopeId: hub.storageAccountId, principal: developer, role: hub.projectBlobDataRole,
      description: `${HUB_WIDE_ACCESS_DESCRIPTION} ${hub.projectBlobDataRole.name} on the hub storage for a hub-wide developer (every project's data)`,
    });
    addHubMember(hub, developer, true, (project) => onProject(project, developer, 'developer'));
  }
  for (const reader of access.readers ?? []) {
    hub.grantReader(reader);
    grant(owner, grantId(owner, BuiltInRoles.STORAGE_BLOB_DATA_READER, reader, 'HubStorage'), {
      scopeId: hub.storageAccountId, principal: reader, role: BuiltInRoles.STORAGE_BLOB_DATA_READER,
      description: `${HUB_WIDE_ACCESS_DESCRIPTION} Storage Blob Data Reader on the hub storage for a hub-wide reader (every project's data)`,
    });
    addHubMember(hub, reader, false, (project) => onProject(project, reader, 'reader'));
  }
}

/** A hub-wide principal's roles on one project: the workspace role and the project's file share. */
function onProject(workspace: ProjectWorkspace, principal: IPrincipal, as: 'developer' | 'reader'): void {
  const project = workspace as AiProject;
  project.grant(principal, as === 'developer' ? BuiltInRoles.AZURE_AI_DEVELOPER : BuiltInRoles.READER);
  grantProjectFileShareAccess(project, { storageAccountId: project.hub.storageAccountId, projectId: project.projectId }, project.serviceFileShareNames.code, principal,
    as === 'developer' ? BuiltInRoles.STORAGE_FILE_DATA_PRIVILEGED_CONTRIBUTOR : BuiltInRoles.STORAGE_FILE_DATA_PRIVILEGED_READER);
}
