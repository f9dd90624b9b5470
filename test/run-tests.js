#!/usr/bin/env node
/**
 * `npm test`: the type check (`tsc --noEmit`) and Jest, run at the same time; fails if either
 * fails. Arguments go to Jest (`npm test -- -u test/hub`).
 *
 * Jest only transpiles (ts-jest with isolatedModules), so the type check is a separate tsc run of
 * about 4 s. Run before Jest (`tsc --noEmit && jest`, as it was) all of it is on the critical path;
 * run beside Jest it only competes with Jest's workers for the cores, which on a 2-core machine
 * took 1 to 1.5 s off a clean-checkout `npm test`. tsc is incremental, with its build info in
 * node_modules/.cache (ignored, and gone after `npm ci`), so a re-run re-checks only what changed
 * (about 2 s instead of 4); a clean checkout pays the full check, as before.
 *
 * Jest and its workers get a larger V8 young generation (--max-semi-space-size=32, MB): cdktf
 * allocates many short-lived objects while synthesizing, and fewer scavenges save about 4% of
 * Jest's time for about 40 MB more per process.
 *
 * Jest's output streams as usual; tsc's is held back and printed after Jest's, so the two never
 * interleave.
 */
const { spawn } = require('child_process');
const path = require('path');

const jestArgs = process.argv.slice(2);
const tscArgs = [
  '--noEmit', '--incremental', '--tsBuildInfoFile', path.join(__dirname, '..', 'node_modules', '.cache', 'tsc', 'tsconfig.tsbuildinfo'),
  ...(process.stdout.isTTY ? ['--pretty'] : []),
];

const jestEnv = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=32`.trim() };

const children = [];

/** Runs a package's Node.js CLI; resolves to its exit code (1 if it could not run or was killed) and, if piped, its output. */
function run(bin, args, stdio, env = process.env) {
  const child = spawn(process.execPath, [require.resolve(bin), ...args], { stdio, env });
  children.push(child);
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('error', (err) => { output.push(Buffer.from(`${bin}: ${err.message}\n`)); resolve({ code: 1, output }); });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(1);
  });
}

(async () => {
  const [tsc, jest] = await Promise.all([
    run('typescript/bin/tsc', tscArgs, ['ignore', 'pipe', 'pipe']),
    run('jest/bin/jest', jestArgs, 'inherit', jestEnv),
  ]);
  if (tsc.code !== 0) {
    process.stdout.write(Buffer.concat(tsc.output));
    process.stdout.write(`\ntsc --noEmit failed (exit ${tsc.code}): see the errors above\n`);
  }
  process.exitCode = tsc.code !== 0 ? tsc.code : jest.code;
})();
