import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layers of lib/, lowest first: a folder may import only from itself and the folders before
 * it. `core` holds the shared mechanisms; `workspace` mediates between hubs, projects and
 * connected services (the hub interface, who gets which role where), so that neither the hub nor
 * the project needs the other's internals. Type-only imports count too: a cycle of types is still
 * a cycle a reader has to untangle.
 */
const LAYERS = ['core', 'network', 'services', 'workspace', 'project', 'hub', 'platform', 'report'] as const;
const LIB = resolve(__dirname, '../../lib');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of every file below lib/, as [importing folder, imported folder, file]. */
function folderImports(): Array<[string, string, string]> {
  const edges: Array<[string, string, string]> = [];
  for (const file of sourceFiles(LIB)) {
    const from = relative(LIB, file).split('/')[0];
    for (const match of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)) {
      const to = relative(LIB, resolve(dirname(file), match[1])).split('/')[0];
      if (to !== from && !to.startsWith('..')) edges.push([from, to, relative(LIB, file)]);
    }
  }
  return edges;
}

describe('lib/ folder dependencies', () => {
  const edges = folderImports().filter(([from]) => from !== 'index.ts');

  test('every folder of lib/ has a place in the layers', () => {
    const folders = readdirSync(LIB).filter((entry) => statSync(join(LIB, entry)).isDirectory()).sort();
    expect(folders).toEqual([...LAYERS].sort());
  });

  test('folders import only from lower layers, so no import cycle exists between them', () => {
    const upward = edges.filter(([from, to]) => LAYERS.indexOf(to as typeof LAYERS[number]) > LAYERS.indexOf(from as typeof LAYERS[number]));
    expect(upward.map(([, to, file]) => `${file} imports ${to}/`)).toEqual([]);
  });

  test('the check sees imports between folders (it can fail)', () => {
    expect(edges.some(([from, to]) => from === 'hub' && to === 'project')).toBe(true);
  });
});
