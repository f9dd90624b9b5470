import { IConstruct } from 'constructs';
import { StackClaims } from '../core/stack-claims';
import { isLiteral } from '../core/validation';

// Hubs and projects are both Microsoft.MachineLearningServices/workspaces, so their names share
// one name space per resource group; Azure compares them without case (Microsoft Learn, "Naming
// rules and restrictions for Azure resources": names are case-insensitive unless noted). The
// library keeps them unique per stack as Azure will: by resource group, whatever the case.

/** A claimed name: who claimed it, and (for an imported hub) the resource it names. */
interface Claim {
  readonly claimant: string;
  readonly resource?: string;
}

/** The names claimed in each stack, by resource group key and lowercased name. */
const CLAIMS = new StackClaims<Claim>();

/** The resource group key of each hub, for its projects. */
const HUB_GROUPS = new WeakMap<IConstruct, string>();

/** Keys of resource groups known only by reference (a name that is a token), one per object. */
const GROUP_OBJECTS = new WeakMap<object, string>();
let groupObjects = 0;

/**
 * The key of a resource group: its literal name without case, or (for a name known only at apply
 * time) the group object given, or else the hub itself, so that names are unique at least per hub.
 */
export function resourceGroupKey(name: string | undefined, group: object | undefined, hub: IConstruct, subscription?: string): string {
  // A hub the stack creates is in the provider's subscription, which the library does not know; an
  // imported hub's id names its own. The two kinds never share a key, so they never clash falsely.
  if (name !== undefined && isLiteral(name)) return subscription === undefined ? `group:${name.toLowerCase()}` : `group:${subscription.toLowerCase()}/${name.toLowerCase()}`;
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
export function claimHubName(hub: IConstruct, groupKey: string, name: string, resource?: string): string | undefined {
  HUB_GROUPS.set(hub, groupKey);
  return claim(hub, groupKey, name, { claimant: `hub "${hub.node.path}"`, resource });
}

/** Claims a project's name in its hub's resource group; returns the earlier claimant, if any. */
export function claimProjectName(hub: IConstruct, project: IConstruct, name: string): string | undefined {
  return claim(project, HUB_GROUPS.get(hub) ?? resourceGroupKey(undefined, undefined, hub), name, { claimant: `project "${project.node.path}"` });
}

/** Claims a name; the same resource imported twice (two `AiHub.fromHubId` of one id) is no clash. */
function claim(scope: IConstruct, groupKey: string, name: string, mine: Claim): string | undefined {
  if (!isLiteral(name)) return undefined;
  const earlier = CLAIMS.claim(scope, `${groupKey}\u0000${name.toLowerCase()}`, mine);
  if (earlier === undefined || (earlier.resource !== undefined && earlier.resource === mine.resource)) return undefined;
  return earlier.claimant;
}
