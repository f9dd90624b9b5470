import { IConstruct } from 'constructs';
import { IResolvable, IResolveContext, Token, Tokenization } from './cdktf';

/**
 * A token that resolves its expression once per resolution context and reuses the result.
 *
 * cdktf resolves a token again at every place it occurs, twice per synth (the preparing pass and
 * the final one). For a Terraform function call that costs a full walk of its arguments each time;
 * the role definition id of every grant carries one (`element(split("/", <scope>), 2)`), thousands
 * in a stack with many projects. The result depends only on the stack resolving it (a reference
 * from another stack becomes a remote-state lookup), the pass, and the brace and escape flags of
 * the enclosing expression, so it is cached under exactly those. The first resolution in each
 * context still runs in full, so cross-stack references are registered as before.
 */
class MemoizedResolvable implements IResolvable {
  public readonly creationStack: string[] = [];
  private readonly resultsByScope = new WeakMap<IConstruct, Map<number, unknown>>();

  constructor(private readonly inner: IResolvable) {}

  public resolve(context: IResolveContext): unknown {
    let results = this.resultsByScope.get(context.scope);
    if (results === undefined) {
      results = new Map();
      this.resultsByScope.set(context.scope, results);
    }
    // A number, not a joined string: this runs at every occurrence of the token.
    const key = (context.preparing ? 1 : 0) + (context.suppressBraces ? 2 : 0) + (context.ignoreEscapes ? 4 : 0) + (context.warnEscapes ? 8 : 0);
    if (context.iteratorContext !== undefined) return context.resolve(this.inner); // inside an iterator: not cached
    if (!results.has(key)) results.set(key, context.resolve(this.inner));
    return results.get(key);
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/** `expression` (a string token such as `Fn.element(...)`) as a token that resolves once per context. */
export function memoizedString(expression: string): string {
  const [inner, ...more] = Tokenization.reverse(expression);
  if (inner === undefined || more.length > 0) throw new Error(`memoizedString: expected exactly one token, got "${expression}"`);
  return Token.asString(new MemoizedResolvable(inner));
}
