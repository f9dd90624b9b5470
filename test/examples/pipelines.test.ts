import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_STACKS } from '../../examples/app';
import { ENVIRONMENTS } from '../../examples/environments';

// The pipeline templates of examples/pipelines parse, and name only stacks and npm scripts that
// exist: a renamed stack or script fails here, not in a team's first pipeline run.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };

const PIPELINES = join(__dirname, '../../examples/pipelines');
const packageScripts = Object.keys((JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const templates = ['github-actions.yml', 'azure-pipelines.yml'].map((file) => ({ file, text: readFileSync(join(PIPELINES, file), 'utf8') }));

/** Every string in a parsed YAML document. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/** The stacks a command line names after `cdktf diff` or `cdktf deploy` (matrix variables resolved separately). */
function stacksOf(command: string): string[] {
  return [...command.matchAll(/cdktf (?:diff|deploy)((?: [a-z0-9][a-z0-9-]*)+)/g)].flatMap((m) => m[1].trim().split(' '));
}

describe.each(templates)('$file', ({ file, text }) => {
  const parsed = yaml.load(text);
  const all = strings(parsed);

  test('parses as YAML', () => {
    expect(typeof parsed).toBe('object');
  });

  test('every npm script it runs exists in package.json', () => {
    const scripts = all.flatMap((s) => [...s.matchAll(/npm (?:run )?([a-z:-]+)/g)].map((m) => m[1])).filter((s) => !['ci', 'test'].includes(s));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(packageScripts).toContain(script);
    expect(all.some((s) => /(^|\s)npm test(\s|$)/.test(s))).toBe(true);
  });

  test('every stack it diffs or deploys exists, and each environment stack is deployed exactly once, dev before test before prod', () => {
    const named = [...all.flatMap(stacksOf), ...all.filter((s) => /^env-[a-z]+-[a-z]+$/.test(s))];
    for (const stack of named) expect(Object.keys(EXAMPLE_STACKS)).toContain(stack);
    const deployed = all.flatMap((s) => [...s.matchAll(/cdktf deploy((?: [a-z0-9][a-z0-9-]*)+)/g)].map((m) => m[1].trim().split(' ')));
    expect(deployed.flat().sort()).toEqual(Object.keys(ENVIRONMENTS).sort());
    expect(deployed.map((stacks) => [...new Set(stacks.map((stack) => ENVIRONMENTS[stack].stage))])).toEqual([['dev'], ['test'], ['prod']]);
  });

  test('every environment stack is diffed on pull requests', () => {
    const diffed = new Set(all.filter((s) => /^env-[a-z]+-[a-z]+$/.test(s)));
    expect([...diffed].sort()).toEqual(Object.keys(ENVIRONMENTS).sort());
  });

  test('signs in with OIDC, without secrets', () => {
    expect(text).not.toMatch(/\$\{\{\s*secrets\.|ARM_CLIENT_SECRET|client-secret|clientSecret/);
    expect(text).toContain('ARM_USE_OIDC: "true"');
    if (file === 'github-actions.yml') expect((parsed as { permissions: Record<string, string> }).permissions['id-token']).toBe('write');
    else expect(text).toContain('SYSTEM_OIDCREQUESTURI: $(System.OidcRequestUri)');
  });
});
