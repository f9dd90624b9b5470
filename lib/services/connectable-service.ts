import type { IConstruct } from 'constructs';
import { constructNameKey } from '../core/construct-key';
import type { Role } from '../core/roles';

/** The categories of workspace connections the library creates. */
export type ConnectionCategory = 'AIServices' | 'AzureOpenAI' | 'CognitiveSearch';

/** How a connection of one category reaches its service and what its users need there. */
export interface ConnectionTarget {
  /** The connection category. */
  readonly category: ConnectionCategory;
  /** The endpoint URL the connection points at. */
  readonly endpoint: string;
  /** The roles the hub identity needs on the service to use it through Entra ID. */
  readonly hubIdentityRoles: readonly Role[];
  /**
   * The roles a project identity, and each project developer, gets on the service: the least a
   * project needs to use it, never a role that lists keys or changes the service (README, "What
   * isolation covers").
   */
  readonly projectRoles: readonly Role[];
}

/** A service a hub or project can connect to: `AiServices` or `AiSearch`. */
export interface IConnectableService extends IConstruct {
  /** The service's resource id. */
  readonly resourceId: string;
  /** Whether public network access is disabled: reachable only through private endpoints (a hub's managed network makes one for a connection). */
  readonly isPrivate: boolean;
  /** Whether the service accepts API keys (a key-based connection needs it). */
  readonly localAuthenticationEnabled: boolean;
  /** The private endpoint subresource of the service (`account`, `searchService`). */
  readonly privateLinkSubresource: 'account' | 'searchService';
  /** The connection target for a category; `openAiOnly` narrows an AI Services connection to its OpenAI API. */
  connectionTarget(openAiOnly: boolean): ConnectionTarget;
}

/**
 * A short key of a service for Azure names (the default connection name `conn-<key>`, the approver
 * role's construct id): its path below the stack, lowercased, e.g. `models`, or `teama-models` for
 * a service `Models` inside a construct `TeamA`.
 */
export function serviceNameKey(service: IConnectableService): string {
  return constructNameKey(service);
}
