// The texts the kernel prints, kept out of module memory (docs/build.md,
// "Texts in flash"): the constants the transform that moves them
// (tools/ivt/text8-transform.js), the build (textTableC) and the tools
// share, in a file of their own so that the tools need not load the
// compiler.

/** A text reference is TEXT_TAG | its id (kernel/format.ts TEXT_TAG):
 *  above every module memory (the largest is 64 KiB), so no string is
 *  ever mistaken for one. */
export const TEXT_TAG = 0xf0000000;

/** The most texts an image's sources may hold (the boards' table keeps
 *  16-bit ids). */
export const MAX_TEXTS = 0xffff;

/** The custom section with the image's texts: JSON {"<id>": "<text>"} of
 *  the ids the compiled code names (tools/ivt/build.js textTableC,
 *  arch/sim/host.js imageTexts). */
export const TEXT_SECTION = "ivt.texts";
