import { IConstruct } from 'constructs';
import { Token } from './cdktf';

/**
 * Collects every problem found in one construct's input and throws them together, so that a user
 * fixes all of them in one pass instead of one per synth.
 *
 * Each message should say which value broke which rule and how to fix it; the collector prefixes
 * the construct kind and path, e.g. `AiHub "platform/dev/hub": ...`.
 */
export class ValidationProblems {
  private readonly problems: string[] = [];

  /**
   * @param construct the construct whose input is checked (its path goes into the message)
   * @param kind the construct's class name as the user wrote it, e.g. `AiHub`
   */
  constructor(
    private readonly construct: IConstruct,
    private readonly kind: string,
  ) {}

  /** Records a problem. */
  public add(problem: string): void {
    this.problems.push(problem);
  }

  /** Records `problem` when `condition` is true. */
  public addIf(condition: boolean, problem: string): void {
    if (condition) this.add(problem);
  }

  /** Records a batch of problems (the output of a checker such as `checkName`). */
  public addAll(problems: readonly string[]): void {
    for (const problem of problems) this.add(problem);
  }

  /** True when nothing has been recorded. */
  public get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  /** Formats the collected problems as one message (empty string when there are none). */
  public format(): string {
    return formatProblems(this.kind, this.construct, this.problems);
  }

  /** Throws one error listing every recorded problem; does nothing when there are none. */
  public throwIfAny(): void {
    if (!this.isEmpty) throw new ValidationError(this.kind, this.construct, this.problems);
  }
}

/**
 * The error every input check of the library throws: the construct's kind and path, and every
 * problem found, each naming the value, the rule broken and the fix. Tests and tools can tell it
 * from other errors by class or by `name`.
 */
export class ValidationError extends Error {
  /** The construct path the problems belong to, e.g. `platform/Hub/Project`. */
  public readonly constructPath: string;
  /** The problems, one sentence each. */
  public readonly problems: readonly string[];

  /**
   * @param kind the construct's class name, e.g. `AiHub`
   * @param construct the construct (undefined when it could not be created, see `path`)
   * @param path the path to name instead, for a construct that could not be created
   */
  constructor(kind: string, construct: IConstruct | undefined, problems: readonly string[], path?: string) {
    const constructPath = path ?? construct?.node.path ?? '';
    super(formatProblemsAt(kind, constructPath, problems));
    this.name = 'ValidationError';
    this.constructPath = constructPath;
    this.problems = [...problems];
  }
}

/** Formats problems of one construct in the library's error shape. */
export function formatProblems(kind: string, construct: IConstruct, problems: readonly string[]): string {
  return formatProblemsAt(kind, construct.node.path, problems);
}

/** Formats problems of the construct at `path` in the library's error shape. */
function formatProblemsAt(kind: string, path: string, problems: readonly string[]): string {
  if (problems.length === 0) return '';
  const where = `${kind} "${path}"`;
  if (problems.length === 1) return `${where}: ${problems[0]}`;
  return `${where}: ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
}

/** True when `value` is a plain string known at synth time (not a Terraform token). */
export function isLiteral(value: string | undefined): value is string {
  return value !== undefined && !Token.isUnresolved(value);
}

/** Checks a whole number against a closed range; skips tokens. Returns problems. */
export function checkIntegerRange(label: string, value: number | undefined, min: number, max: number, fix: string): string[] {
  if (value === undefined || Token.isUnresolved(value)) return [];
  if (!Number.isInteger(value) || value < min || value > max) {
    return [`${label} ${value} must be a whole number from ${min} to ${max}; ${fix}.`];
  }
  return [];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks that a literal value is a GUID (object ids, tenant ids); skips tokens. Returns problems. */
export function checkGuid(label: string, value: string): string[] {
  if (!isLiteral(value) || GUID.test(value)) return [];
  return [`${label} "${value}" must be a GUID such as 00000000-0000-0000-0000-000000000000 (the Entra object id, not a name or an email address).`];
}
