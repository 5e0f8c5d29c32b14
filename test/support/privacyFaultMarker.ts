/** Text that makes rules fail when test/support/privacyFault.js is preloaded (privacy tests). */
export const FAULT_MARKER = 'PRIVACY-FAULT-MARKER';
