/**
 * One scenario in one process (started by ./bench.ts, compiled to JavaScript first):
 *
 *   node --expose-gc worker.js <scenario> <warm reps> <with floor: 0|1>
 *
 * Reports events as lines `BENCH {json}` on stdout, as they happen, so that the runner keeps what
 * was measured when it stops a scenario that runs too long.
 */
import { execSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as Cdktf from 'cdktf';
import type * as Floor from './floor';
import type * as Scenarios from './scenarios';

/** One build + synth: construct time, `app.synth()` time, and the JSON cdktf wrote. */
export interface RunTimes {
  constructMs: number;
  synthMs: number;
  jsonBytes: number;
}

function emit(event: string, data: object): void {
  process.stdout.write(`BENCH ${JSON.stringify({ event, ...data })}\n`);
}

/** Fast scenarios repeat until the library's warm runs took this long in all. */
const MIN_WARM_MS = 3000;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const peakRssBytes = () => process.resourceUsage().maxRSS * 1024;

function main(): void {
  const [scenario, repsArg, floorArg] = process.argv.slice(2);
  const reps = Number(repsArg ?? 3);
  const withFloor = floorArg === '1';

  // Module load: the library (index), the azurerm bindings it deep-imports, cdktf, constructs.
  const loadStart = performance.now(); // also node's start-up time, until here
  const scenarios = require('./scenarios') as typeof Scenarios;
  const cdktf = require('cdktf') as typeof Cdktf;
  const loadMs = performance.now() - loadStart;
  const floor = require('./floor') as typeof Floor; // not part of the load time: the bench's own code
  emit('load', { bootMs: loadStart, loadMs, rssAfterLoadBytes: peakRssBytes() });

  const build = scenarios.SCENARIOS[scenario];
  if (!build) throw new Error(`unknown scenario "${scenario}"; known: ${Object.keys(scenarios.SCENARIOS).join(', ')}`);

  /** Builds a fresh app with `addStack`, then `app.synth()` into a temp dir; returns the times and the JSON text. */
  function run(kind: 'library' | 'floor' | 'floor-refs', addStack: (app: Cdktf.App) => void): RunTimes & { json: string } {
    // Inside the runner's temp dir, which it removes, also after stopping this process.
    const outdir = fs.mkdtempSync(path.join(process.env.BENCH_TMPDIR ?? os.tmpdir(), `bench-${kind}-`));
    try {
      gc();
      const start = performance.now();
      const app = new cdktf.App({ outdir });
      addStack(app);
      const constructed = performance.now();
      emit('constructed', { kind, constructMs: constructed - start });
      app.synth();
      const synthMs = performance.now() - constructed;
      const stacks = fs.readdirSync(path.join(outdir, 'stacks'));
      if (stacks.length !== 1) throw new Error(`expected one stack, found ${stacks.join(', ')}`);
      const json = fs.readFileSync(path.join(outdir, 'stacks', stacks[0], 'cdk.tf.json'), 'utf8');
      return { constructMs: constructed - start, synthMs, jsonBytes: Buffer.byteLength(json), json };
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }
  const times = ({ constructMs, synthMs, jsonBytes }: RunTimes): RunTimes => ({ constructMs, synthMs, jsonBytes });

  // Cold: the first build in the process, what one `cdktf synth` does. Peak RSS is read right
  // after it (module load + one build + synth); later runs do not count.
  const cold = run('library', build);
  emit('cold', { ...times(cold), peakRssBytes: peakRssBytes() });

  // The floor's first run (its warm-up) also checks that it writes the same JSON.
  const libraryJson = cold.json;
  const parsed = JSON.parse(libraryJson) as { '//': { metadata: { stackName: string } }; moved?: unknown[] };
  const stackName = parsed['//'].metadata.stackName;

  // A stack with a moved block makes cdktf run `terraform version` on every synth: time it alone.
  if (parsed.moved) {
    const command = `${process.env.TERRAFORM_BINARY_NAME || 'terraform'} version`;
    const samples = [0, 1, 2].map(() => {
      const start = performance.now();
      try {
        execSync(command, { stdio: 'pipe' });
      } catch {
        // cdktf fails the synth then; the runs above would have failed already
      }
      return performance.now() - start;
    });
    emit('terraform-version', { command, ms: samples.sort((a, b) => a - b)[1] });
  }

  /** A floor run; the JSON is parsed before the clock starts. */
  const runFloor = (kind: 'floor' | 'floor-refs') => {
    const json = JSON.parse(libraryJson) as Floor.TerraformJson;
    return run(kind, (app) => floor.buildFloorStack(new cdktf.TerraformStack(app, stackName), json, { withReferences: kind === 'floor-refs' }));
  };
  if (withFloor) {
    for (const kind of ['floor', 'floor-refs'] as const) {
      const first = runFloor(kind);
      const identical = first.json === libraryJson;
      const differences = identical ? [] : floor.jsonDifferences(JSON.parse(libraryJson), JSON.parse(first.json) as Floor.TerraformJson);
      emit('floor-check', { kind, identical, differences, ...times(first) });
    }
  }

  // Warm repetitions, library and floor interleaved so that drift hits both alike. Fast scenarios
  // get more (until the library has run MIN_WARM_MS in all, at most 5x reps) to even out noise.
  let warmMs = 0;
  for (let i = 0; i < reps || (warmMs < MIN_WARM_MS && i < 5 * reps); i++) {
    const lib = run('library', build);
    warmMs += lib.constructMs + lib.synthMs;
    emit('rep', { kind: 'library', ...times(lib), sameJson: lib.json === libraryJson });
    if (withFloor) {
      emit('rep', { kind: 'floor', ...times(runFloor('floor')) });
      emit('rep', { kind: 'floor-refs', ...times(runFloor('floor-refs')) });
    }
  }
  emit('done', { peakRssAllRunsBytes: peakRssBytes() });
}

try {
  main();
} catch (error) {
  const e = error as Error;
  emit('error', { message: `${e.name}: ${e.message}`.slice(0, 2000) });
  process.exitCode = 1;
}
