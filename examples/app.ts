import { App } from 'cdktf';
import { BasicHubStack } from './basic-hub';
import { ENVIRONMENTS, EnvironmentStack } from './environments';
import { ExistingResourcesStack } from './existing-resources';
import { HubAndSpokeStack } from './hub-and-spoke';
import { PrivateHubStack } from './private-hub';
import { RagHubStack } from './rag-hub';
import { TeamProjectStack } from './team-project';

/** The example stacks, by stack name; `cdktf synth` writes each to `cdktf.out/stacks/<name>`. */
export const EXAMPLE_STACKS = {
  'basic-hub': BasicHubStack,
  'existing-resources': ExistingResourcesStack,
  'team-project': TeamProjectStack,
  'private-hub': PrivateHubStack,
  'hub-and-spoke': HubAndSpokeStack,
  'rag-hub': RagHubStack,
  // The environment templates: two departments x three stages (examples/environments.ts).
  ...Object.fromEntries(Object.keys(ENVIRONMENTS).map((name) => [name, EnvironmentStack])) as Record<string, typeof EnvironmentStack>,
} as const;

/** Adds every example stack to an app. */
export function addExampleStacks(app: App): void {
  for (const [name, Stack] of Object.entries(EXAMPLE_STACKS)) new Stack(app, name);
}
