import { IPrivateDnsZones } from '../core/private-endpoint';

const POLICY_MANAGED: IPrivateDnsZones = { mode: 'PolicyManaged', zoneIdsFor: () => undefined };

/**
 * DNS for private endpoints managed by Azure Policy: the endpoints get no DNS zone group, and a
 * deploy-if-not-exists policy of the landing zone adds one pointing at the central zones. Use it
 * where the platform team forbids zone groups from workload code.
 */
export function dnsZonesManagedByPolicy(): IPrivateDnsZones {
  return POLICY_MANAGED;
}
