import { IConstruct } from 'constructs';
import { warn } from './warnings';

/**
 * The posture opt-outs of one construct, each given as what it exposes (absent when the construct
 * keeps the secure default): the same warning id and wording for the hub, projects and services.
 */
export interface PostureOptOuts {
  /** `publicNetworkAccess: 'Enabled'`: who accepts public traffic, and how to reach it privately instead. */
  readonly publicNetworkAccess?: { readonly exposed: string; readonly privateAlternative: string };
  /** `preventDestroy: false`: what a plan may destroy. */
  readonly noDestroyProtection?: string;
  /** `diagnostics: { enabled: false }`: whose logs and metrics go missing. */
  readonly noDiagnostics?: string;
  /** `highBusinessImpact: false`: what the service then does. */
  readonly lowBusinessImpact?: string;
}

/** Emits one warning per posture opt-out (see `WARNINGS` for the ids), so that each shows in every synth until acknowledged. */
export function warnAboutPostureOptOuts(scope: IConstruct, kind: string, optOuts: PostureOptOuts): void {
  if (optOuts.publicNetworkAccess) {
    const { exposed, privateAlternative } = optOuts.publicNetworkAccess;
    warn(scope, kind, 'public-network-access', `publicNetworkAccess is "Enabled": ${exposed} traffic from public networks. Use "Disabled" with ${privateAlternative} for anything beyond development.`);
  }
  if (optOuts.lowBusinessImpact !== undefined) warn(scope, kind, 'low-business-impact', `highBusinessImpact is false: ${optOuts.lowBusinessImpact}.`);
  if (optOuts.noDestroyProtection !== undefined) warn(scope, kind, 'no-destroy-protection', `preventDestroy is false: a plan may destroy ${optOuts.noDestroyProtection}.`);
  if (optOuts.noDiagnostics !== undefined) warn(scope, kind, 'no-diagnostics', `diagnostics are disabled: no logs or metrics of ${optOuts.noDiagnostics} reach Log Analytics.`);
}
