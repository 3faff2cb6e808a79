// tests/isolation-race-unpinned: tests/isolation-race's two applications
// (app.json names them: ../isolation-race/main.ts and racer.ts) in a
// kernel built without its handle pins (kernel/config.ts HANDLE_PINS 0).
// Its calls must land on the victim's objects here: that shows
// tests/isolation-race can still catch a kernel without the pins (when a
// give and a send with room became one locked step, it could not, and
// nothing noticed). This file is only the folder's entry for the tools:
// the image runs the applications app.json names.

export function main(): i32 {
  return 0;
}
