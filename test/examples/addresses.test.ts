import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Testing, TerraformStack } from 'cdktf';
import { addExampleStacks, EXAMPLE_STACKS } from '../../examples/app';

/**
 * The Terraform address of every resource and data source of every example stack, one per line
 * (`<stack> <type>.<name>`), sorted. This file is the compatibility contract: a changed address
 * makes Terraform destroy the live resource and create a new one. A deliberate change edits the
 * file in the same commit and ships a `moved` block or a migration note in CHANGELOG.md.
 */
const ADDRESS_LIST = join(__dirname, 'addresses.txt');

function currentAddresses(): string[] {
  const app = Testing.app();
  addExampleStacks(app);
  const lines: string[] = [];
  for (const name of Object.keys(EXAMPLE_STACKS)) {
    const json = JSON.parse(Testing.synth(app.node.findChild(name) as TerraformStack)) as Record<string, Record<string, Record<string, unknown>> | undefined>;
    for (const block of ['resource', 'data'] as const) {
      for (const [type, byName] of Object.entries(json[block] ?? {})) {
        for (const address of Object.keys(byName)) lines.push(`${name} ${block === 'data' ? 'data.' : ''}${type}.${address}`);
      }
    }
  }
  return lines.sort();
}

describe('Terraform addresses of the example stacks', () => {
  test('equal the committed list (a changed address replaces a live resource)', () => {
    const current = currentAddresses();
    // Regenerate deliberately with UPDATE_ADDRESSES=1, never to make this test pass.
    if (process.env.UPDATE_ADDRESSES === '1') writeFileSync(ADDRESS_LIST, `${current.join('\n')}\n`);
    const committed = readFileSync(ADDRESS_LIST, 'utf8').split('\n').filter((line) => line !== '');
    const removed = committed.filter((a) => !current.includes(a));
    const added = current.filter((a) => !committed.includes(a));
    expect({ removed, added }).toEqual({ removed: [], added: [] });
  });
});
