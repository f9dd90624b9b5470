/**
 * # Synth benchmark (`npm run bench`)
 *
 * How long, and how much memory, synthesizing a stack built with the library takes, and how that
 * compares with the least cdktf itself needs to write the same Terraform JSON ("the floor").
 *
 *     npm run bench                               # every scenario
 *     npm run bench -- 1000-projects rag-hub      # some scenarios
 *     npm run bench -- --reps 5 --timeout 120     # more warm repetitions, longer limit
 *
 * ## Scenarios (test/bench/scenarios.ts, the only file that uses the library's API)
 *
 * - `rag-hub`: the example stack `RagHubStack` alone in an app.
 * - `1000-projects`: one private hub (AiNetwork, PrivateDnsZones, AiHub with private endpoints)
 *   with 1000 projects, each with two data containers and a developer group.
 * - `1000-projects-locked`: the same with a `CanNotDelete` lock on the hub and every project.
 * - `50-hubs`: one network and one PrivateDnsZones shared by 50 private hubs of 2 projects each.
 *
 * ## How it measures
 *
 * The library, the scenarios and the worker are first compiled to JavaScript in a temp dir (tsc
 * without type checking; not timed, and type checks stay with `npm test`), so that no TypeScript
 * compiler runs inside the measured processes. Each scenario then runs in a process of its own
 * (`node --expose-gc worker.js`), so that peak RSS is per scenario:
 *
 * - load: `require` of the scenarios module, i.e. the library index, the azurerm bindings it
 *   deep-imports, cdktf and constructs (node's own start-up excluded). With `cdktf synth` and
 *   cdktf.json's `ts-node --transpile-only` a user also pays the transpilation, which is not here.
 * - construct: `new App({ outdir: <temp dir> })` and the scenario building its stack.
 * - synth: `app.synth()`, as `cdktf synth` calls it: aspects, validations, the resolve passes and
 *   writing cdk.tf.json (json-stable-stringify) to the temp dir.
 * - cold: the first construct + synth in the process, which is what one `cdktf synth` does.
 *   total = load + cold construct + cold synth.
 * - peak RSS: `process.resourceUsage().maxRSS` right after the cold run (load + one build); the
 *   runs after it do not count.
 * - JSON: size of the cdk.tf.json cdktf wrote, in MB of 10^6 bytes.
 * - warm: median construct + synth of the repetitions after the cold run (the cold run is their
 *   warm-up; `gc()` before each run, not timed): `--reps` of them (default 3), more for a fast
 *   scenario (until 3 s of warm runs, at most 5x `--reps`); the table shows how many.
 * - floor (rag-hub and 1000-projects): in the same process, the library's JSON re-created in a
 *   fresh App with bare cdktf elements, one TerraformResource / TerraformDataSource per block with
 *   its body as-is, the same providers, backend and other blocks (test/bench/floor.ts), timed
 *   like the library (one warm-up, then repetitions interleaved with the library's). Its JSON
 *   must be byte-identical to the library's (column "same JSON"); ratio = library warm median /
 *   floor warm median, both construct + synth. A moved block into a resource is made with cdktf's
 *   `moveFromId` on the floor too, because cdktf then runs `terraform version` (a shell + the
 *   binary, tens of ms) in every synth of the stack; the bench times that command alone and
 *   prints it. Without a `terraform` binary on PATH such a stack does not synthesize at all.
 * - floor with references: the floor again, with a cdktf reference token (`ref(...)`) wherever
 *   the JSON has an attribute that is exactly one reference (`${type.name.attr}`), as any
 *   construct passing `resource.id` makes them. Same JSON; its time over the plain floor is what
 *   cdktf's own references cost. Informational: the issue's target is against the plain floor.
 *
 * A scenario still running after `--timeout` seconds (default 60) is stopped; what it reported
 * until then is kept (e.g. its construct time), and its peak RSS is read from /proc before it is
 * stopped. The machine is noisy (2 cores): compare medians, and rerun before trusting a 10% change.
 *
 * ## Output
 *
 * A table per scenario, one for the floor, the targets of the issue marked PASS or FAIL, and one
 * line `BENCH_RESULT {...}` with every figure, for machines. A missed target does not fail the
 * run: the exit code is 0 unless the bench itself could not run (compilation failed).
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const SCENARIO_NAMES = ['rag-hub', '1000-projects', '1000-projects-locked', '50-hubs'];
const WITH_FLOOR = new Set(['rag-hub', '1000-projects']);

/** The targets of the issue. */
const TARGETS = { maxFloorRatio: 1.2, maxLockedJsonMB: 15, maxLockedSlowdown: 1.5 };

interface Options {
  reps: number;
  timeoutSeconds: number;
  scenarios: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { reps: 3, timeoutSeconds: 60, scenarios: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--reps') options.reps = Number(argv[++i]);
    else if (arg === '--timeout') options.timeoutSeconds = Number(argv[++i]);
    else if (SCENARIO_NAMES.includes(arg)) options.scenarios.push(arg);
    else throw new Error(`unknown argument "${arg}"; use --reps N, --timeout SECONDS and scenario names (${SCENARIO_NAMES.join(', ')})`);
  }
  if (!(options.reps >= 0) || !(options.timeoutSeconds > 0)) throw new Error('--reps must be >= 0 and --timeout > 0');
  if (options.scenarios.length === 0) options.scenarios = SCENARIO_NAMES;
  return options;
}

/** Compiles the worker, the scenarios and what they import (lib, examples) to `outDir`, without type checking. */
function compile(outDir: string): number {
  const start = performance.now();
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [
    tsc, '--noCheck', '--target', 'ES2022', '--module', 'commonjs', '--moduleResolution', 'node', '--esModuleInterop',
    '--skipLibCheck', '--isolatedModules', '--types', 'node', '--rootDir', ROOT, '--outDir', outDir,
    path.join(ROOT, 'test/bench/worker.ts'), path.join(ROOT, 'test/bench/scenarios.ts'), path.join(ROOT, 'test/bench/floor.ts'),
  ], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0 || !fs.existsSync(path.join(outDir, 'test/bench/worker.js'))) {
    throw new Error(`compiling the bench failed:\n${result.stdout}${result.stderr}`);
  }
  // The compiled files resolve packages from the project's node_modules.
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  return performance.now() - start;
}

interface Times { constructMs: number; synthMs: number; jsonBytes: number }
interface BenchEvent extends Partial<Times> {
  event: string;
  kind?: 'library' | 'floor' | 'floor-refs';
  bootMs?: number;
  loadMs?: number;
  peakRssBytes?: number;
  identical?: boolean;
  differences?: string[];
  sameJson?: boolean;
  message?: string;
  command?: string;
  ms?: number;
}

/** A floor's figures, and the library's warm median divided by the floor's. */
interface FloorResult { identical?: boolean; differences?: string[]; n: number; constructMs?: number; synthMs?: number; totalMs?: number; ratio?: number }

interface ScenarioResult {
  name: string;
  status: 'ok' | 'timeout' | 'error' | 'crashed';
  detail?: string;
  wallSeconds: number;
  loadMs?: number;
  bootMs?: number;
  /** Construct time of the cold run, also when its synth did not finish. */
  coldConstructMs?: number;
  cold?: Times;
  totalMs?: number;
  peakRssMB?: number;
  jsonMB?: number;
  warm: { n: number; constructMs?: number; synthMs?: number; totalMs?: number; sameJson: boolean };
  floor?: FloorResult;
  /** The floor with cdktf reference tokens where the JSON has whole-string references (informational). */
  floorWithReferences?: FloorResult;
  /** What cdktf's `terraform version` check costs once, when the stack has a moved block. */
  terraformVersionCheck?: { command: string; ms: number };
}

const median = (xs: number[]): number | undefined => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const MB = (bytes: number) => bytes / 1e6;

/** Peak RSS of a running process (Linux), for a scenario stopped before it reported its own. */
function peakRssOfProcess(child: ChildProcess): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

function runScenario(outDir: string, name: string, options: Options): Promise<ScenarioResult> {
  const started = performance.now();
  const events: BenchEvent[] = [];
  let stderr = '';
  let peakFromProc: number | undefined;
  let timedOut = false;
  const child = spawn(process.execPath, ['--expose-gc', path.join(outDir, 'test/bench/worker.js'), name, String(options.reps), WITH_FLOOR.has(name) ? '1' : '0'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BENCH_TMPDIR: outDir },
  });
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('BENCH ')) events.push(JSON.parse(line.slice('BENCH '.length)) as BenchEvent);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-4000); });
  const timer = setTimeout(() => {
    timedOut = true;
    peakFromProc = peakRssOfProcess(child);
    child.kill('SIGKILL');
  }, options.timeoutSeconds * 1000);
  const progress = setInterval(() => process.stderr.write('.'), 5000);
  process.stderr.write(`  ${name} `);

  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearInterval(progress);
      const wallSeconds = (performance.now() - started) / 1000;
      process.stderr.write(` ${wallSeconds.toFixed(1)} s\n`);
      const of = (event: string) => events.filter((e) => e.event === event);
      const load = of('load')[0];
      const cold = of('cold')[0];
      const error = of('error')[0];
      const libraryReps = of('rep').filter((e) => e.kind === 'library') as Array<BenchEvent & Times>;
      const sum = (t: Times) => t.constructMs + t.synthMs;

      const result: ScenarioResult = {
        name,
        status: timedOut ? 'timeout' : error ? 'error' : code === 0 ? 'ok' : 'crashed',
        wallSeconds,
        loadMs: load?.loadMs,
        bootMs: load?.bootMs,
        coldConstructMs: of('constructed')[0]?.constructMs,
        warm: {
          n: libraryReps.length,
          constructMs: median(libraryReps.map((r) => r.constructMs)),
          synthMs: median(libraryReps.map((r) => r.synthMs)),
          totalMs: median(libraryReps.map(sum)),
          sameJson: libraryReps.every((r) => r.sameJson),
        },
      };
      if (timedOut) result.detail = `stopped after ${options.timeoutSeconds} s (--timeout)`;
      else if (error) result.detail = error.message;
      else if (code !== 0) result.detail = `exit ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
      if (cold) {
        result.cold = { constructMs: cold.constructMs!, synthMs: cold.synthMs!, jsonBytes: cold.jsonBytes! };
        result.totalMs = (load?.loadMs ?? 0) + sum(result.cold);
        result.jsonMB = MB(cold.jsonBytes!);
        result.peakRssMB = MB(cold.peakRssBytes!);
      } else if (peakFromProc !== undefined) {
        result.peakRssMB = MB(peakFromProc);
      }
      const check = of('terraform-version')[0];
      if (check) result.terraformVersionCheck = { command: check.command!, ms: check.ms! };
      const floorOf = (kind: 'floor' | 'floor-refs'): FloorResult => {
        const reps = of('rep').filter((e) => e.kind === kind) as Array<BenchEvent & Times>;
        const check = of('floor-check').find((e) => e.kind === kind);
        const floorMedian = median(reps.map(sum));
        return {
          identical: check?.identical,
          differences: check?.differences,
          n: reps.length,
          constructMs: median(reps.map((r) => r.constructMs)),
          synthMs: median(reps.map((r) => r.synthMs)),
          totalMs: floorMedian,
          ratio: floorMedian && result.warm.totalMs ? result.warm.totalMs / floorMedian : undefined,
        };
      };
      if (WITH_FLOOR.has(name)) {
        result.floor = floorOf('floor');
        result.floorWithReferences = floorOf('floor-refs');
      }
      resolve(result);
    });
  });
}

// ---- report ----------------------------------------------------------------------------------

const fmt = (value: number | undefined, digits = 0) => (value === undefined ? '-' : value.toFixed(digits));
const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');

function report(results: ScenarioResult[], options: Options, compileMs: number, wallSeconds: number, otherCores: number | undefined): void {
  const out: string[] = [];
  out.push('');
  out.push(`Synth benchmark: node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}, cdktf ${cdktfVersion()}`);
  if (otherCores !== undefined) {
    const busy = otherCores > 0.25;
    out.push(`other processes used ${otherCores.toFixed(2)} of the ${os.cpus().length} cores on average during the run${busy ? ': THEY COMPETED WITH THE BENCH, figures are inflated and noisy; rerun on a quiet machine' : ' (quiet enough)'}`);
  }
  out.push(`cold = first construct + synth in a fresh process (as one \`cdktf synth\`); warm = median of the runs after it (n, at least ${options.reps}); ms unless noted`);
  out.push('');
  const w1 = [22, 10, 7, 10, 8, 8, 17, 9, 8];
  out.push(row(['scenario', 'status', 'load', 'construct', 'synth', 'total', 'warm c+s median', 'peak RSS', 'JSON'], w1));
  out.push(row(['', '', '', '(cold)', '(cold)', '', '(n, same JSON)', 'MB', 'MB'], w1));
  for (const r of results) {
    const construct = r.cold?.constructMs ?? r.coldConstructMs;
    out.push(row([
      r.name, r.status, fmt(r.loadMs), fmt(construct), r.cold ? fmt(r.cold.synthMs) : r.coldConstructMs !== undefined ? 'unfinished' : '-', fmt(r.totalMs),
      r.warm.n > 0 ? `${fmt(r.warm.totalMs)} (${r.warm.n}, ${r.warm.sameJson ? 'yes' : 'NO'})` : '-',
      fmt(r.peakRssMB, 0), fmt(r.jsonMB, 2),
    ], w1));
  }
  const notes = results.filter((r) => r.detail);
  for (const r of notes) out.push(`  ${r.name}: ${r.status}: ${r.detail}`);
  for (const r of results.filter((x) => x.warm.n > 0)) {
    out.push(`  ${r.name}: warm median construct ${fmt(r.warm.constructMs)} + synth ${fmt(r.warm.synthMs)} ms; node start-up before load ${fmt(r.bootMs)} ms`);
  }

  const floors = results.filter((r) => r.floor);
  if (floors.length > 0) {
    out.push('');
    out.push('Floor: the same JSON from bare TerraformResource/TerraformDataSource elements (test/bench/floor.ts), same process');
    const w2 = [22, 10, 20, 26, 26, 8];
    out.push(row(['scenario', 'same JSON', 'library c+s median', 'library construct+synth', 'floor construct+synth', 'ratio'], w2));
    for (const r of floors) {
      const f = r.floor!;
      out.push(row([
        r.name, f.identical === undefined ? '-' : f.identical ? 'yes' : 'NO', `${fmt(r.warm.totalMs)} (${r.warm.n})`,
        `${fmt(r.warm.constructMs)} + ${fmt(r.warm.synthMs)}`, `${fmt(f.constructMs)} + ${fmt(f.synthMs)} = ${fmt(f.totalMs)} (${f.n})`, fmt(f.ratio, 2),
      ], w2));
      for (const d of f.differences ?? []) out.push(`  ${r.name}: floor differs: ${d}`);
    }
    out.push('');
    out.push('The floor again, with cdktf reference tokens where the JSON has a whole-string reference (`${type.name.attr}`), as');
    out.push('any construct that passes `resource.id` makes them: what cdktf\'s own references cost (informational, no target)');
    out.push(row(['scenario', 'same JSON', 'floor', 'floor with references', 'references cost', 'library / it'], w2));
    for (const r of floors.filter((x) => x.floorWithReferences)) {
      const f = r.floor!;
      const g = r.floorWithReferences!;
      out.push(row([
        r.name, g.identical === undefined ? '-' : g.identical ? 'yes' : 'NO', fmt(f.totalMs),
        `${fmt(g.constructMs)} + ${fmt(g.synthMs)} = ${fmt(g.totalMs)} (${g.n})`,
        f.totalMs && g.totalMs ? `${fmt(g.totalMs / f.totalMs, 2)}x the floor` : '-', fmt(g.ratio, 2),
      ], w2));
      for (const d of g.differences ?? []) out.push(`  ${r.name}: floor with references differs: ${d}`);
    }
    for (const r of results.filter((x) => x.terraformVersionCheck)) {
      const c = r.terraformVersionCheck!;
      out.push(`  ${r.name} has a moved block: cdktf runs \`${c.command}\` in every synth of it (${fmt(c.ms)} ms alone here), the floor too (moveFromId)`);
    }
  }

  out.push('');
  out.push('Targets (from the issue):');
  const targets = evaluateTargets(results);
  for (const t of targets) out.push(`  [${t.pass === undefined ? 'n/a ' : t.pass ? 'PASS' : 'FAIL'}] ${t.name}: ${t.detail}`);
  out.push('');
  out.push(`compile ${(compileMs / 1000).toFixed(1)} s (not measured), whole run ${wallSeconds.toFixed(0)} s`);
  out.push(`BENCH_RESULT ${JSON.stringify({ node: process.version, cpus: os.cpus().length, otherCores, reps: options.reps, timeoutSeconds: options.timeoutSeconds, results, targets })}`);
  console.log(out.join('\n'));
}

interface TargetResult { name: string; pass?: boolean; detail: string }

function evaluateTargets(results: ScenarioResult[]): TargetResult[] {
  const by = (name: string) => results.find((r) => r.name === name);
  const targets: TargetResult[] = [];
  for (const name of ['rag-hub', '1000-projects']) {
    const r = by(name);
    const target = `${name}: library / floor <= ${TARGETS.maxFloorRatio}`;
    if (!r) continue;
    const f = r.floor;
    if (f?.ratio === undefined) targets.push({ name: target, pass: false, detail: `no ratio (${r.status}${r.detail ? `: ${r.detail}` : ''})` });
    else targets.push({ name: target, pass: f.ratio <= TARGETS.maxFloorRatio && f.identical === true, detail: `${f.ratio.toFixed(2)} (${fmt(r.warm.totalMs)} / ${fmt(f.totalMs)} ms${f.identical ? '' : ', floor JSON differs: not comparable'})` });
  }
  const locked = by('1000-projects-locked');
  if (locked) {
    targets.push({
      name: `1000-projects-locked: JSON < ${TARGETS.maxLockedJsonMB} MB`,
      pass: locked.jsonMB !== undefined && locked.jsonMB < TARGETS.maxLockedJsonMB,
      detail: locked.jsonMB !== undefined ? `${locked.jsonMB.toFixed(2)} MB` : `no JSON (${locked.status}${locked.detail ? `: ${locked.detail}` : ''})`,
    });
    const unlocked = by('1000-projects');
    const name = `1000-projects-locked: time < ${TARGETS.maxLockedSlowdown}x 1000-projects`;
    // The same statistic on both sides: warm medians when both have them, else cold runs.
    const warm = locked.warm.totalMs !== undefined && unlocked?.warm.totalMs !== undefined;
    const lockedMs = warm ? locked.warm.totalMs : locked.cold ? locked.cold.constructMs + locked.cold.synthMs : undefined;
    const unlockedMs = warm ? unlocked!.warm.totalMs : unlocked?.cold ? unlocked.cold.constructMs + unlocked.cold.synthMs : undefined;
    if (!unlocked) targets.push({ name, detail: 'run 1000-projects too to compare' });
    else if (lockedMs === undefined || unlockedMs === undefined) {
      targets.push({ name, pass: false, detail: `no time (${locked.status}${locked.detail ? `: ${locked.detail}` : ''}; its cold construct alone took ${fmt(locked.coldConstructMs)} ms vs ${fmt(unlocked.cold?.constructMs)} ms unlocked)` });
    } else {
      const slowdown = lockedMs / unlockedMs;
      targets.push({ name, pass: slowdown < TARGETS.maxLockedSlowdown, detail: `${slowdown.toFixed(2)}x (${fmt(lockedMs)} / ${fmt(unlockedMs)} ms construct + synth, ${warm ? 'warm medians' : 'cold runs'})` });
    }
  }
  return targets;
}

/**
 * CPU seconds used so far by the whole machine and by this process with its (finished) children,
 * from /proc (Linux; undefined elsewhere): their difference over the run is what other processes
 * took from the bench.
 */
function cpuSeconds(): { machine: number; own: number } | undefined {
  try {
    const HZ = 100; // USER_HZ
    const [user, nice, system, , , irq, softirq, steal] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number); // fields[0] is field 3, "state"
    const [utime, stime, cutime, cstime] = fields.slice(11, 15);
    return { machine: (user + nice + system + irq + softirq + (steal || 0)) / HZ, own: (utime + stime + cutime + cstime) / HZ };
  } catch {
    return undefined;
  }
}

function cdktfVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(require.resolve('cdktf/package.json', { paths: [ROOT] }), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-bench-'));
  try {
    process.stderr.write(`compiling to ${outDir} ...\n`);
    const compileMs = compile(outDir);
    process.stderr.write(`running ${options.scenarios.join(', ')} (${options.reps} warm reps, timeout ${options.timeoutSeconds} s each)\n`);
    const results: ScenarioResult[] = [];
    const cpuBefore = cpuSeconds();
    const runStarted = performance.now();
    for (const name of options.scenarios) results.push(await runScenario(outDir, name, options));
    const cpuAfter = cpuSeconds();
    const runSeconds = (performance.now() - runStarted) / 1000;
    const otherCores = cpuBefore && cpuAfter
      ? Math.max(0, (cpuAfter.machine - cpuBefore.machine) - (cpuAfter.own - cpuBefore.own)) / runSeconds
      : undefined;
    report(results, options, compileMs, (performance.now() - started) / 1000, otherCores);
  } finally {
    const link = path.join(outDir, 'node_modules');
    if (fs.existsSync(link) && fs.lstatSync(link).isSymbolicLink()) fs.unlinkSync(link); // never follow it
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
