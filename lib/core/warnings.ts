import { IConstruct } from 'constructs';
import { addAspect } from './aspects';
import { Annotations, TerraformStack } from './cdktf';
import { ValidationError } from './validation';

/**
 * Every warning the library emits, by stable id, with a one-line summary (usable in README
 * tables). Ids never change meaning; a user acknowledges a warning by its id (see
 * {@link acknowledge}).
 */
export const WARNINGS = Object.freeze({
  'public-network-access': 'A construct accepts traffic from public networks.',
  'open-outbound': 'The managed network isolation mode is not AllowOnlyApprovedOutbound, so compute can reach unapproved destinations.',
  'low-business-impact': 'highBusinessImpact is false: the service collects more diagnostic data and does not encrypt local scratch disks.',
  'no-destroy-protection': 'preventDestroy is false: a plan may destroy the resources and their data.',
  'no-diagnostics': 'Diagnostics are disabled: there are no audit or activity logs to investigate with.',
  'public-dependency': "A private hub's dependency (storage account, key vault, container registry, ...) keeps public network access.",
  'local-authentication': 'A service allows local authentication with API keys, which bypass role assignments.',
  'api-key-connection': 'A connection authenticates with an API key instead of Entra ID.',
  'weak-content-filter': 'A content filter is weaker than the strict preset.',
  'broad-outbound-rule': 'An outbound rule allows a broad service tag or a shared data domain: a data exfiltration risk.',
  'shared-search': 'A search service connected to a hub serves several projects: the indexes of one are open to the others.',
  'unreachable-private-hub': 'A private hub has no private endpoint in its stack, so nobody can reach it unless endpoints are made elsewhere.',
  'container-management': 'Project principals hold Storage Blob Data Contributor, whose container create and delete no condition limits: any project can delete another project\'s containers.',
  'unused-acknowledgement': 'An acknowledgement matches no warning at or below its construct (a stale opt-out); it cannot itself be acknowledged.',
} as const);

/** The stable id of a warning the library emits (a key of {@link WARNINGS}). */
export type WarningId = keyof typeof WARNINGS;

/** The id of a warning that can be acknowledged: every warning except `unused-acknowledgement`. */
export type AcknowledgeableWarningId = Exclude<WarningId, 'unused-acknowledgement'>;

/** An acknowledgement: the id of a warning and why the opt-out is deliberate. */
export interface Acknowledgement {
  /** The id of the warning to acknowledge, e.g. `public-network-access`. */
  readonly id: AcknowledgeableWarningId;
  /** Why the opt-out is deliberate; mandatory, because it is what a reviewer reads. */
  readonly reason: string;
  /**
   * Only the warning about this one thing: an outbound rule, dependency, content filter or
   * connection by name (the warning's message names it). A second broad rule added later then
   * warns again instead of hiding behind the first one's acknowledgement.
   * @default every warning of `id` on the construct and below it
   */
  readonly appliesTo?: string;
}

/** A warning waiting for synth time, when every acknowledgement is known. */
interface PendingWarning {
  readonly scope: IConstruct;
  readonly kind: string;
  readonly id: WarningId;
  readonly message: string | (() => string);
  /** What the warning is about, for acknowledgements limited with `appliesTo`. */
  readonly subject?: string;
  /** Asked when the warning is resolved (the tree complete): false drops it. */
  readonly stillApplies?: () => boolean;
}

/** An acknowledgement as recorded on its construct. */
interface RecordedAcknowledgement {
  readonly scope: IConstruct;
  readonly kind: string;
  readonly id: AcknowledgeableWarningId;
  readonly reason: string;
  readonly appliesTo?: string;
  /** True once a warning at or below its construct was resolved (even if a nearer one won). */
  used: boolean;
  /** True once it was reported as unused (so that a second synth does not report it again). */
  reported: boolean;
}

const UNUSED: WarningId = 'unused-acknowledgement';
const ACKNOWLEDGEABLE = (Object.keys(WARNINGS) as WarningId[]).filter((id): id is AcknowledgeableWarningId => id !== UNUSED);

/** Acknowledgements by the construct `acknowledge` was called on. */
const ACKNOWLEDGEMENTS = new WeakMap<IConstruct, RecordedAcknowledgement[]>();

/**
 * The warnings and acknowledgements of one stack. It is also the stack's one aspect: when cdktf
 * visits the stack node (first, as aspects run top-down), it resolves the pending warnings.
 */
class StackWarnings {
  /** Warnings not resolved yet, in the order they were emitted. */
  public readonly pending: PendingWarning[] = [];
  /** Acknowledgements made in this stack, in the order they were made. */
  public readonly acknowledgements: RecordedAcknowledgement[] = [];

  constructor(private readonly stack: TerraformStack) {}

  /** Called by cdktf for every node below the stack; only the stack node does anything. */
  public visit(node: IConstruct): void {
    if (node === this.stack) this.resolve();
  }

  /**
   * Turns every pending warning into exactly one annotation, then reports acknowledgements that
   * matched nothing. Idempotent: resolved warnings leave the list, reported acknowledgements are
   * marked, so a second synth (JSON, then HCL) adds nothing.
   */
  private resolve(): void {
    for (const warning of this.pending.splice(0)) {
      if (warning.stillApplies !== undefined && !warning.stillApplies()) continue;
      const message = typeof warning.message === 'function' ? warning.message() : warning.message;
      const what = `${warning.kind} "${warning.scope.node.path}": ${message}`;
      const acknowledgement = nearestAcknowledgement(warning);
      if (acknowledgement === undefined) {
        Annotations.of(warning.scope).addWarning(`[${warning.id}] ${what}`);
      } else {
        Annotations.of(warning.scope).addInfo(`[${warning.id}] acknowledged: ${acknowledgement.reason} (${what})`);
      }
    }
    for (const acknowledgement of this.acknowledgements) {
      if (acknowledgement.used || acknowledgement.reported) continue;
      acknowledgement.reported = true;
      Annotations.of(acknowledgement.scope).addWarning(
        `[${UNUSED}] ${acknowledgement.kind} "${acknowledgement.scope.node.path}": the acknowledgement of "${acknowledgement.id}"${acknowledgement.appliesTo === undefined ? '' : ` for "${acknowledgement.appliesTo}"`} (${acknowledgement.reason}) ` +
          'matches no warning on this construct or below it; remove it, so that a warning it would hide later is not acknowledged unseen.',
      );
    }
  }
}

/** The warning state of each stack; its presence means the stack's aspect is registered. */
const STACKS = new WeakMap<TerraformStack, StackWarnings>();

/**
 * Emits warning `id` on `scope` with `message` (the message already says what and how to fix).
 *
 * The warning is resolved at synth time, so an acknowledgement made after this call still counts:
 * unacknowledged it becomes the warning annotation `[id] Kind "path": message`, acknowledged the
 * info annotation `[id] acknowledged: reason (Kind "path": message)`.
 *
 * Call it while the tree is built (in a constructor or a method the user calls), not from an
 * aspect or a validation: those run after the warnings are resolved.
 *
 * @param scope the construct the warning is about (it carries the annotation)
 * @param kind the construct's class name as the user wrote it, e.g. `AiHub`
 * @param id the warning's stable id
 * @param message what is insecure and how to fix it; a function is called at synth time, for a
 *   message that names things added later
 * @param subject what the warning is about when a construct can have several (a rule or filter name)
 * @param stillApplies for a warning that depends on the rest of the tree: asked at synth time, once
 *   the tree is complete; returning false drops the warning
 */
export function warn(scope: IConstruct, kind: string, id: WarningId, message: string | (() => string), subject?: string, stillApplies?: () => boolean): void {
  if (!Object.prototype.hasOwnProperty.call(WARNINGS, id)) {
    throw new ValidationError(kind, scope, [`warning id ${describe(id)} is not in WARNINGS (lib/core/warnings.ts); add it there with a summary.`]);
  }
  const stack = stackOf(scope);
  if (stack === undefined) {
    throw new ValidationError(kind, scope, [`is not inside a TerraformStack, so its warning "${id}" cannot be resolved; create it inside a stack.`]);
  }
  warningsOf(stack).pending.push({ scope, kind, id, message, subject, stillApplies });
}

/**
 * Acknowledges warnings on `scope` and everything below it: each acknowledged warning becomes an
 * info annotation that shows the reason instead of a warning. The acknowledgement nearest to the
 * warning's construct wins. An acknowledgement that matches no warning is itself reported at
 * synth time (as `unused-acknowledgement`), so stale opt-outs stay visible.
 *
 * Throws when an entry is not an object, names an unknown (or unacknowledgeable) id, has no
 * reason, or repeats an id already acknowledged on `scope`; nothing is recorded then.
 *
 * @example acknowledge(hub, { id: 'public-network-access', reason: 'Development hub without customer data.' })
 */
export function acknowledge(scope: IConstruct, ...acknowledgements: Acknowledgement[]): void {
  const kind = kindOf(scope);
  const existing = ACKNOWLEDGEMENTS.get(scope) ?? [];
  const keyOf = (id: unknown, appliesTo: unknown) => `${String(id)}\u0000${appliesTo === undefined ? '' : String(appliesTo)}`;
  const seen = new Set<string>(existing.map((a) => keyOf(a.id, a.appliesTo)));
  const accepted: Array<{ id: AcknowledgeableWarningId; reason: string; appliesTo?: string }> = [];
  const problems: string[] = [];
  const stack = stackOf(scope);
  if (stack === undefined) {
    problems.push('acknowledgements must be made on a stack or a construct inside one (an acknowledgement above the stacks could not be checked for use); acknowledge on each stack instead.');
  }
  acknowledgements.forEach((entry: unknown, index) => {
    const label = acknowledgements.length === 1 ? 'the acknowledgement' : `acknowledgement ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${label} is ${describe(entry)}, not an object; write { id: 'public-network-access', reason: 'why the opt-out is deliberate' }.`);
      return;
    }
    const { id, reason, appliesTo } = entry as { id?: unknown; reason?: unknown; appliesTo?: unknown };
    let valid = true;
    if (id === UNUSED) {
      problems.push(`${label} names "${UNUSED}", which cannot be acknowledged; remove the stale acknowledgement it reports instead.`);
      valid = false;
    } else if (typeof id !== 'string' || !(ACKNOWLEDGEABLE as string[]).includes(id)) {
      problems.push(`${label} names the unknown warning id ${describe(id)}; use one of ${ACKNOWLEDGEABLE.map((i) => `"${i}"`).join(', ')}.`);
      valid = false;
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      problems.push(`${label}${typeof id === 'string' ? ` of "${id}"` : ''} has the reason ${describe(reason)}; give a non-empty string saying why the opt-out is deliberate: it is what a reviewer reads.`);
      valid = false;
    }
    if (appliesTo !== undefined && (typeof appliesTo !== 'string' || appliesTo.trim() === '')) {
      problems.push(`${label} has appliesTo ${describe(appliesTo)}; give the name of the rule, dependency, filter or connection the warning names, or leave it out.`);
      valid = false;
    }
    if (valid && seen.has(keyOf(id, appliesTo))) {
      problems.push(`${label} acknowledges "${String(id)}"${appliesTo === undefined ? '' : ` for "${String(appliesTo)}"`} a second time on this construct; acknowledge each warning once per construct.`);
      valid = false;
    }
    if (valid) {
      seen.add(keyOf(id, appliesTo));
      accepted.push({ id: id as AcknowledgeableWarningId, reason: (reason as string).trim(), appliesTo: appliesTo as string | undefined });
    }
  });
  if (problems.length > 0) throw new ValidationError(kind, scope, problems);
  if (stack === undefined || accepted.length === 0) return;

  const state = warningsOf(stack);
  for (const { id, reason, appliesTo } of accepted) {
    const recorded: RecordedAcknowledgement = { scope, kind, id, reason, appliesTo, used: false, reported: false };
    existing.push(recorded);
    state.acknowledgements.push(recorded);
  }
  ACKNOWLEDGEMENTS.set(scope, existing);
}

/** The warning state of `stack`, registering its one aspect the first time. */
function warningsOf(stack: TerraformStack): StackWarnings {
  let state = STACKS.get(stack);
  if (state === undefined) {
    state = new StackWarnings(stack);
    STACKS.set(stack, state);
    addAspect(stack, state);
  }
  return state;
}

/**
 * The acknowledgement matching `warning` nearest to its construct (on it, or on the closest
 * ancestor): same id, and the same subject when the acknowledgement is limited with `appliesTo`
 * (a limited one wins over an unlimited one on the same construct). Marks every matching
 * acknowledgement on the way up as used: one shadowed by a nearer one still matches the warning,
 * so it is not stale.
 */
function nearestAcknowledgement(warning: PendingWarning): RecordedAcknowledgement | undefined {
  let nearest: RecordedAcknowledgement | undefined;
  for (let current: IConstruct | undefined = warning.scope; current !== undefined; current = current.node.scope) {
    const matching = (ACKNOWLEDGEMENTS.get(current) ?? []).filter((a) => a.id === warning.id && (a.appliesTo === undefined || a.appliesTo === warning.subject));
    const found = matching.find((a) => a.appliesTo !== undefined) ?? matching[0];
    for (const a of matching) a.used = true;
    if (found !== undefined) nearest ??= found;
  }
  return nearest;
}

/** The nearest stack at or above `scope`, or undefined when there is none (e.g. the app). */
function stackOf(scope: IConstruct): TerraformStack | undefined {
  for (let current: IConstruct | undefined = scope; current !== undefined; current = current.node.scope) {
    if (TerraformStack.isStack(current)) return current;
  }
  return undefined;
}

/** The class name of a construct, for messages (`AiHub`, `TerraformStack`, `Construct`). */
function kindOf(scope: IConstruct): string {
  const name = (scope as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'Construct';
}

/** A value as a message shows it: strings quoted, objects by shape, the rest as written. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}
