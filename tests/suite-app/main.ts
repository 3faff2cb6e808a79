// The on-target suite's groups that need nothing but what an application
// in its own module has, run as one (docs/isolation.md): the harness and
// the arithmetic group import the API as the package "ivt", which is the
// application library (user/ivt.ts) here. On a board the arithmetic then
// runs in the application's translated module, against its own memory's
// bounds checks and the run-time helpers linked for it.

import { finish } from "../target/harness";
import { arithTests } from "../target/arith";

export function main(): i32 {
  arithTests();
  return finish();
}
