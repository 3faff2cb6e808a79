// The kernel's version, printed in the boot banner. tests/tools checks it
// against package.json so the two cannot drift.
export const KERNEL_VERSION = "0.1.0";
