#!/usr/bin/env node
/**
 * `cdktf-azure-ai-hub-access-report` (`npm run access-report -- <files>`): reads synthesized stacks
 * (`cdktf.out/stacks/<name>/cdk.tf.json`) and prints, for every principal they grant roles to,
 * what it can reach; Markdown by default, JSON with `--json`.
 *
 * Exit codes: 0 report printed; 1 `--fail-on-cross-project` and a project principal reaches
 * another project's data (the findings also go to stderr); 2 usage or input error (unknown
 * option, unreadable or unparsable file), with a one-line message on stderr.
 */
import { readFileSync } from 'node:fs';
import { renderJson } from './json-output';
import { renderMarkdown } from './markdown';
import { buildStackReport, StackReport } from './reach';
import { readStackModel } from './stack-model';

/** Where the command reads and writes; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8 text; throws (as `fs.readFileSync` does) if it cannot. */
  readFile(path: string): string;
}

/** The usage line. */
export const USAGE = 'Usage: access-report <cdk.tf.json>... [--json] [--fail-on-cross-project]';

const PROCESS_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
};

/** Parsed command-line arguments. */
interface Options {
  readonly files: string[];
  readonly json: boolean;
  readonly failOnCrossProject: boolean;
  readonly help: boolean;
}

/** An error to report in one line, with exit code 2. */
class InputError extends Error {}

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], io: CliIo = PROCESS_IO): number {
  try {
    const options = parseArguments(argv);
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const reports = options.files.map((file) => reportOn(file, io));
    io.stdout(options.json ? renderJson(reports) : renderMarkdown(reports));
    const findings = reports.flatMap((report) => report.findings.map((finding) => ({ stack: report.model.name, ...finding })));
    if (options.failOnCrossProject && findings.length > 0) {
      for (const { stack, principal, reach, reached } of findings) {
        io.stderr(`access-report: cross-project access in ${stack}: ${principal.label} (${principal.description}) reaches ${reached}: `
          + `${reach.access}, on ${reach.resource}, through ${reach.role} at ${reach.scope}\n`);
      }
      return 1;
    }
    return 0;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr(`access-report: ${message}\n`);
    return 2;
  }
}

function parseArguments(argv: readonly string[]): Options {
  const files: string[] = [];
  let json = false;
  let failOnCrossProject = false;
  let help = false;
  let optionsEnded = false;
  for (const argument of argv) {
    if (optionsEnded || !argument.startsWith('-') || argument === '-') files.push(argument);
    else if (argument === '--') optionsEnded = true;
    else if (argument === '--json') json = true;
    else if (argument === '--fail-on-cross-project') failOnCrossProject = true;
    else if (argument === '--help' || argument === '-h') help = true;
    else throw new InputError(`unknown option ${argument}. ${USAGE}`);
  }
  if (files.length === 0 && !help) throw new InputError(`no stack file given. ${USAGE}`);
  return { files, json, failOnCrossProject, help };
}

/** Reads, parses and reports on one file; input problems become one-line errors. */
function reportOn(file: string, io: CliIo): StackReport {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${readErrorText(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  let model;
  try {
    model = readStackModel(json, file);
  } catch (error) {
    throw new InputError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return buildStackReport(model);
}

function readErrorText(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'it is a directory';
    case 'EACCES': return 'permission denied';
    default: return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
