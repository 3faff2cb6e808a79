// Generation from board data: what board.ts and the C port are given.
import { test } from "node:test";
import assert from "node:assert/strict";
import { boardForApp, loadBoard } from "../../tools/ivt/boards.js";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../tools/ivt/paths.js";
import { appEntry, appSuitePartAsc, boardAscFlags, boardH, configTs, entryTs, imageAscFlags, linkLd, suiteGroups, suiteImages } from "../../tools/ivt/gen.js";
import { isolatedApps } from "../../tools/ivt/isolated.js";

test("config.ts carries every device's base and IRQ as u32 constants", () => {
  const ts = configTs(loadBoard("mps2-an385"));
  assert.match(ts, /export const BOARD = "mps2-an385";/);
  assert.match(ts, /export const UART0_BASE: u32 = 0x40004000;/);
  assert.match(ts, /export const UART0_IRQ: u32 = 0;/);
  assert.match(ts, /export const CLOCK_HZ: u32 = 25000000;/);
  assert.match(ts, /export const IRQ_SPARE_FIRST: u32 = 24;/);
});

test("config.ts carries the kernel heap size only when the board sets one", () => {
  assert.match(configTs(loadBoard("lm3s6965evb")), /export const KERNEL_KERNEL_HEAP_BYTES: u32 = 1024;/);
  assert.doesNotMatch(configTs(loadBoard("mps2-an385")), /KERNEL_HEAP_BYTES/);
});

test("board.h lists the MMIO windows from the devices", () => {
  const h = boardH(loadBoard("mps2-an385"));
  assert.match(h, /#define IVT_MMIO_WINDOWS \{ .*\{0x40004000u, 0x1000u\}/);
  // The interrupt controller's window first: every interrupt touches it.
  assert.match(h, /#define IVT_MMIO_WINDOWS \{ \{0xE000E000u, 0x1000u\}/);
  assert.match(h, /#define IVT_MODULE_MEMORY_BYTES 61440u/);
  assert.match(h, /#define IVT_CYCLES_COUNTS_DOWN 1/);
});

test("the linker script takes the board's memory map", () => {
  const ld = linkLd(loadBoard("mps2-an385"));
  assert.match(ld, /FLASH \(rx\)\s+: ORIGIN = 0x0, LENGTH = 0x400000/);
  assert.match(ld, /RAM\s+\(rwx\) : ORIGIN = 0x20000000, LENGTH = 0x400000/);
  assert.doesNotMatch(ld, /@[A-Z_]+@/);
});

test("the entry module joins kernel exports, board init and the app", () => {
  const ts = entryTs(loadBoard("sim"), "demo");
  assert.match(ts, /export \{ ivtboot, ivtbyteorder, ivthandleinterrupt, ivtswitch, ivtthreadentry, ivttrap \}/);
  assert.match(ts, /boards\/sim\/board/);
  assert.match(ts, /apps\/demo\/main/);
  assert.match(ts, /bootConfigure\(boardInit, main\);/);
});

test("the suite's groups are read from tests/target/main.ts, in its order", () => {
  const groups = suiteGroups();
  assert.deepEqual(groups.map((g) => g.name).slice(0, 2), ["boot", "irq"]);
  const threads = groups.find((g) => g.name === "threads");
  assert.equal(threads.fn, "threadTests");
  assert.equal(threads.file, "tests/target/threads.ts");
});

/** mps2-an385 without its own suite layout ("suite_images"), as a base. */
const plainBoard = () => ({ ...loadBoard("mps2-an385"), suite_images: undefined });

test("a board that splits the suite runs one image per group; others one image", () => {
  const b = plainBoard();
  assert.deepEqual(suiteImages(b, "tests"), ["tests"]);
  const split = { ...b, suite_split: "group" };
  assert.deepEqual(suiteImages(split, "tests"), suiteGroups().map((g) => `tests-${g.name}`));
  assert.deepEqual(suiteImages(split, "demo"), ["demo"]);
});

test("a board that splits the suite by test runs one image per test, each asking for its test", () => {
  // A board that keeps the check descriptions: the transform then only cuts the suite.
  const b = { ...plainBoard(), suite_split: "test", suite_short_checks: false };
  const images = suiteImages(b, "tests");
  const total = suiteGroups().reduce((n, g) => n + g.tests, 0);
  assert.equal(images.length, total);
  assert.ok(total > suiteGroups().length, "the groups have several tests each");
  const threads = suiteGroups().find((g) => g.name === "threads");
  assert.ok(images.includes(`tests-threads-${threads.tests}`));
  const flags = imageAscFlags(b, "tests-threads-2").join(" ");
  assert.match(flags, new RegExp(`--use SUITE_FIRST=2 --use SUITE_LAST=2 --use SUITE_TESTS=${threads.tests} --transform`));
  assert.deepEqual(imageAscFlags(b, "demo"), []);
  assert.deepEqual(imageAscFlags(b, "tests-threads"), []);
});

test("kernel settings become asc constants and board.h defines", () => {
  const plain = { ...loadBoard("mps2-an385"), suite_short_checks: false, kernel: undefined, asc: undefined };
  const b = { ...plain, kernel: { MAX_THREADS: 12, MAX_THREADS_comment: "why" }, asc: ["--memoryBase", "16"] };
  assert.deepEqual(boardAscFlags(b), ["--use", "BOARD_MAX_THREADS=12", "--use", "BOARD_MODULE_MEMORY=61440", "--memoryBase", "16"]);
  assert.match(boardH(b), /#define IVT_KERNEL_MAX_THREADS 12u/);
  assert.match(configTs(b), /export const KERNEL_MAX_THREADS: u32 = 12;/);
  // The module memory always: the runtime's allocator ends there (kernel/bump.ts).
  assert.deepEqual(boardAscFlags(plain), ["--use", "BOARD_MODULE_MEMORY=61440"]);
});

test("a core that faults on unaligned words (ARMv6-M) gets IVT_STRICT_ALIGNMENT, the others do not", () => {
  const strict = ["--use", "IVT_STRICT_ALIGNMENT=1"];
  const has = (flags) => flags.some((f, i) => f === strict[0] && flags[i + 1] === strict[1]);
  assert.ok(has(boardAscFlags(loadBoard("microbit"))), "micro:bit (Cortex-M0)");
  assert.ok(has(boardAscFlags({ ...loadBoard("mps2-an385"), cpu: "cortex-m0plus" })), "a Cortex-M0+ board");
  for (const name of ["mps2-an385", "mps2-an386", "lm3s6965evb", "netduino2", "mcf5208evb", "sim"]) {
    assert.ok(!has(boardAscFlags(loadBoard(name))), name);
  }
});

test("suite_parts cuts a group into runs of consecutive tests that cover it once", () => {
  const sync = suiteGroups().find((g) => g.name === "sync");
  const b = { ...plainBoard(), suite_split: "group", suite_parts: { sync: 3 } };
  // tests-sync-irq is a group of its own.
  const images = suiteImages(b, "tests").filter((i) => /^tests-sync(?:-\d+){0,2}$/.test(i));
  assert.equal(images.length, 3);
  const ranges = images.map((i) => /^tests-sync-(\d+)(?:-(\d+))?$/.exec(i)).map((m) => [Number(m[1]), Number(m[2] || m[1])]);
  assert.equal(ranges[0][0], 1);
  assert.equal(ranges.at(-1)[1], sync.tests);
  ranges.slice(1).forEach(([first], i) => assert.equal(first, ranges[i][1] + 1, "consecutive"));
  const sizes = ranges.map(([a, z]) => z - a + 1);
  assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, "near equal");
  const [a, z] = ranges[1];
  assert.match(imageAscFlags(b, images[1]).join(" "), new RegExp(`--use SUITE_FIRST=${a} --use SUITE_LAST=${z} --use SUITE_TESTS=${sync.tests}`));
  // As many parts as tests: one image per test.
  const perTest = suiteImages({ ...b, suite_parts: { sync: sync.tests } }, "tests").filter((i) => /^tests-sync(?:-\d+){0,2}$/.test(i));
  assert.deepEqual(perTest, Array.from({ length: sync.tests }, (_, i) => `tests-sync-${i + 1}`));
});

test("suite_parts naming no group, or more parts than tests, is refused", () => {
  const b = { ...plainBoard(), suite_split: "group" };
  assert.throws(() => suiteImages({ ...b, suite_parts: { nosuch: 2 } }, "tests"), /suite_parts names nosuch, which is no group/);
  assert.throws(() => suiteImages({ ...b, suite_parts: { sync: 999 } }, "tests"), /suite_parts\.sync must be a whole number of images from 1 to/);
  assert.throws(() => suiteImages({ ...b, suite_parts: { sync: 0 } }, "tests"), /suite_parts\.sync must be/);
});

test("suite_images runs the whole suite as n images of consecutive groups, each group once", () => {
  const groups = suiteGroups();
  const images = suiteImages({ ...plainBoard(), suite_images: 3 }, "tests");
  assert.equal(images.length, 3);
  const ranges = images.map((i) => /^suite-(\d+)-(\d+)$/.exec(i)).map((m) => [Number(m[1]), Number(m[2])]);
  assert.equal(ranges[0][0], 1);
  assert.equal(ranges.at(-1)[1], groups.length);
  ranges.slice(1).forEach(([first], i) => assert.equal(first, ranges[i][1] + 1, "consecutive"));
  // The entry calls exactly its groups' functions, in the suite's order.
  const b = { ...plainBoard(), suite_images: 3 };
  const entry = fs.readFileSync(path.join(ROOT, appEntry(images[1], b)), "utf8");
  const calls = [...entry.matchAll(/^ {2}(\w+)\(\);$/gm)].map((m) => m[1]);
  assert.deepEqual(calls, groups.slice(ranges[1][0] - 1, ranges[1][1]).map((g) => g.fn));
  assert.throws(() => suiteImages({ ...plainBoard(), suite_images: groups.length + 1 }, "tests"), /more images than the suite has groups/);
  assert.throws(() => appEntry(`suite-2-${groups.length + 1}`, b), /the suite has groups 1 to/);
});

test("a group whose name has a hyphen (sync-irq) is its own image, not a part of the group before the hyphen", () => {
  const b = { ...plainBoard(), suite_split: "group", suite_parts: { sync: 2 } };
  const images = suiteImages(b, "tests");
  assert.ok(images.includes("tests-sync-irq") && images.includes("tests-wait-irq"), images.join(" "));
  assert.ok(images.some((i) => /^tests-sync-1-\d+$/.test(i)), "sync still cut in parts");
  const entry = fs.readFileSync(appEntry("tests-sync-irq", b), "utf8");
  assert.match(entry, /syncIrqTests\(\)/);
  assert.doesNotMatch(entry, /syncTests\(\)/);
});

test("an app's own suite (board.json apps.<app>.suite_parts) runs one image per group of its main, a named group in parts", () => {
  const groups = suiteGroups("tests/suite-app-sync/main.ts");
  assert.deepEqual(groups.map((g) => g.name), ["threads", "wait", "sync", "robust", "queueset", "poll"]);
  const b = { ...plainBoard(), apps: { "suite-app-sync": { app_memory: 4096, suite_parts: { sync: 2 } } } };
  const images = suiteImages(b, "suite-app-sync");
  const sync = groups.find((g) => g.name === "sync");
  const half = Math.ceil(sync.tests / 2);
  assert.deepEqual(images, ["suite-app-sync.threads", "suite-app-sync.wait", `suite-app-sync.sync-1-${half}`, `suite-app-sync.sync-${half + 1}-${sync.tests}`,
    "suite-app-sync.robust", "suite-app-sync.queueset", "suite-app-sync.poll"]);
  // Without suite_parts (every other board), one image as before.
  assert.deepEqual(suiteImages(plainBoard(), "suite-app-sync"), ["suite-app-sync"]);
  // The part's application runs a main of its own that calls its group
  // only; its module (not the kernel's) gets the suite transform's cut.
  const entry = fs.readFileSync(path.join(ROOT, appEntry(images[3], b)), "utf8");
  assert.match(entry, /syncTests\(\)/);
  assert.doesNotMatch(entry, /threadTests\(\)|waitTests\(\)/);
  assert.equal(isolatedApps(images[3])[0].main, path.join(ROOT, appEntry(images[3], b)));
  assert.match(appSuitePartAsc(b, images[3]).join(" "), new RegExp(`--use SUITE_FIRST=${half + 1} --use SUITE_LAST=${sync.tests} --use SUITE_TESTS=${sync.tests}`));
  assert.deepEqual(appSuitePartAsc(b, images[0]), []);
  assert.doesNotMatch(imageAscFlags(b, images[3]).join(" "), /SUITE_FIRST/);
  // The board's layout of the app serves its parts, and a group's entry
  // changes it for that group's images, kernel settings merged.
  const layouts = { "suite-app-sync": { app_memory: 4096, kernel: { MIN_STACK_BYTES: 352, IDLE_STACK_BYTES: 256 } }, "suite-app-sync.robust": { app_memory: 3072, kernel: { IDLE_STACK_BYTES: 288 } } };
  const lb = { ...plainBoard(), apps: layouts };
  assert.equal(boardForApp(lb, "suite-app-sync.wait").app_memory, 4096);
  const robust = boardForApp(lb, "suite-app-sync.robust-1-3");
  assert.equal(robust.app_memory, 3072);
  assert.equal(robust.layout, "suite-app-sync.robust");
  assert.equal(robust.kernel.MIN_STACK_BYTES, 352);
  assert.equal(robust.kernel.IDLE_STACK_BYTES, 288);
});

test("an app suite's parts naming no group, more parts than tests, or an app of two applications are refused", () => {
  const with_ = (app, parts) => ({ ...plainBoard(), apps: { [app]: { suite_parts: parts } } });
  assert.throws(() => suiteImages(with_("suite-app-sync", { nosuch: 2 }), "suite-app-sync"), /apps\.suite-app-sync\.suite_parts names nosuch, which is no group of tests\/suite-app-sync\/main\.ts/);
  assert.throws(() => suiteImages(with_("suite-app-sync", { poll: 99 }), "suite-app-sync"), /suite_parts\.poll must be a whole number of images from 1 to 2/);
  assert.throws(() => suiteImages(with_("isolation", {}), "isolation"), /cannot be split into the groups of a suite/);
  assert.throws(() => suiteImages(with_("tests", { sync: 2 }), "tests"), /splits an isolated app .* the kernel's suite \("tests"\) is split by "suite_split"/);
  assert.throws(() => appEntry("suite-app-sync.nosuch", plainBoard()), /suite-app-sync's suite has groups threads, wait/);
  assert.throws(() => appEntry("suite-app-sync.poll-1-9", plainBoard()), /group poll has tests 1 to 2/);
});
