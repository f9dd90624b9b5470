/** Where a resource the hub creates goes, and how it is named and tagged. */
export interface Placement {
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  readonly tags?: Record<string, string>;
}
