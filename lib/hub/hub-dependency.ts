import { Construct } from 'constructs';
import type { Field } from '../core/input';
import { ManagedResource } from '../core/posture';
import { NameRule } from '../core/naming';
import { BuiltInRole } from '../core/roles';

/** The hub dependencies that may keep public network access under a private hub. */
export type HubDependency = 'StorageAccount' | 'KeyVault' | 'ContainerRegistry' | 'LogAnalyticsWorkspace' | 'ApplicationInsights';

/** What a dependency needs from the hub to create its resource. */
export interface HubDependencyContext {
  /** The hub construct: the scope of the resource. */
  readonly hub: Construct;
  /** The resource's Azure name (given, or derived from the hub's base name). */
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** Public network access of this dependency: the hub's, or an explicit opt-out under a private hub. */
  readonly publicNetworkAccess: boolean;
  /** Whether its firewall denies by default (whenever the hub itself is private). */
  readonly denyByDefault: boolean;
  /** Ids of the dependencies created or given before this one, by label (Application Insights needs the workspace). */
  readonly resolvedIds: Readonly<Record<string, string>>;
  /** Whether monitoring resources keep key (local) authentication (`monitoringLocalAuthentication`). */
  readonly localAuthentication: boolean;
}

/** How a private hub checks a dependency's network settings on the final configuration. */
export interface DependencyNetworkPosture {
  /** The dependency's name in `dependenciesWithPublicAccess`. */
  readonly optOut: HubDependency;
  /** The Terraform attributes that switch public network access (each must be `false`). */
  readonly publicAccessAttributes: readonly string[];
  /** The firewall block whose `default_action` must be `Deny`; none for a resource without a firewall. */
  readonly firewallBlock?: string;
}

/**
 * Everything the hub needs to know about one dependency, in the dependency's own file: its name
 * rule and default name, the prop that names an existing one, its ARM type, how it is created
 * (with its diagnostics, private-link subresources and firewall), its own props' checks, and the
 * roles the hub identity needs on it. `AiHub` iterates over the descriptors; adding a dependency
 * or a setting of one touches that dependency's file.
 *
 * @typeParam P the hub props the dependency reads (its own slice of `AiHubProps`)
 */
export interface HubDependencyDescriptor<P> {
  /** Construct id of the created resource (a Terraform address) and the label in ids and messages. */
  readonly label: string;
  /** The ARM resource type, for checking an existing id. */
  readonly armType: string;
  /** The prop that names the resource. */
  readonly nameProp: keyof P & string;
  /** The prop that gives an existing resource by id instead. */
  readonly existingIdProp: keyof P & string;
  /** The Azure name rule of the resource type. */
  readonly nameRule: NameRule;
  /**
   * The runtime checks of the dependency's props (types, shapes, allowed values), for callers
   * TypeScript does not protect; every prop of the dependency's own slice is listed, so the hub
   * refuses props it does not know.
   */
  readonly propChecks: Readonly<Partial<Record<keyof P & string, Field>>>;
  /** The props that configure the resource the hub creates: set together with the existing-id prop, they would be ignored. */
  readonly createOnlyProps: ReadonlyArray<keyof P & string>;
  /** The default name from the hub's base name and the hub's hash suffix (for global names). */
  defaultName(baseName: string, suffix: string): string;
  /** Checks the dependency's own props (given an existing resource too, so that a bad value never passes silently). Returns problems. */
  check(props: P, hubIsPublic: boolean): string[];
  /** Creates the resource and declares its posture traits. */
  create(context: HubDependencyContext, props: P): ManagedResource;
  /**
   * The roles the hub's identity needs on the dependency, created or existing, as Microsoft
   * documents them for a hub with a user-assigned identity:
   * https://learn.microsoft.com/azure/machine-learning/how-to-identity-based-service-authentication#user-assigned-managed-identity
   */
  readonly hubIdentityRoles: readonly BuiltInRole[];
  /** Present when a private hub checks the dependency's network settings. */
  readonly networkPosture?: DependencyNetworkPosture;
}
