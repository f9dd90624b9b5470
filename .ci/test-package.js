#!/usr/bin/env node
// The consumer test (`npm run test:package`): packs the library as npm would publish it, installs the
// tarball into a separate cdktf app in a temporary folder, type-checks the app against the packed
// `.d.ts`, and synthesizes it. The app pins another patch version of the azurerm bindings than this
// repository (14.23.0, not 14.23.1), so the library runs on the app's copy of cdktf and the bindings
// (peer dependencies), and the app checks that the stack-wide checks still fire:
//   - a stack whose azurerm provider lacks `storageUseAzuread` fails with the library's message;
//   - a hub with a lock gets its lock ordered after the hub's other resources (an aspect);
//   - Testing.synth of the app runs the library's aspects (warnings, lock ordering) too;
//   - a second copy of cdktf loaded by the library alone (a linked checkout) changes none of this.
// Needs the npm registry (or npm's cache) for the app's dependencies.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// npm.cmd needs a shell on Windows (Node 20.12+ refuses to spawn .cmd files without one).
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', shell: process.platform === 'win32' });

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-azure-ai-hub-consumer-'));
try {
  // 1. Pack (npm runs `prepare`, which builds dist/).
  const packed = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], repo));
  const tarball = path.join(work, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);
  for (const needed of ['dist/index.js', 'dist/index.d.ts', 'LICENSE', 'README.md', 'package.json']) {
    if (!files.includes(needed)) throw new Error(`the package lacks ${needed}`);
  }
  if (files.some((f) => f.startsWith('lib/') || f.startsWith('test/'))) throw new Error('the package ships sources or tests');

  // 2. A separate app that depends on the tarball and pins its own cdktf, constructs and bindings.
  const app = path.join(work, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({
    name: 'consumer-app', private: true, version: '0.0.0',
    dependencies: {
      'cdktf-azure-ai-hub': `file:${tarball}`,
      cdktf: '0.21.0',
      constructs: '10.4.5',
      '@cdktf/provider-azurerm': '14.23.0',
    },
    devDependencies: { typescript: '5.9.3', '@types/node': '20.19.43' },
  }, null, 2));
  run(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  const bindings = JSON.parse(fs.readFileSync(path.join(app, 'node_modules/@cdktf/provider-azurerm/package.json'), 'utf8')).version;
  if (bindings !== '14.23.0') throw new Error(`the app resolved @cdktf/provider-azurerm ${bindings}, not 14.23.0`);
  if (fs.existsSync(path.join(app, 'node_modules/cdktf-azure-ai-hub/node_modules/cdktf'))) throw new Error('the library brought its own cdktf (it must be a peer dependency)');

  // 3. The app's code: written as a user would, against the package's public entry point only.
  fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, esModuleInterop: true, skipLibCheck: false, outDir: 'out', types: ['node'] },
    include: ['main.ts'],
  }, null, 2));
  fs.writeFileSync(path.join(app, 'main.ts'), `
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { AnnotationMetadataEntryType, App, TerraformStack, Testing } from 'cdktf';
import { AiHub, AZURERM_PROVIDER_DEFAULTS, Principal, ValidationError } from 'cdktf-azure-ai-hub';

const outdir = process.argv[2];

// A stack as the README shows it: a locked hub with a project and a developer group.
const good = new App({ outdir });
const stack = new TerraformStack(good, 'team-ai');
new AzurermProvider(stack, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS });
const hub = new AiHub(stack, 'Hub', { baseName: 'team-dev', location: 'swedencentral', lock: { level: 'CanNotDelete' } });
hub.addProject('Chat', {}).grantDeveloper(Principal.group('11111111-2222-3333-4444-555555555555', 'chat-devs'));
good.synth();

// A stack whose provider lacks storageUseAzuread: the library's stack-wide check must fail it.
const bad = new App({ outdir: outdir + '-bad' });
const badStack = new TerraformStack(bad, 'no-entra-storage');
new AzurermProvider(badStack, 'azurerm', { features: [{}] });
new AiHub(badStack, 'Hub', { baseName: 'team-dev', location: 'swedencentral' });
let message = '';
try {
  bad.synth();
} catch (error) {
  message = error instanceof Error ? error.message : String(error);
}
if (!message.includes('storageUseAzuread: true')) throw new Error('the storage provider check did not fire: ' + (message || 'no error'));

// Bad input from plain JavaScript gets the library's error.
try {
  new AiHub(new TerraformStack(new App({ outdir: outdir + '-js' }), 'js'), 'Hub', { baseName: 'x', location: 'westeuorpe' } as never);
  throw new Error('a region with a typo was accepted');
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
}
// Testing.synth of the app's cdktf runs the library's aspects too: a private hub without endpoints warns.
const testing = new TerraformStack(Testing.app(), 'testing');
new AzurermProvider(testing, 'azurerm', { ...AZURERM_PROVIDER_DEFAULTS });
new AiHub(testing, 'Hub', { baseName: 'team-test', location: 'swedencentral', lock: { level: 'CanNotDelete' } });
const synthesized = JSON.parse(Testing.synth(testing));
const warnings = testing.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
if (!warnings.some((w) => w.startsWith('[unreachable-private-hub]'))) throw new Error('Testing.synth: the warnings aspect did not run');
const hubLock = Object.values(synthesized.resource.azurerm_management_lock as Record<string, { scope: string; depends_on?: string[] }>).find((l) => l.scope.includes('azurerm_ai_foundry.'));
if (!hubLock?.depends_on?.some((d) => d.startsWith('azurerm_role_assignment.'))) throw new Error('Testing.synth: the lock aspect did not run');
console.log('consumer app: synthesized; the provider check, the input check, and the warnings and lock aspects under Testing.synth all fired');
`);
  run(path.join(app, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app);

  const synthAndCheck = (label) => {
    const outdir = path.join(work, `out-${label}`);
    process.stdout.write(run(process.execPath, ['out/main.js', outdir], app));
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks/team-ai/cdk.tf.json'), 'utf8'));
    const locks = Object.values(json.resource.azurerm_management_lock ?? {});
    const hubLock = locks.find((l) => String(l.scope).includes('azurerm_ai_foundry.'));
    if (hubLock === undefined || !(hubLock.depends_on ?? []).some((d) => d.startsWith('azurerm_role_assignment.'))) {
      throw new Error(`${label}: the hub lock is not ordered after the hub's role assignments (the lock aspect did not run)`);
    }
    const projects = Object.keys(json.resource.azurerm_ai_foundry_project ?? {});
    if (projects.length !== 1) throw new Error(`${label}: expected one project, found ${projects.length}`);
  };
  synthAndCheck('one-copy');

  // 4. A linked checkout: the library resolves a cdktf of its own, the app another.
  const own = path.join(app, 'node_modules/cdktf-azure-ai-hub/node_modules');
  fs.mkdirSync(own, { recursive: true });
  fs.cpSync(path.join(app, 'node_modules/cdktf'), path.join(own, 'cdktf'), { recursive: true });
  synthAndCheck('two-copies');

  console.log(`test:package: ${packed[0].filename} (${packed[0].files.length} files) installed into a separate app with @cdktf/provider-azurerm ${bindings}; type-checked, synthesized, checks fired with one and with two copies of cdktf`);
} finally {
  if (!process.env.KEEP_CONSUMER_APP) fs.rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
