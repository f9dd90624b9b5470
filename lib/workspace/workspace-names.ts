import { IConstruct } from 'constructs';
import { TerraformStack } from '../core/cdktf';
import { isLiteral } from '../core/validation';

// Hubs and projects are both Microsoft.MachineLearningServices/workspaces, so their names share
// one name space per resource group; Azure compares them without case (Microsoft Learn, "Naming
// rules and restrictions for Azure resources": names are case-insensitive unless noted). The
// library keeps them unique per stack as Azure will: by resource group, whatever the case.

/** The names claimed in each stack: resource group key, then lowercased name, to the claimant. */
const CLAIMS = new WeakMap<TerraformStack, Map<string, Map<string, string>>>();

/** The resource group key of each hub, for its projects. */
const HUB_GROUPS = new WeakMap<IConstruct, string>();

/** Keys of resource groups known only by reference (a name that is a token), one per object. */
const GROUP_OBJECTS = new WeakMap<object, string>();
let groupObjects = 0;

/**
 * The key of a resource group: its literal name without case, or (for a name known only at apply
 * time) the group object given, or else the hub itself, so that names are unique at least per hub.
 */
export function resourceGroupKey(name: string | undefined, group: object | undefined, hub: IConstruct): string {
  if (name !== undefined && isLiteral(name)) return `group:${name.toLowerCase()}`;
  if (group !== undefined) {
    let key = GROUP_OBJECTS.get(group);
    if (key === undefined) {
      key = `object:${++groupObjects}`;
      GROUP_OBJECTS.set(group, key);
    }
    return key;
  }
  return `hub:${hub.node.path}`;
}

/**
 * Claims a hub's name in its resource group and remembers the group for its projects. Returns a
 * description of an earlier hub or project with the same name, if any.
 */
export function claimHubName(hub: IConstruct, groupKey: string, name: string): string | undefined {
  HUB_GROUPS.set(hub, groupKey);
  return claim(hub, groupKey, name, `hub "${hub.node.path}"`);
}

/** Claims a project's name in its hub's resource group; returns the earlier claimant, if any. */
export function claimProjectName(hub: IConstruct, project: IConstruct, name: string): string | undefined {
  return claim(project, HUB_GROUPS.get(hub) ?? resourceGroupKey(undefined, undefined, hub), name, `project "${project.node.path}"`);
}

function claim(scope: IConstruct, groupKey: string, name: string, claimant: string): string | undefined {
  if (!isLiteral(name)) return undefined;
  const stack = TerraformStack.of(scope);
  let groups = CLAIMS.get(stack);
  if (groups === undefined) {
    groups = new Map();
    CLAIMS.set(stack, groups);
  }
  let names = groups.get(groupKey);
  if (names === undefined) {
    names = new Map();
    groups.set(groupKey, names);
  }
  const earlier = names.get(name.toLowerCase());
  if (earlier === undefined) names.set(name.toLowerCase(), claimant);
  return earlier;
}
