// The garbage collector's hooks of the kernel's AssemblyScript runtime
// (kernel/runtime.ts) and an application module's (user/runtime.ts): they
// do nothing, as there is no collector. It imports nothing: an application
// module compiles it too. (The heap's layout is kernel/heap-layout.ts.)

// @ts-ignore: decorator
@unsafe @global
function __link(parentPtr: usize, childPtr: usize, expectMultiple: bool): void {}

// @ts-ignore: decorator
@unsafe @global
function __pin(ptr: usize): usize {
  return ptr;
}

// @ts-ignore: decorator
@unsafe @global
function __unpin(ptr: usize): void {}

// @ts-ignore: decorator
@unsafe @global
function __visit(ptr: usize, cookie: u32): void {}

// @ts-ignore: decorator
@unsafe @global
function __collect(): void {}
