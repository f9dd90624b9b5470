import { Construct, IConstruct } from 'constructs';
import { bool, Check, constructWith, describeValue, optional, shape, str } from '../core/input';
import { AzapiResource } from '../core/azapi';
import { ITerraformDependable } from '../core/cdktf';
import { constructKey } from '../core/construct-key';
import { checkName, NameRules, shortHash } from '../core/naming';
import { ValidationError } from '../core/validation';
import { warn } from '../core/warnings';
import { ConnectionTarget, IConnectableService, serviceNameKey } from './connectable-service';

/** The workspace connections api, pinned. */
export const CONNECTION_API = { type: 'Microsoft.MachineLearningServices/workspaces/connections', apiVersion: '2024-10-01' } as const;

/** How a hub or project connects to a service. */
export interface ConnectionOptions {
  /** The connection's name in the workspace. @default `conn-<service path key>`, e.g. `conn-models` (see connectionName) */
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

/** A service a hub or project can connect: an `AiServices` or an `AiSearch`. */
const CONNECTABLE_SERVICE: Check = constructWith('a service to connect', { node: 'object', resourceId: 'string', privateLinkSubresource: 'string', connectionTarget: 'function' },
  'pass an AiServices or an AiSearch');

const CONNECTION_OPTIONS: Check = shape({
  name: optional(str({ literalBecause: 'it names the connection resource, whose construct id is a Terraform address' })),
  openAiOnly: optional(bool()),
  apiKey: optional(str()),
}, 'an object such as { name } or {}');

/**
 * Checks the arguments of `connect` from any caller: a service, and options that apply to it
 * (`openAiOnly` only narrows an AI Services account; for a search service it would do nothing).
 */
export function checkConnectArguments(workspace: IConstruct, kind: string, service: unknown, options: unknown): void {
  const problems: string[] = [];
  const serviceOk = service === undefined || service === null
    ? (problems.push(`service is ${describeValue(service)}; pass the AiServices or AiSearch to connect.`), false)
    : CONNECTABLE_SERVICE(service, 'service', problems);
  const optionsOk = CONNECTION_OPTIONS(options, 'options', problems);
  if (serviceOk && optionsOk) {
    const o = options as ConnectionOptions;
    const s = service as IConnectableService;
    if (o.openAiOnly !== undefined && s.privateLinkSubresource !== 'account') {
      problems.push(`options.openAiOnly is ${describeValue(o.openAiOnly)}, but it narrows an AI Services account to its OpenAI endpoint and ${s.node.path} is not one, so it would do nothing; remove it.`);
    }
  }
  if (problems.length > 0) throw new ValidationError(kind, workspace, problems);
}

/**
 * The data-plane api version an AzureOpenAI connection announces to its clients: the latest GA
 * release of the Azure OpenAI inference API (Microsoft Learn, "Azure OpenAI Service REST API
 * reference", table "API specs": data plane inference, latest GA release 2024-10-21).
 */
export const AZURE_OPENAI_API_VERSION = '2024-10-21';

/**
 * The connection's name: given, or `conn-<service key>` (the service's path below the stack, e.g.
 * `conn-models`, `conn-teama-models`). A key too long or too odd for the name rule is cut and given
 * a hash of the service's path, so that two services never share a default name.
 */
export function connectionName(service: IConnectableService, options: ConnectionOptions): string {
  if (options.name !== undefined) return options.name;
  const plain = `conn-${serviceNameKey(service)}`;
  if (checkName(NameRules.connection, plain, '').length === 0) return plain;
  const hash = shortHash(constructKey(service), 8);
  const room = NameRules.connection.maxLength - 'conn-'.length - hash.length - 1;
  const cut = serviceNameKey(service).replace(/[^a-z0-9-]/g, '').slice(0, room).replace(/-+$/, '');
  return `conn-${cut}-${hash}`;
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
  problems.push(...checkName(NameRules.connection, name, options.name === undefined ? 'pass `name`' : 'change `name`'));
  const taken = `Connection-${name}`.toLowerCase();
  // Azure compares names without case (Learn, "Naming rules and restrictions for Azure resources":
  // names are case-insensitive unless noted).
  if (workspace.node.children.some((c) => c.node.id.toLowerCase() === taken)) problems.push(`a connection named "${name}" exists already; connect each service once, or pass another \`name\`.`);
  if (options.apiKey !== undefined && !service.localAuthenticationEnabled) {
    problems.push(`the connection to ${service.node.path} uses an API key, but the service has local authentication disabled, so the key would be rejected; use Entra ID (leave out apiKey), or set localAuthenticationEnabled on the service.`);
  }
  if (problems.length > 0) throw new ValidationError(kind, workspace, problems);
  if (options.apiKey !== undefined) {
    warn(workspace, kind, 'api-key-connection', `connection "${name}" uses an API key: the key is stored in the workspace, and callers bypass role assignments. Use Entra ID (the default).`, name);
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
