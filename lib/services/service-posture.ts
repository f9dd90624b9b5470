import { Construct } from 'constructs';
import { Annotations } from '../core/cdktf';
import { bool, Field, optional, region, required, str } from '../core/input';
import { DIAGNOSTICS, LOCK, PRIVATE_ENDPOINT, PUBLIC_NETWORK_ACCESS, TAGS } from '../core/standard-props-checks';
import { DiagnosticsProps } from '../core/diagnostics';
import { LockProps } from '../core/lock';
import { applyPosture, IdentifiedResource, PublicNetworkAccess } from '../core/posture';
import { PrivateEndpointProps } from '../core/private-endpoint';
import { PrivateLinkSubresource } from '../core/private-link';
import { ValidationProblems } from '../core/validation';
import { warnAboutPostureOptOuts } from '../core/posture-warnings';
import { warn } from '../core/warnings';


/** The standard interfaces every connected service takes, with the hub's defaults. */
export interface ConnectedServiceProps {
  /** Azure region. */
  readonly location: string;
  /** Resource group of the service, e.g. `hub.resourceGroupName`. */
  readonly resourceGroupName: string;
  /**
   * Public network access. `Enabled` is an explicit opt-in and emits a warning.
   * @default 'Disabled': reachable only through private endpoints, firewall denying by default
   */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /** A private endpoint in a subnet, with DNS from created zones, existing zones or Azure Policy. @default none (an info annotation says so when the service is private) */
  readonly privateEndpoint?: PrivateEndpointProps;
  /**
   * Where the service's logs and metrics go. Optional in the type like on every construct, but a
   * service has no workspace of its own to default to: leaving it out fails at synth time, asking
   * for a workspace (for example `hub.logAnalyticsWorkspaceId`) or `{ enabled: false }`, which warns.
   * @default none: synth fails until a workspace or `{ enabled: false }` is given
   */
  readonly diagnostics?: DiagnosticsProps;
  /** `lifecycle.prevent_destroy` on the service. @default true */
  readonly preventDestroy?: boolean;
  /** A `CanNotDelete` management lock on the service. @default no lock */
  readonly lock?: LockProps;
  /** Tags of every resource the construct creates. @default no tags */
  readonly tags?: Record<string, string>;
  /**
   * Allow API keys (local authentication). Keys bypass Entra ID, role assignments and their audit
   * trail; `true` emits a warning.
   * @default false: Entra ID only
   */
  readonly localAuthenticationEnabled?: boolean;
}

/** The runtime checks of the props every connected service takes. */
export const CONNECTED_SERVICE_FIELDS: Readonly<Record<keyof ConnectedServiceProps, Field>> = {
  location: required(region()),
  resourceGroupName: required(str()),
  publicNetworkAccess: optional(PUBLIC_NETWORK_ACCESS),
  privateEndpoint: optional(PRIVATE_ENDPOINT),
  diagnostics: optional(DIAGNOSTICS),
  preventDestroy: optional(bool()),
  lock: optional(LOCK),
  tags: optional(TAGS),
  localAuthenticationEnabled: optional(bool()),
};

/** A connected service's posture after validation. */
export interface ServicePosture {
  readonly isPublic: boolean;
  readonly localAuthenticationEnabled: boolean;
  readonly preventDestroy: boolean;
  readonly diagnosticsWorkspaceId?: string;
}

/**
 * Checks the standard props and emits the warnings of explicit opt-outs. Adds problems to `problems`.
 * @param noun what the service is called in warnings, e.g. `account`
 */
export function resolveServicePosture(service: Construct, kind: string, noun: string, props: ConnectedServiceProps, problems: ValidationProblems): ServicePosture {
  const isPublic = (props.publicNetworkAccess ?? 'Disabled') === 'Enabled';
  const diagnosticsEnabled = props.diagnostics?.enabled ?? true;
  const workspaceId = props.diagnostics?.logAnalyticsWorkspaceId;
  problems.addIf(diagnosticsEnabled && workspaceId === undefined,
    'diagnostics has no logAnalyticsWorkspaceId; pass one (for example `hub.logAnalyticsWorkspaceId`), or `{ enabled: false }` to go without logs.');
  const preventDestroy = props.preventDestroy ?? true;
  warnAboutPostureOptOuts(service, kind, {
    publicNetworkAccess: isPublic ? { exposed: 'the service accepts', privateAlternative: 'a private endpoint' } : undefined,
    noDiagnostics: diagnosticsEnabled ? undefined : 'the service',
    noDestroyProtection: preventDestroy ? undefined : 'the service and what it holds',
  });
  const localAuthenticationEnabled = props.localAuthenticationEnabled ?? false;
  if (localAuthenticationEnabled) {
    warn(service, kind, 'local-authentication', `localAuthenticationEnabled is true: API keys reach the ${noun} without Entra ID, role assignments or their audit trail. Use Entra ID (the default).`);
  }
  if (!isPublic && !props.privateEndpoint) {
    Annotations.of(service).addInfo(`${kind} "${service.node.path}": the service is private and has no \`privateEndpoint\`, so it is reachable only through endpoints created elsewhere (or a hub's managed network).`);
  }
  return { isPublic, localAuthenticationEnabled, preventDestroy, diagnosticsWorkspaceId: diagnosticsEnabled ? workspaceId : undefined };
}

/**
 * Declares a created service's one resource to the posture mechanism: tags, a private endpoint
 * (`PrivateEndpoint`), a diagnostic setting (`Diagnostics`), destroy protection and a lock
 * (`Lock`), the same way the hub treats its resources.
 */
export function applyServicePosture(
  service: Construct,
  resource: IdentifiedResource,
  resourceName: string,
  subresource: PrivateLinkSubresource,
  props: ConnectedServiceProps,
  posture: ServicePosture,
): void {
  applyPosture(service, [{
    resource,
    taggable: true,
    holdsData: true,
    lockId: 'Lock',
    diagnostics: [{ id: 'Diagnostics', resourceId: resource.id, logs: true }],
    privateEndpoints: [{ id: 'PrivateEndpoint', resourceName, subresource }],
  }], {
    tags: props.tags,
    diagnosticsWorkspaceId: posture.diagnosticsWorkspaceId,
    preventDestroy: posture.preventDestroy,
    lock: props.lock,
    privateEndpoint: props.privateEndpoint && { ...props.privateEndpoint, location: props.location, resourceGroupName: props.resourceGroupName },
  });
}
