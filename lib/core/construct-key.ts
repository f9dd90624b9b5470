import { IConstruct } from 'constructs';
import { TerraformStack } from './cdktf';

/**
 * A key of a construct for construct ids and generated names, taken from its path below its stack
 * (`Models` for `stack/Models`, `TeamA-Models` for `stack/TeamA/Models`), or below `ancestor` when
 * the construct is inside it. Two constructs with the same id under different parents get
 * different keys; a construct placed directly in its stack keeps its id as the key, which is what
 * the library's Terraform addresses have always used.
 */
export function constructKey(construct: IConstruct, ancestor?: IConstruct): string {
  const scopes = construct.node.scopes;
  const ancestorIndex = ancestor === undefined ? -1 : scopes.indexOf(ancestor);
  const start = ancestorIndex >= 0 ? ancestorIndex + 1 : TerraformStack.of(construct).node.scopes.length;
  return scopes.slice(start).map((scope) => scope.node.id).join('-');
}

/** {@link constructKey} in lowercase, with anything but letters, digits and hyphens made a hyphen: for Azure names. */
export function constructNameKey(construct: IConstruct): string {
  return constructKey(construct).toLowerCase().replace(/[^a-z0-9-]/g, '-');
}
