import { AiServices as AzurermAiServices } from '@cdktf/provider-azurerm/lib/ai-services';
import { CognitiveDeployment } from '@cdktf/provider-azurerm/lib/cognitive-deployment';
import { RoleDefinition } from '@cdktf/provider-azurerm/lib/role-definition';
import { Construct } from 'constructs';
import { constructKey } from '../core/construct-key';
import { Check, checkInput, checkScope, list, oneOf, optional, required, shape, str } from '../core/input';
import { renderExactHcl } from '../core/hcl';
import { warn } from '../core/warnings';
import { AzapiResource } from '../core/azapi';
import { ITerraformDependable } from '../core/cdktf';
import { checkName, NameRules, uniqueSuffix } from '../core/naming';
import { ManagedIdentity } from '../core/principal';
import { BuiltInRoles, CustomRole } from '../core/roles';
import { isLiteral, ValidationProblems } from '../core/validation';
import { ConnectionTarget, IConnectableService } from './connectable-service';
import { addContentFilter, checkContentFilters, CONTENT_FILTER, ContentFilterProps, contentFilterWeakenings, STRICT_CONTENT_FILTER } from './content-filter';
import { addModelDeployment, checkModelDeployments, MODEL_DEPLOYMENT, ModelDeploymentProps } from './model-deployment';
import { applyServicePosture, CONNECTED_SERVICE_FIELDS, ConnectedServiceProps, resolveServicePosture } from './service-posture';

/**
 * The account SKUs the library offers: `S0`, the one tier of kind AIServices (azurerm v4.55.0
 * ai_services_resource.go accepts more `sku_name` values, for other kinds of account).
 */
export const AI_SERVICES_SKUS = ['S0'] as const;

/** The runtime check of `AiServicesProps`. */
const AI_SERVICES_PROPS: Check = shape({
  ...CONNECTED_SERVICE_FIELDS,
  name: required(str()),
  customSubdomainName: optional(str()),
  sku: optional(oneOf(AI_SERVICES_SKUS)),
  deployments: optional(list(MODEL_DEPLOYMENT)),
  contentFilters: optional(list(CONTENT_FILTER)),
}, 'an object of AiServicesProps');

/** Props of {@link AiServices}. */
export interface AiServicesProps extends ConnectedServiceProps {
  /** Account name, unique in the resource group: 2-64 letters, digits and hyphens. */
  readonly name: string;
  /**
   * Custom subdomain (`https://<subdomain>.cognitiveservices.azure.com`), needed for Entra ID and
   * private endpoints. Global, immutable, and taken until the account is purged.
   * @default `<name>-<hash>` in lowercase (hash of stack and construct path)
   */
  readonly customSubdomainName?: string;
  /** Pricing tier. @default 'S0' */
  readonly sku?: 'S0';
  /** Model deployments, created one after another (the account accepts one change at a time). @default none */
  readonly deployments?: readonly ModelDeploymentProps[];
  /** Content filters deployments can name; the strict preset `strict` is always available. @default only `strict` */
  readonly contentFilters?: readonly ContentFilterProps[];
}

/**
 * An Azure AI Services account (kind AIServices: Azure OpenAI models and the other AI services)
 * with a system-assigned identity, Entra ID only, private by default, with model deployments that
 * each go through a content filter (the strict preset unless one of `contentFilters` is named).
 *
 * Construct ids are Terraform addresses: `Account`, `Deployment-<name>`, `ContentFilter-<name>`,
 * `PrivateEndpoint`, `Diagnostics`, `Lock`.
 */
export class AiServices extends Construct implements IConnectableService {
  /** The `azurerm_ai_services` resource: the escape hatch for `addOverride`. */
  public readonly resource: AzurermAiServices;
  public readonly resourceId: string;
  /** The account's Azure name. */
  public readonly name: string;
  public readonly isPrivate: boolean;
  public readonly localAuthenticationEnabled: boolean;
  public readonly privateLinkSubresource = 'account';
  /** The account's custom subdomain. */
  public readonly customSubdomainName: string;
  /** The catalog-model inference role, defined on the first AIServices connection (see modelInferenceRole). */
  private inferenceRole?: CustomRole;
  /** The account's system-assigned identity, e.g. for granting it storage access. */
  public readonly identity: ManagedIdentity;
  /** Deployments by name. */
  public readonly deployments: Readonly<Record<string, CognitiveDeployment>>;
  /** Content filters created, by name (AzAPI RAI policies). */
  public readonly contentFilters: Readonly<Record<string, AzapiResource>>;

  constructor(scope: Construct, id: string, props: AiServicesProps) {
    super(checkScope('AiServices', scope, id), id);
    checkInput(this, 'AiServices', props, AI_SERVICES_PROPS);
    renderExactHcl(this);
    const problems = new ValidationProblems(this, 'AiServices');
    problems.addAll(checkName(NameRules.aiServices, props.name, 'change `name`'));
    const subdomain = props.customSubdomainName ?? (isLiteral(props.name) ? `${props.name.toLowerCase().slice(0, 57)}-${uniqueSuffix(this)}` : '');
    problems.addIf(props.customSubdomainName === undefined && !isLiteral(props.name),
      'name is a Terraform expression, so no custom subdomain can be derived from it; pass `customSubdomainName`.');
    problems.addAll(checkName(NameRules.aiServicesSubdomain, subdomain, props.customSubdomainName !== undefined ? 'change `customSubdomainName`' : 'set `customSubdomainName` or shorten `name`'));
    const filters = [STRICT_CONTENT_FILTER, ...(props.contentFilters ?? [])];
    problems.addAll(checkContentFilters(filters));
    const deployments = props.deployments ?? [];
    problems.addAll(checkModelDeployments(deployments, new Set(filters.map((f) => f.name))));
    const posture = resolveServicePosture(this, 'AiServices', 'account', props, problems);
    problems.throwIfAny();

    for (const filter of props.contentFilters ?? []) {
      const weaker = contentFilterWeakenings(filter);
      if (weaker.length > 0) warn(this, 'AiServices', 'weak-content-filter', `content filter "${filter.name}" is weaker than the strict preset: ${weaker.join('; ')}.`, filter.name);
    }

    this.isPrivate = !posture.isPublic;
    this.localAuthenticationEnabled = posture.localAuthenticationEnabled;
    this.customSubdomainName = subdomain;
    this.resource = new AzurermAiServices(this, 'Account', {
      name: props.name,
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      skuName: props.sku ?? 'S0',
      customSubdomainName: subdomain,
      localAuthenticationEnabled: posture.localAuthenticationEnabled,
      publicNetworkAccess: posture.isPublic ? 'Enabled' : 'Disabled',
      networkAcls: { defaultAction: posture.isPublic ? 'Allow' : 'Deny', bypass: 'AzureServices' },
      identity: { type: 'SystemAssigned' },
    });
    this.resourceId = this.resource.id;
    this.name = props.name;
    this.identity = { principalId: this.resource.identity.principalId, principalType: 'ServicePrincipal', key: `${constructKey(this).toLowerCase()}-identity` };

    // Only the filters deployments use, and every filter the user listed.
    const used = new Set(deployments.map((d) => d.contentFilter ?? STRICT_CONTENT_FILTER.name));
    const created = filters.filter((f) => f !== STRICT_CONTENT_FILTER || used.has(f.name) || (props.contentFilters ?? []).some((c) => c.name === f.name));
    this.contentFilters = Object.fromEntries(created.map((f) => [f.name, addContentFilter(this, this.resource.id, f)]));

    // The account takes one deployment change at a time, so each waits for the one before.
    const made: CognitiveDeployment[] = [];
    for (const d of deployments) {
      const filterName = d.contentFilter ?? STRICT_CONTENT_FILTER.name;
      const after: ITerraformDependable[] = [this.contentFilters[filterName], ...(made.length > 0 ? [made[made.length - 1]] : [])];
      made.push(addModelDeployment(this, this.resource.id, d, filterName, after));
    }
    this.deployments = Object.fromEntries(made.map((m, i) => [deployments[i].name, m]));

    applyServicePosture(this, this.resource, props.name, 'account', props, posture);
  }

  /**
   * The OpenAI endpoint or the AI Services endpoint of the account, with the roles their users
   * need: `AIServices` at the account's cognitiveservices.azure.com endpoint, or `AzureOpenAI` at its
   * openai.azure.com endpoint: literals of the connection `category` enum (connections@2024-10-01
   * in the azapi provider's embedded types), paired with endpoints as in Microsoft's template
   * Azure/azure-quickstart-templates quickstarts/microsoft.machinelearningservices/aistudio-network-restricted.
   */
  public connectionTarget(openAiOnly: boolean): ConnectionTarget {
    return openAiOnly
      ? {
        category: 'AzureOpenAI', endpoint: `https://${this.customSubdomainName}.openai.azure.com/`,
        hubIdentityRoles: [BuiltInRoles.COGNITIVE_SERVICES_OPENAI_USER], projectRoles: [BuiltInRoles.COGNITIVE_SERVICES_OPENAI_USER],
      }
      : {
        category: 'AIServices', endpoint: `https://${this.customSubdomainName}.cognitiveservices.azure.com/`,
        hubIdentityRoles: [BuiltInRoles.COGNITIVE_SERVICES_USER],
        // Inference only: OpenAI deployments, and catalog models through the MaaS data actions.
        // Cognitive Services User would add accounts/listkeys/action and every data action
        // (other projects' files, batches, fine-tuning data) on a shared account.
        projectRoles: [BuiltInRoles.COGNITIVE_SERVICES_OPENAI_USER, this.modelInferenceRole()],
      };
  }

  /**
   * A role for calling the catalog (non-OpenAI) models of this account with Entra ID, defined
   * once per account and assignable only on it. Microsoft Learn ("Configure key-less
   * authentication with Microsoft Entra ID", Foundry Models) names Cognitive Services User, or a
   * custom role with the data actions `Microsoft.CognitiveServices/accounts/MaaS/*`, as what the
   * models endpoint needs; Cognitive Services OpenAI User's data actions are all under
   * `accounts/OpenAI/`. Role names are unique per tenant, so the account's globally unique
   * subdomain is part of it.
   */
  private modelInferenceRole(): CustomRole {
    if (this.inferenceRole === undefined) {
      const definition = new RoleDefinition(this, 'ModelInferenceRole', {
        name: `AI model inference (${this.customSubdomainName})`,
        scope: this.resourceId,
        description: 'Call the catalog models of one AI Services account with Entra ID; no keys, no management.',
        permissions: [{ actions: ['Microsoft.CognitiveServices/accounts/read'], dataActions: ['Microsoft.CognitiveServices/accounts/MaaS/*'] }],
        assignableScopes: [this.resourceId],
      });
      // role_definition_resource_id is the subscription-scoped id Azure returns, the form role
      // assignments read back (azurerm v4.55.0 role_definition_resource.go; role_definition_id is the bare GUID).
      this.inferenceRole = { name: 'AI Model Inference', definitionResourceId: definition.roleDefinitionResourceId };
    }
    return this.inferenceRole;
  }
}
