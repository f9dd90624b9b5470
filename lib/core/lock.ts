import { ManagementLock } from '@cdktf/provider-azurerm/lib/management-lock';
import { Construct, IConstruct } from 'constructs';
import { addAspect } from './aspects';
import { TerraformResource } from './cdktf';
import { dependableOnce } from './dependencies';

/**
 * The lock levels the library offers: of azurerm's `CanNotDelete` and `ReadOnly` (azurerm v4.55.0
 * internal/services/resource/management_lock_resource.go, `lock_level`), only `CanNotDelete`.
 */
export const LOCK_LEVELS = ['CanNotDelete'] as const;

/** A lock level the library offers. */
export type LockLevel = (typeof LOCK_LEVELS)[number];

/** The longest lock note azurerm accepts (management_lock_resource.go: `notes`, StringLenBetween(0, 512)). */
export const LOCK_NOTES_MAX_LENGTH = 512;

/**
 * The `lock` standard interface: a `CanNotDelete` management lock on every stateful resource.
 *
 * `ReadOnly` is deliberately not offered: it blocks the writes a hub makes to itself and its
 * dependencies (the datastore mode update, new projects, containers, role assignments).
 * A `CanNotDelete` lock also blocks deleting role assignments, diagnostic settings and containers
 * at or below the locked resource: lift the lock (remove `lock` and apply) before removing them.
 */
export interface LockProps {
  /** The lock level. */
  readonly level: LockLevel;
  /** Why the lock exists; shown to whoever hits it. */
  readonly notes?: string;
}

/**
 * Puts a management lock on a resource. Locks of a construct are created after every other
 * resource in it (see {@link lockAfterEverythingElse}), so that no write of the same apply hits them.
 */
export function addLock(scope: Construct, id: string, resourceId: string, lock: LockProps): ManagementLock {
  const created = new ManagementLock(scope, id, {
    name: 'lock-cannotdelete',
    scope: resourceId,
    lockLevel: lock.level,
    notes: lock.notes ?? 'Managed by cdktf-azure-ai-hub: remove the lock in code before deleting this resource.',
  });
  lockAfterEverythingElse(scope);
  return created;
}

const ORDERED = new WeakSet<IConstruct>();

/** The Terraform type of a management lock. */
const LOCK_TYPE = 'azurerm_management_lock';

/**
 * Makes each lock of `owner` depend on the other resources `owner` itself created (its direct
 * children: grants, endpoints, diagnostics, connections, whenever they were added), so that no
 * write of the same apply hits a locked resource. Resources of nested constructs with their own
 * posture (a hub's projects) are ordered by their own locks, not by the hub's: ordering every lock
 * against every resource below it grew quadratically with the number of projects. The aspect runs
 * at synth time, when the tree is complete; synthesizing twice (JSON, then HCL) lists each
 * dependency once.
 */
export function lockAfterEverythingElse(owner: IConstruct): void {
  if (ORDERED.has(owner)) return;
  ORDERED.add(owner);
  addAspect(owner, {
    visit(node: IConstruct) {
      if (node !== owner) return;
      // Static checks and the resource type, not instanceof: an app may load its own copy of cdktf.
      const resources = owner.node.children.filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));
      const isLock = (r: TerraformResource) => r.terraformResourceType === LOCK_TYPE;
      const others = resources.filter((r) => !isLock(r)).map(dependableOnce);
      for (const lock of resources.filter(isLock)) {
        lock.dependsOn = [...new Set([...(lock.dependsOn ?? []), ...others])];
      }
    },
  });
}
