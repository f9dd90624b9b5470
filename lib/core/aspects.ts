import { IConstruct } from 'constructs';
import { Aspects, IAspect, TerraformStack } from './cdktf';

/**
 * Adds an aspect that runs whichever copy of cdktf the app synthesizes with.
 *
 * cdktf keeps a construct's aspects under a module-private symbol, so aspects added through one
 * copy of cdktf are invisible to another: with a linked checkout of this library (its own
 * `node_modules/cdktf`), the app's synthesizer would skip the lock ordering, the exact HCL and
 * the warnings. When the stack comes from another copy, the library wraps that stack's
 * synthesizer once to run its own aspects first, the way cdktf's `invokeAspects` does (each
 * aspect visits the construct it was added to and everything below, once per construct).
 */
export function addAspect(scope: IConstruct, aspect: IAspect): void {
  Aspects.of(scope).add(aspect);
  // The static check finds a stack of any copy; instanceof then tells whether it is another copy's.
  const stack = scope.node.scopes.slice().reverse().find((s) => TerraformStack.isStack(s)) as TerraformStack | undefined;
  if (stack !== undefined && !(stack instanceof TerraformStack)) runOwnAspectsBeforeSynth(stack);
}

const WRAPPED = new WeakSet<object>();

/**
 * Wraps a foreign stack so that the library's aspects run before it is written: in its
 * synthesizer (`app.synth()`, `cdktf synth`), where they run before the validations as cdktf's own
 * do, and in `toTerraform` / `toHclTerraform`, which `Testing.synth` and `Testing.synthHcl` call
 * directly. Inside a synthesizer run they are not run a second time.
 */
function runOwnAspectsBeforeSynth(stack: TerraformStack): void {
  if (WRAPPED.has(stack)) return;
  WRAPPED.add(stack);
  let synthesizing = false;
  const target = stack as unknown as Record<string, unknown> & { synthesizer?: Record<string, unknown> };
  const wrap = (owner: Record<string, unknown> | undefined, method: string, before: () => void, after = () => undefined as void) => {
    const original = owner?.[method];
    if (owner === undefined || typeof original !== 'function') return;
    owner[method] = (...args: unknown[]) => {
      before();
      try {
        return (original as (...a: unknown[]) => unknown).apply(owner, args);
      } finally {
        after();
      }
    };
  };
  wrap(target.synthesizer, 'synthesize', () => { invokeOwnAspects(stack); synthesizing = true; }, () => { synthesizing = false; });
  for (const method of ['toTerraform', 'toHclTerraform']) wrap(target, method, () => { if (!synthesizing) invokeOwnAspects(stack); });
}

/** Runs the aspects added through this copy of cdktf on the tree below `root`. */
export function invokeOwnAspects(root: IConstruct): void {
  const invoked = new Map<IConstruct, Set<IAspect>>();
  const visit = (construct: IConstruct, inherited: readonly IAspect[]) => {
    const here = [...inherited, ...Aspects.of(construct).all];
    const done = invoked.get(construct) ?? new Set<IAspect>();
    invoked.set(construct, done);
    for (const aspect of here) {
      if (done.has(aspect)) continue;
      aspect.visit(construct);
      done.add(aspect);
    }
    for (const child of construct.node.children) visit(child, here);
  };
  visit(root, []);
}
