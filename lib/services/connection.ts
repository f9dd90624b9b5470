import { Construct } from 'constructs';
import { AzapiResource } from '../core/azapi';
import { Annotations, ITerraformDependable } from '../core/cdktf';
import { checkName, NameRules } from '../core/naming';
import { formatProblems } from '../core/validation';
import { ConnectionTarget, IConnectableService, serviceKey } from './connectable-service';

/** The workspace connections api, pinned. */
export const CONNECTION_API = { type: 'Microsoft.MachineLearningServices/workspaces/connections', apiVersion: '2024-10-01' } as const;

/** How a hub or project connects to a service. */
export interface ConnectionOptions {
  /** The connection's name in the workspace. @default `conn-<service construct id, lowercased>` */
  readonly name?: string;
  /** Connect an AI Services account through its OpenAI endpoint only (category AzureOpenAI, role Cognitive Services OpenAI User). @default false */
  readonly openAiOnly?: boolean;
  /**
   * Authenticate with this API key instead of Entra ID. An explicit opt-in that warns: the key is
   * stored in the workspace and bypasses role assignments. The service must allow local
   * authentication. The key goes into the connection's `sensitive_body`, which azapi keeps out of
   * the plan and the state (write-only; needs Terraform 1.11 or later); pass it from a sensitive
   * variable, not a literal in code.
   * @default Entra ID (`authType: AAD`): every caller needs a role on the service
   */
  readonly apiKey?: string;
}

/**
 * The data-plane api version an AzureOpenAI connection announces to its clients: the latest GA
 * release of the Azure OpenAI inference API (Microsoft Learn, "Azure OpenAI Service REST API
 * reference", table "API specs": data plane inference, latest GA release 2024-10-21).
 */
export const AZURE_OPENAI_API_VERSION = '2024-10-21';

/** The connection's name: given, or derived from the service's construct id. */
export function connectionName(service: IConnectableService, options: ConnectionOptions): string {
  return options.name ?? `conn-${serviceKey(service)}`;
}

/**
 * Creates a workspace connection (`Connection-<name>`) from a hub (shared with all its projects)
 * or a project (its own) to a service, with Entra ID unless an API key is given.
 */
export function addConnection(
  workspace: Construct,
  kind: string,
  workspaceId: string,
  service: IConnectableService,
  options: ConnectionOptions,
  dependsOn: ITerraformDependable[],
): { readonly connection: AzapiResource; readonly target: ConnectionTarget } {
  const name = connectionName(service, options);
  const problems: string[] = [];
  problems.push(...checkName(NameRules.connection, name, options.name === undefined ? 'pass `name` (the default is conn-<service construct id>)' : 'change `name`'));
  if (workspace.node.tryFindChild(`Connection-${name}`)) problems.push(`a connection named "${name}" exists already; connect each service once, or pass another \`name\`.`);
  if (options.apiKey !== undefined && !service.localAuthenticationEnabled) {
    problems.push(`the connection to ${service.node.path} uses an API key, but the service has local authentication disabled, so the key would be rejected; use Entra ID (leave out apiKey), or set localAuthenticationEnabled on the service.`);
  }
  if (problems.length > 0) throw new Error(formatProblems(kind, workspace, problems));
  if (options.apiKey !== undefined) {
    Annotations.of(workspace).addWarning(`${kind} "${workspace.node.path}": connection "${name}" uses an API key: the key is stored in the workspace, and callers bypass role assignments. Use Entra ID (the default).`);
  }

  const target = service.connectionTarget(options.openAiOnly ?? false);
  const connection = new AzapiResource(workspace, `Connection-${name}`, {
    ...CONNECTION_API,
    name,
    parentId: workspaceId,
    body: {
      properties: {
        category: target.category,
        target: target.endpoint,
        authType: options.apiKey === undefined ? 'AAD' : 'ApiKey',
        isSharedToAll: true,
        // Clients of an AzureOpenAI connection read the API version from its metadata.
        metadata: target.category === 'AzureOpenAI'
          ? { ApiType: 'Azure', ResourceId: service.resourceId, ApiVersion: AZURE_OPENAI_API_VERSION }
          : { ApiType: 'Azure', ResourceId: service.resourceId },
      },
    },
    // The key stays out of `body`, which plans and state show in clear text.
    sensitiveBody: options.apiKey === undefined ? undefined : { properties: { credentials: { key: options.apiKey } } },
    dependsOn: [...new Set(dependsOn)],
  });
  return { connection, target };
}
