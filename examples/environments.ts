import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { useExampleBackend } from './backend';
import { AiEnvironment, AiNetwork, AZURERM_PROVIDER_DEFAULTS, ExistingPrivateDnsZones, PrivateEndpointProps, Principal } from '../lib';

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const CONNECTIVITY_SUBSCRIPTION = '11111111-1111-1111-1111-111111111111';

/** The departments of the platform, with their cost center and developer group (Entra object ids). */
export const DEPARTMENTS = {
  sales: { costCenter: 'CC-1100', developers: '22222222-2222-4222-8222-000000001100' },
  legal: { costCenter: 'CC-2200', developers: '22222222-2222-4222-8222-000000002200' },
} as const;

/** The stages, with the monthly budget of each environment (in the billing currency). */
export const STAGES = { dev: { budget: 200 }, test: { budget: 500 }, prod: { budget: 2000 } } as const;

/** The environment stacks, `env-<department>-<stage>`: one state, one pipeline stage, one snapshot each. */
export const ENVIRONMENTS: Readonly<Record<string, { readonly department: keyof typeof DEPARTMENTS; readonly stage: keyof typeof STAGES }>> =
  Object.fromEntries(Object.keys(DEPARTMENTS).flatMap((department) => Object.keys(STAGES).map((stage) =>
    [`env-${department}-${stage}`, { department: department as keyof typeof DEPARTMENTS, stage: stage as keyof typeof STAGES }])));

/**
 * The network each private stage shares: the network team's spoke subnet of that stage and the
 * central private DNS zones. The dev stage is public (acknowledged in the stage profile).
 */
function stageNetwork(stack: TerraformStack, stage: string): PrivateEndpointProps | undefined {
  if (stage === 'dev') return undefined;
  return {
    subnet: AiNetwork.fromSubnetId(stack, 'StageSubnet',
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-spoke-ai-${stage}/providers/Microsoft.Network/virtualNetworks/vnet-spoke-ai-${stage}/subnets/snet-private-endpoints`,
      { location: 'swedencentral', addressPrefix: stage === 'prod' ? '10.80.0.0/26' : '10.81.0.0/26' }),
    dnsZones: ExistingPrivateDnsZones.inResourceGroup(stack, 'CentralDnsZones', `/subscriptions/${CONNECTIVITY_SUBSCRIPTION}/resourceGroups/rg-private-dns`),
  };
}

/**
 * One environment of the AI platform (department x stage) in a stack of its own: its hub in its
 * own resource group, tagged, secured by its stage's profile, with a budget, the department's
 * developers on the hub and every project, a first project, and outputs for team stacks.
 */
export class EnvironmentStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const environment = ENVIRONMENTS[id];
    if (environment === undefined) throw new Error(`EnvironmentStack "${id}": not one of ${Object.keys(ENVIRONMENTS).join(', ')}`);
    const { department, stage } = environment;
    useExampleBackend(this, id);
    new AzurermProvider(this, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS, subscriptionId: SUBSCRIPTION });

    const privateEndpoint = stageNetwork(this, stage);
    const env = new AiEnvironment(this, 'Environment', {
      department,
      stage,
      location: 'swedencentral',
      costCenter: DEPARTMENTS[department].costCenter,
      privateEndpoint,
      // One monitor private link scope per DNS: private stages join the network team's.
      hub: privateEndpoint === undefined ? undefined : {
        monitorPrivateLinkScope: { existingScopeId: `/subscriptions/${CONNECTIVITY_SUBSCRIPTION}/resourceGroups/rg-monitor/providers/Microsoft.Insights/privateLinkScopes/ampls-central` },
      },
      budget: { amount: STAGES[stage].budget, startDate: '2027-01-01', contactEmails: [`finops+${department}@contoso.com`] },
      access: { developers: [Principal.group(DEPARTMENTS[department].developers, `${department}-developers`)] },
    });
    env.addProject('Assistant', { description: `The ${department} department's assistant` });
  }
}
