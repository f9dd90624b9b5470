import { ManagementLock } from '@cdktf/provider-azurerm/lib/management-lock';
import { Construct } from 'constructs';

/** The `lock` standard interface: an Azure management lock on every stateful resource. */
export interface LockProps {
  /**
   * `CanNotDelete` blocks deletion; `ReadOnly` also blocks changes (and breaks operations that
   * are POSTs, such as listing keys), so use it only on resources nobody changes.
   */
  readonly level: 'CanNotDelete' | 'ReadOnly';
  /** Why the lock exists; shown to whoever hits it. */
  readonly notes?: string;
}

/** Puts a management lock on a resource. */
export function addLock(scope: Construct, id: string, resourceId: string, lock: LockProps): ManagementLock {
  return new ManagementLock(scope, id, {
    name: `lock-${lock.level === 'CanNotDelete' ? 'cannotdelete' : 'readonly'}`,
    scope: resourceId,
    lockLevel: lock.level,
    notes: lock.notes ?? 'Managed by cdktf-azure-ai-hub: remove the lock in code before deleting this resource.',
  });
}
