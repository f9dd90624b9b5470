/**
 * The benchmark scenarios: the ONLY file of the benchmark that uses the library's public API
 * (imported from the index). When the API is renamed, update this file alone.
 *
 * Each scenario adds one stack to an App; the bench (./bench.ts) times building it and
 * `app.synth()`. Stack names are the scenario names.
 */
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { RagHubStack } from '../../examples/rag-hub';
import { AiHub, AiNetwork, AZURERM_PROVIDER_DEFAULTS, LockProps, PrivateDnsZones, Principal } from '../../lib';

const LOCATION = 'swedencentral';

/** A literal Entra object id per team, e.g. `00000000-0000-4000-8000-000000000007`. */
function teamGroupId(team: number): string {
  return `00000000-0000-4000-8000-${team.toString().padStart(12, '0')}`;
}

/** A stack with the azurerm provider (library defaults), a network and the private DNS zones. */
function privateNetworkStack(app: App, name: string, peSubnetPrefix: string) {
  const stack = new TerraformStack(app, name);
  new AzurermProvider(stack, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS });
  const network = new AiNetwork(stack, 'Network', {
    baseName: 'bench', location: LOCATION, addressSpace: ['10.60.0.0/22'], privateEndpointSubnetPrefix: peSubnetPrefix,
  });
  const dnsZones = new PrivateDnsZones(stack, 'PrivateDnsZones', { resourceGroupName: network.resourceGroupName });
  return { stack, privateEndpoint: { subnet: network.privateEndpointSubnet, dnsZones } };
}

/** One private hub with `projects` projects, each with two data containers and a developer group. */
function hubWithProjects(app: App, name: string, projects: number, lock?: LockProps): void {
  const { stack, privateEndpoint } = privateNetworkStack(app, name, '10.60.0.0/24');
  const hub = new AiHub(stack, 'Hub', { baseName: 'bench', location: LOCATION, privateEndpoint, lock });
  for (let i = 1; i <= projects; i++) {
    const project = hub.addProject(`Project${i}`, { name: `proj-${i}`, dataContainers: ['raw', 'curated'], lock });
    project.grantDeveloper(Principal.group(teamGroupId(i), `team-${i}`));
  }
}

/** `rag-hub`: the example stack (two private services, two projects) alone in an app. */
export function ragHub(app: App): void {
  new RagHubStack(app, 'rag-hub');
}

/** `1000-projects`: one private hub with 1000 projects. */
export function thousandProjects(app: App): void {
  hubWithProjects(app, '1000-projects', 1000);
}

/** `1000-projects-locked`: the same, with a CanNotDelete lock on the hub and on every project. */
export function thousandProjectsLocked(app: App): void {
  hubWithProjects(app, '1000-projects-locked', 1000, { level: 'CanNotDelete' });
}

/**
 * `50-hubs`: a platform stack with one shared network (a /23 private endpoint subnet: 50 hubs x 7
 * addresses) and one PrivateDnsZones (zones are created once per stack, so hubs must share it),
 * and 50 private hubs (one per team, each in its own resource group `rg-team-<n>`) with 2 projects
 * each, every project with a data container and a developer group of its own (100 projects in all).
 */
export function fiftyHubs(app: App): void {
  const { stack, privateEndpoint } = privateNetworkStack(app, '50-hubs', '10.60.0.0/23');
  for (let h = 1; h <= 50; h++) {
    const team = `team-${String(h).padStart(2, '0')}`;
    const hub = new AiHub(stack, `Hub-${team}`, { baseName: team, location: LOCATION, privateEndpoint, tags: { team } });
    ['dev', 'prod'].forEach((kind, k) => {
      const project = hub.addProject(`Project-${kind}`, { name: `proj-${team}-${kind}`, dataContainers: ['raw'] });
      // A group per project: one principal holds one role on one scope (the hub storage) at most.
      project.grantDeveloper(Principal.group(teamGroupId(h * 2 + k), `${team}-${kind}-developers`));
    });
  }
}

/** The scenarios by name, in the order the bench runs them. */
export const SCENARIOS: Record<string, (app: App) => void> = {
  'rag-hub': ragHub,
  '1000-projects': thousandProjects,
  '1000-projects-locked': thousandProjectsLocked,
  '50-hubs': fiftyHubs,
};
