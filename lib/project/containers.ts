import { NameRules } from '../core/naming';

/**
 * The blob containers the service creates for every project in the hub's storage, named
 * `<project workspace id>-<suffix>`: `-azureml` (workspaceartifactstore) and `-azureml-blobstore`
 * (workspaceblobstore), per Microsoft Learn "Create a project" (hub), "Access project resources".
 * The library never declares them in Terraform: that would collide with the service on apply.
 */
export const SERVICE_CONTAINER_SUFFIXES = ['azureml', 'azureml-blobstore'] as const;

/**
 * The Azure Files share the service creates for every project, `<project workspace id>-code`
 * (workspacefilestore: notebooks, compute instance files, prompt flow; same Learn page). ABAC
 * conditions do not apply to Azure Files (Learn, "What is Azure ABAC?", where conditions can be
 * added), so a project's file access is scoped to this share instead.
 */
export const SERVICE_FILE_SHARE_SUFFIXES = ['code'] as const;

/** Suffixes `dataContainers` may not use: the service's stores, and names reported for them that Learn does not list (`blobstore`, `file`). */
const RESERVED_SUFFIXES: readonly string[] = [...SERVICE_CONTAINER_SUFFIXES, ...SERVICE_FILE_SHARE_SUFFIXES, 'blobstore', 'file'];

/** The suffix of the project file share the service creates. */
export type ServiceFileShareSuffix = (typeof SERVICE_FILE_SHARE_SUFFIXES)[number];

/** One of the suffixes of the containers the service creates. */
export type ServiceContainerSuffix = (typeof SERVICE_CONTAINER_SUFFIXES)[number];

/** Length of a project workspace id (a lowercase GUID), which prefixes every container name. */
const WORKSPACE_ID_LENGTH = 36;

/** The longest data container suffix: `<36-char id>-<suffix>` must fit a 63-character container name. */
export const DATA_CONTAINER_SUFFIX_MAX_LENGTH = NameRules.storageContainer.maxLength - WORKSPACE_ID_LENGTH - 1;

/** The container name for a project and a suffix. */
export function projectContainerName(projectId: string, suffix: string): string {
  return `${projectId}-${suffix}`;
}

/** Checks the `dataContainers` suffixes of a project. Returns problems. */
export function checkDataContainerSuffixes(suffixes: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const suffix of suffixes) {
    if (seen.has(suffix)) problems.push(`dataContainers lists "${suffix}" twice; list each container once.`);
    seen.add(suffix);
    if (RESERVED_SUFFIXES.includes(suffix)) {
      problems.push(`dataContainers entry "${suffix}" is reserved for a store the service creates itself (${RESERVED_SUFFIXES.join(', ')}); choose another suffix, e.g. "${suffix}-data".`);
    } else if (suffix.length < 1 || suffix.length > DATA_CONTAINER_SUFFIX_MAX_LENGTH || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(suffix)) {
      problems.push(`dataContainers entry "${suffix}" must be 1-${DATA_CONTAINER_SUFFIX_MAX_LENGTH} lowercase letters, digits and single hyphens (the container is "<project id>-${suffix}", at most ${NameRules.storageContainer.maxLength} characters); shorten or simplify it.`);
    }
  }
  return problems;
}
