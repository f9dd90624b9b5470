/**
 * The start of the description of every role assignment that gives hub-wide access (an
 * `AiEnvironment` group's access to the data of every project of its hub). The access report
 * reads it: such an assignment's reach into its own hub's projects is granted on purpose.
 */
export const HUB_WIDE_ACCESS_DESCRIPTION = 'AI hub-wide access:';
