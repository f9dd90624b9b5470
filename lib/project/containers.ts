import { NameRules } from '../core/naming';
import { isLiteral } from '../core/validation';

/**
 * The containers the service creates for every project in the hub's storage, named
 * `<project workspace id>-<suffix>` (shared/reference/abac.md). The library never declares them
 * in Terraform: that would collide with the service on apply.
 */
export const SERVICE_CONTAINER_SUFFIXES = ['azureml', 'blobstore', 'code', 'file'] as const;

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
    if (!isLiteral(suffix)) {
      problems.push('dataContainers entries must be literal strings (they become construct ids and Terraform addresses); pass plain strings.');
      continue;
    }
    if (seen.has(suffix)) problems.push(`dataContainers lists "${suffix}" twice; list each container once.`);
    seen.add(suffix);
    if ((SERVICE_CONTAINER_SUFFIXES as readonly string[]).includes(suffix)) {
      problems.push(`dataContainers entry "${suffix}" is the name of a container the service creates itself (${SERVICE_CONTAINER_SUFFIXES.join(', ')}); choose another suffix, e.g. "${suffix}-data".`);
    } else if (suffix.length < 1 || suffix.length > DATA_CONTAINER_SUFFIX_MAX_LENGTH || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(suffix)) {
      problems.push(`dataContainers entry "${suffix}" must be 1-${DATA_CONTAINER_SUFFIX_MAX_LENGTH} lowercase letters, digits and single hyphens (the container is "<project id>-${suffix}", at most ${NameRules.storageContainer.maxLength} characters); shorten or simplify it.`);
    }
  }
  return problems;
}
