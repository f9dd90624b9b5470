import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPORT = resolve(__dirname, '../../lib/report');

describe('lib/report dependencies', () => {
  test('imports only Node.js built-ins and its own modules: no cdktf, no azurerm bindings, it reads plain JSON', () => {
    const imports = readdirSync(REPORT).filter((file) => file.endsWith('.ts')).sort().flatMap((file) =>
      [...readFileSync(join(REPORT, file), 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((match) => `${file}: ${match[1]}`));
    expect(imports.length).toBeGreaterThan(10);
    // The one exception: the hub-wide access mark, a constant the constructs write and the report reads.
    expect(imports.filter((line) => !/: (?:node:[a-z_/]+|\.\/[a-z-]+|\.\.\/core\/hub-wide-access-mark)$/.test(line))).toEqual([]);
  });
});
