import { IConstruct } from 'constructs';
import { TerraformStack } from './cdktf';

/**
 * Names that must be unique in a stack (role assignments, workspace names, output prefixes): the
 * first claim of a key in a stack wins, and a later claim learns what the first claimed it for.
 */
export class StackClaims<T> {
  private readonly stacks = new WeakMap<TerraformStack, Map<string, T>>();

  /** Claims `key` in the stack of `scope` for `value`; returns the earlier claim's value, if any (which stays). */
  public claim(scope: IConstruct, key: string, value: T): T | undefined {
    const stack = TerraformStack.of(scope);
    let claimed = this.stacks.get(stack);
    if (claimed === undefined) {
      claimed = new Map();
      this.stacks.set(stack, claimed);
    }
    const earlier = claimed.get(key);
    if (earlier === undefined) claimed.set(key, value);
    return earlier;
  }
}
