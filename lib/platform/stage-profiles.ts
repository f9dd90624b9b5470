/**
 * What changes from one stage of an environment to the next. Every field can be overridden per
 * environment (`AiEnvironmentProps.profile`).
 */
export interface StageProfile {
  /** Public network access of the hub and the dependencies it creates. */
  readonly publicNetworkAccess: 'Enabled' | 'Disabled';
  /**
   * Why a public stage is public: the hub's `public-network-access` warning is acknowledged with
   * this reason, so that it shows as an info line in every synth. Required when public.
   */
  readonly publicAccessReason?: string;
  /** A `CanNotDelete` lock on the stateful resources. */
  readonly lock: boolean;
  /** `lifecycle.prevent_destroy` on the stateful resources. */
  readonly preventDestroy: boolean;
  /** Days the Log Analytics workspace keeps data (30-730). */
  readonly logRetentionInDays: number;
  /** Days deleted blobs and containers stay recoverable (1-365). */
  readonly blobSoftDeleteRetentionDays: number;
  /** Budget alerts on actual cost, in percent of the monthly amount (0-1000). */
  readonly budgetThresholds: readonly number[];
}

/**
 * The library's stage profiles, the defaults of the field notes' one hub per department and stage:
 * dev is public (acknowledged) and unlocked so that teams iterate fast on non-confidential data;
 * test and prod are private and locked; retention grows with the stage. Every profile keeps
 * destroy protection, since a hub's storage holds the projects' data from the first day.
 */
export const STAGE_PROFILES: Readonly<Record<'dev' | 'test' | 'prod', StageProfile>> = {
  dev: {
    publicNetworkAccess: 'Enabled',
    publicAccessReason: 'dev stage: public for fast iteration on non-confidential data; test and prod are private',
    lock: false,
    preventDestroy: true,
    logRetentionInDays: 30,
    blobSoftDeleteRetentionDays: 7,
    budgetThresholds: [50, 80, 100],
  },
  test: {
    publicNetworkAccess: 'Disabled',
    lock: true,
    preventDestroy: true,
    logRetentionInDays: 90,
    blobSoftDeleteRetentionDays: 30,
    budgetThresholds: [80, 100],
  },
  prod: {
    publicNetworkAccess: 'Disabled',
    lock: true,
    preventDestroy: true,
    logRetentionInDays: 365,
    blobSoftDeleteRetentionDays: 90,
    budgetThresholds: [80, 100],
  },
};
