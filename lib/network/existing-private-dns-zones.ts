import { Construct, IConstruct } from 'constructs';
import { renderExactHcl } from '../core/hcl';
import { checkInput, checkScope, record, str } from '../core/input';
import { IPrivateDnsZones } from '../core/private-endpoint';
import { PRIVATE_DNS_ZONE_NAMES, PrivateDnsZoneName } from '../core/private-link';
import { checkResourceId } from '../core/resource-id';
import { ValidationError, isLiteral, ValidationProblems } from '../core/validation';

/** Zone ids by zone name, e.g. `{ 'privatelink.blob.core.windows.net': '/subscriptions/.../privateDnsZones/privatelink.blob.core.windows.net' }`. */
export type PrivateDnsZoneIds = Readonly<Partial<Record<PrivateDnsZoneName, string>>>;

const RESOURCE_GROUP_ID = /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[^/]+$/i;

/**
 * Private DNS zones that exist already, usually in a central connectivity subscription, given by
 * id. Endpoints get zone groups that point at them; the library creates no zone and no link (the
 * network team links the zones to the hub network). An endpoint that needs a zone missing here
 * fails synth, naming the zone.
 */
export class ExistingPrivateDnsZones extends Construct implements IPrivateDnsZones {
  /** Existing zones by name and id. Literal ids are checked to be private DNS zones of that name. */
  public static fromZoneIds(scope: Construct, id: string, zoneIds: PrivateDnsZoneIds): ExistingPrivateDnsZones {
    checkScope('ExistingPrivateDnsZones', scope, id);
    checkInput(scope, 'ExistingPrivateDnsZones', zoneIds, record(str()), 'zoneIds', `${scope.node.path}/${id}`);
    return new ExistingPrivateDnsZones(scope, id, zoneIds);
  }

  /**
   * Every zone the library knows, under their standard names in one resource group, e.g.
   * `/subscriptions/<id>/resourceGroups/rg-private-dns` (the usual central layout).
   */
  public static inResourceGroup(scope: Construct, id: string, resourceGroupId: string): ExistingPrivateDnsZones {
    checkScope('ExistingPrivateDnsZones', scope, id);
    checkInput(scope, 'ExistingPrivateDnsZones', resourceGroupId, str(), 'resourceGroupId', `${scope.node.path}/${id}`);
    if (isLiteral(resourceGroupId) && !RESOURCE_GROUP_ID.test(resourceGroupId)) {
      throw new ValidationError('ExistingPrivateDnsZones', undefined, [`resourceGroupId "${resourceGroupId}" is not a resource group id; expected /subscriptions/<subscription id>/resourceGroups/<group>.`], `${scope.node.path}/${id}`);
    }
    const zoneIds = Object.fromEntries(PRIVATE_DNS_ZONE_NAMES.map((name) => [name, `${resourceGroupId}/providers/Microsoft.Network/privateDnsZones/${name}`]));
    return new ExistingPrivateDnsZones(scope, id, zoneIds);
  }

  public readonly mode = 'Existing';

  private constructor(scope: Construct, id: string, private readonly zoneIds: PrivateDnsZoneIds) {
    super(scope, id);
    renderExactHcl(this);
    const problems = new ValidationProblems(this, 'ExistingPrivateDnsZones');
    for (const [name, zoneId] of Object.entries(zoneIds)) {
      problems.addIf(!(PRIVATE_DNS_ZONE_NAMES as readonly string[]).includes(name),
        `"${name}" is not a private DNS zone the library uses; the zones are ${PRIVATE_DNS_ZONE_NAMES.join(', ')}.`);
      const idProblems = checkResourceId(`id of zone ${name}`, zoneId, 'Microsoft.Network/privateDnsZones');
      problems.addAll(idProblems);
      if (idProblems.length === 0 && isLiteral(zoneId)) {
        const zoneName = zoneId.slice(zoneId.lastIndexOf('/') + 1);
        problems.addIf(zoneName.toLowerCase() !== name.toLowerCase(),
          `the id given for zone ${name} names zone "${zoneName}"; give each zone its own id.`);
      }
    }
    problems.throwIfAny();
  }

  public zoneIdsFor(requester: IConstruct, zones: readonly PrivateDnsZoneName[]): string[] {
    const missing = zones.filter((name) => this.zoneIds[name] === undefined);
    if (missing.length > 0) {
      throw new ValidationError(requester.constructor.name, requester, [
        `a private endpoint needs the DNS zone${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, which ExistingPrivateDnsZones "${this.node.path}" does not list; add ${missing.length > 1 ? 'their ids' : 'its id'}.`,
      ]);
    }
    return zones.map((name) => this.zoneIds[name] as string);
  }
}
