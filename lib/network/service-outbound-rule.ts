import { Construct } from 'constructs';
import { AzapiResource } from '../core/azapi';
import { ITerraformDependable } from '../core/cdktf';
import { IPrincipal } from '../core/principal';
import { grantNetworkConnectionApprover } from './outbound-rules';

/** The managed-network outbound rules api, for rules azurerm 4.55 cannot create. */
export const OUTBOUND_RULE_API = { type: 'Microsoft.MachineLearningServices/workspaces/outboundRules', apiVersion: '2024-10-01' } as const;

/** A private service a hub's managed network must reach through a private endpoint. */
export interface PrivateServiceTarget {
  /** Names the rule (`pe-<key>`) and its constructs. */
  readonly key: string;
  /** The service's resource id. */
  readonly resourceId: string;
  /** `account` (AI Services) or `searchService`, which azurerm's rule does not accept. */
  readonly subresource: 'account' | 'searchService';
}

/**
 * A private endpoint rule from the hub's managed network to an AI Services account or a Search
 * service, through AzAPI (`ServiceRule-<key>`), with the hub identity made network connection
 * approver on the service first. Returns the rule, which later rules must wait for.
 */
export function addServiceOutboundRule(hub: Construct, workspaceId: string, identity: IPrincipal, target: PrivateServiceTarget, after: ITerraformDependable[]): AzapiResource {
  const approver = grantNetworkConnectionApprover(hub, `ServiceRule-${target.key}`, target.resourceId, identity,
    'AI hub identity: approve the managed network\'s private endpoint to a connected service');
  return new AzapiResource(hub, `ServiceRule-${target.key}`, {
    ...OUTBOUND_RULE_API,
    name: `pe-${target.key}`,
    parentId: workspaceId,
    body: {
      properties: {
        type: 'PrivateEndpoint',
        category: 'UserDefined',
        destination: { serviceResourceId: target.resourceId, subresourceTarget: target.subresource, sparkEnabled: false },
      },
    },
    dependsOn: [...after, approver],
  });
}
