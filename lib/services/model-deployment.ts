import { CognitiveDeployment } from '@cdktf/provider-azurerm/lib/cognitive-deployment';
import { Construct } from 'constructs';
import { ITerraformDependable, Token } from '../core/cdktf';
import { Check, num, oneOf, optional, required, shape, str } from '../core/input';

/** Deployment types (SKU names) of Azure AI Services model deployments. */
export type DeploymentSku =
  | 'Standard'
  | 'GlobalStandard'
  | 'DataZoneStandard'
  | 'ProvisionedManaged'
  | 'GlobalProvisionedManaged'
  | 'DataZoneProvisionedManaged'
  | 'GlobalBatch'
  | 'DataZoneBatch';

/** How capacity is counted and bounded for each deployment type. */
export const DEPLOYMENT_SKUS: Readonly<Record<DeploymentSku, { readonly unit: string; readonly minimum: number; readonly increment: number }>> = {
  Standard: { unit: 'thousand tokens per minute', minimum: 1, increment: 1 },
  GlobalStandard: { unit: 'thousand tokens per minute', minimum: 1, increment: 1 },
  DataZoneStandard: { unit: 'thousand tokens per minute', minimum: 1, increment: 1 },
  // Provisioned throughput units. Regional: 50 in steps of 50 for most models, 25 in steps of 25
  // for mini and nano models, so only the smaller rule is checked. Global and data zone: 15, steps of 5.
  ProvisionedManaged: { unit: 'provisioned throughput units', minimum: 25, increment: 25 },
  GlobalProvisionedManaged: { unit: 'provisioned throughput units', minimum: 15, increment: 5 },
  DataZoneProvisionedManaged: { unit: 'provisioned throughput units', minimum: 15, increment: 5 },
  GlobalBatch: { unit: 'thousand enqueued tokens', minimum: 1, increment: 1 },
  DataZoneBatch: { unit: 'thousand enqueued tokens', minimum: 1, increment: 1 },
};

/**
 * When a deployment moves to a newer model version: the values azurerm accepts in
 * `version_upgrade_option` (azurerm v4.55.0 internal/services/cognitive/cognitive_deployment_resource.go).
 */
export const VERSION_UPGRADE_OPTIONS = ['OnceNewDefaultVersionAvailable', 'OnceCurrentVersionExpired', 'NoAutoUpgrade'] as const;

/** When a deployment moves to a newer model version. */
export type VersionUpgradeOption = (typeof VERSION_UPGRADE_OPTIONS)[number];

/** A model deployment of an {@link AiServices} account. */
export interface ModelDeploymentProps {
  /** Deployment name, unique in the account: what clients call, e.g. `chat`. */
  readonly name: string;
  /** The model, e.g. `{ name: 'gpt-4o', version: '2024-11-20' }`. */
  readonly model: {
    /** Model name, e.g. `gpt-4o` or `text-embedding-3-large`. */
    readonly name: string;
    /** Model version, e.g. `2024-11-20`. @default the model's default version at creation */
    readonly version?: string;
    /** Model format (publisher). @default 'OpenAI' */
    readonly format?: string;
  };
  /** Deployment type. */
  readonly sku: DeploymentSku;
  /** Capacity in the unit of the deployment type (see {@link DEPLOYMENT_SKUS}). */
  readonly capacity: number;
  /**
   * When to move to a newer model version.
   * @default 'OnceCurrentVersionExpired': stays on the tested version until Azure retires it
   */
  readonly versionUpgradeOption?: VersionUpgradeOption;
  /**
   * Name of the content filter (one of the account's `contentFilters`, or `strict`).
   * @default 'strict': the library's strict preset
   */
  readonly contentFilter?: string;
}

/**
 * The runtime check of one deployment: types, shapes and allowed values. The deployment types
 * are the keys of DEPLOYMENT_SKUS, which are the `sku.name` values azurerm v4.55.0 accepts
 * (cognitive_deployment_resource.go).
 */
export const MODEL_DEPLOYMENT: Check = shape({
  name: required(str({ literalBecause: 'it names the deployment resource, whose construct id is a Terraform address' })),
  model: required(shape({
    name: required(str()),
    version: optional(str()),
    format: optional(str()),
  }, "an object such as { name: 'gpt-4o', version: '2024-11-20' }")),
  sku: required(oneOf(Object.keys(DEPLOYMENT_SKUS))),
  capacity: required(num()),
  versionUpgradeOption: optional(oneOf(VERSION_UPGRADE_OPTIONS)),
  contentFilter: optional(str()),
}, 'a deployment such as { name, model, sku, capacity }');

const DEPLOYMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Checks deployments: names unique and valid, capacity fitting the deployment type, filter known. Returns problems. */
export function checkModelDeployments(deployments: readonly ModelDeploymentProps[], filterNames: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const d of deployments) {
    const label = `deployment "${d.name}"`;
    // Names are literal (MODEL_DEPLOYMENT checks that first).
    if (!DEPLOYMENT_NAME.test(d.name)) problems.push(`${label}: the name must be 1-64 letters, digits, periods, underscores and hyphens, starting with a letter or digit; rename it.`);
    if (seen.has(d.name.toLowerCase())) problems.push(`${label}: the name is used by two deployments; deployment names must be unique in an account, so rename one.`);
    seen.add(d.name.toLowerCase());
    const sku = DEPLOYMENT_SKUS[d.sku];
    if (sku === undefined) {
      problems.push(`${label}: sku "${d.sku}" is not one of ${Object.keys(DEPLOYMENT_SKUS).join(', ')}.`);
    } else if (!Token.isUnresolved(d.capacity)) {
      if (!Number.isInteger(d.capacity) || d.capacity <= 0) {
        problems.push(`${label}: capacity ${d.capacity} must be a positive whole number of ${sku.unit}.`);
      } else if (d.capacity < sku.minimum || (d.capacity - sku.minimum) % sku.increment !== 0) {
        problems.push(`${label}: capacity ${d.capacity} does not fit ${d.sku}, which takes at least ${sku.minimum} ${sku.unit}${sku.increment > 1 ? ` in steps of ${sku.increment}` : ''}; use ${Math.max(sku.minimum, sku.minimum + Math.ceil((d.capacity - sku.minimum) / sku.increment) * sku.increment)}.`);
      }
    }
    const filter = d.contentFilter ?? 'strict';
    if (!filterNames.has(filter)) {
      problems.push(`${label}: contentFilter "${filter}" is not one of the account's content filters (${[...filterNames].join(', ')}); add it to contentFilters or use one of those.`);
    }
  }
  return problems;
}

/** Creates one deployment (`Deployment-<name>`) referencing its content filter. */
export function addModelDeployment(scope: Construct, accountId: string, d: ModelDeploymentProps, filterName: string, dependsOn: ITerraformDependable[]): CognitiveDeployment {
  return new CognitiveDeployment(scope, `Deployment-${d.name}`, {
    name: d.name,
    cognitiveAccountId: accountId,
    model: { format: d.model.format ?? 'OpenAI', name: d.model.name, version: d.model.version },
    sku: { name: d.sku, capacity: d.capacity },
    versionUpgradeOption: d.versionUpgradeOption ?? 'OnceCurrentVersionExpired',
    raiPolicyName: filterName,
    dependsOn,
  });
}
