/**
 * The one place where the library imports `cdktf` itself.
 *
 * Upstream cdktf is deprecated (final release 0.21.0). Funnelling every use through this module
 * keeps a later move to the community fork a one-file change. Importing it also turns off cdktf's
 * per-token stack traces (see token-traces.ts) and drops undefined attributes before cdktf resolves
 * them (see lean-synthesis.ts).
 */
import './lean-synthesis';
import './token-traces';

export {
  Annotations,
  Aspects,
  DefaultTokenResolver,
  dependable,
  Fn,
  Lazy,
  StringConcat,
  TerraformDataSource,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  Token,
  Tokenization,
} from 'cdktf';
export type { IAspect, IResolvable, IResolveContext, ITerraformDependable } from 'cdktf';
