# gdb commands for ivt images on native boards (docs/debug.md), loaded by
# `ivt debug` (tools/ivt/debug.js):
#
#   ivt-threads        every thread: id, name, state, priority, stack used / size
#   ivt-irq            per-vector counters, as the shell's `irq` command prints them
#   ivt-trace [N]      the last N trace events (default 20), oldest first
#
# The kernel's data lives in the wasm module's linear memory, the C array
# ivt_module_memory; module globals are fields of the one instance,
# ivt_kernel_instance (wasm2c names them w2c_<file>_<name>, e.g.
# w2c_kernel_sched_threadTable). Nothing here knows how this build laid
# out the kernel's classes: field offsets, limits and the trace ring's
# address come from the table the compiler wrote (kernel/debug.ts), whose
# address is the exported global ivtdebuginfo. Thread stacks are C arrays
# of the host (arch/native/threads.c), read through their debug info.

import gdb

MAGIC = 0x5644  # kernel/debug.ts: the first of its 16-bit words
LAYOUT = 3  # the table's layout version this script reads

# kernel/tcb.ts ThreadState, kernel/trace.ts TraceKind: enum values are
# part of the table's layout version.
STATES = {0: "free", 1: "ready", 2: "blocked", 3: "suspended", 4: "dead"}
TRACE_KINDS = {1: "irq-entry", 2: "irq-exit", 3: "bh-start", 4: "bh-end",
               5: "switch", 6: "wake", 7: "work-start", 8: "work-end", 10: "state"}
# kernel/tcb.ts ThreadState, for the thread events' states.
THREAD_STATES = ["free", "ready", "blocked", "suspended", "dead"]


def trace_arg(kind, arg):
    """An event's argument as kernel/trace.ts lays it out: a vector (and
    the bottom-half flag of irq-exit), a worker's thread id, or for the
    thread events the thread and its states."""
    state = lambda s: THREAD_STATES[s] if s < len(THREAD_STATES) else str(s)
    if kind == 2:
        return "vector %d%s" % (arg & 0x7FFFFF, ", bottom half due" if arg & 0x800000 else "")
    if kind in (1, 3, 4):
        return "vector %d" % arg
    if kind in (7, 8):
        return "worker thread %d" % arg
    if kind == 5:
        return "to thread %d, the one before now %s" % (arg & 0xFF, state((arg >> 16) & 7))
    if kind in (6, 10):
        return "thread %d %s -> %s" % (arg & 0xFF, state((arg >> 19) & 7), state((arg >> 16) & 7))
    return "%d" % arg
# arch/native/ivt-native.h IVT_STACK_PAINT: the words thread_init paints.
STACK_PAINT = 0x5AC4ED57
SATURATED = 0xFFFFFFFF

# Words of the debug table, in order (kernel/debug.ts).
TABLE = ["magic", "layout", "max_threads",
         "t_id", "t_name", "t_state", "t_priority", "t_base", "t_stack", "t_suspended",
         "max_vectors",
         "d_handled", "d_unhandled", "d_spurious", "d_worst_top", "d_worst_lat",
         "d_disable", "d_stormed", "d_chain",
         "h_next", "h_flags",
         "ring", "trace_events", "flag_threaded", "desc_table", "first_vector"]


class IvtError(Exception):
    pass


class Kernel:
    """One look at the stopped target: module memory read once, then
    decoded from the copy."""

    def __init__(self):
        try:
            self.inst = gdb.parse_and_eval("ivt_kernel_instance")
            # The instance's memory is ivt_module_memory, with its size
            # (arch/wasm-rt/wasm-rt-ivt.c).
            mem = self.inst["w2c_memory"]
            self.base = int(mem["data"])
            self.size = int(mem["size"])
        except gdb.error as e:
            raise IvtError("no ivt image loaded (%s): start gdb with the image's kernel.elf, or use `ivt debug`" % e)
        if self.size == 0:
            raise IvtError("module memory is not set up yet: continue past boot (e.g. `break Z_kernelZ_ivthandleinterrupt`, `continue`)")
        self.mem = bytes(gdb.selected_inferior().read_memory(self.base, self.size))
        table = self.global_("kernel_debug_ivtdebuginfo")
        # Linear memory is little-endian on every CPU (docs/abi.md,
        # ivtbyteorder); wasm2c for a big-endian CPU (WABT_BIG_ENDIAN,
        # mcf5208evb) keeps it reversed, wasm byte a at data[size - 1 - a].
        self.order = "little"
        if self.u16(table) != MAGIC:
            self.mem = self.mem[::-1]
            if self.u16(table) != MAGIC:
                raise IvtError("no debug table at module address %#x: the image and kernel.elf differ, or the kernel has not started" % table)
        # C data (thread stacks) is in the CPU's own order.
        self.cpu_order = "big" if "big endian" in gdb.execute("show endian", to_string=True) else "little"
        words = [self.u16(table + 2 * i) for i in range(len(TABLE))]
        self.t = dict(zip(TABLE, words))
        if self.t["layout"] != LAYOUT:
            raise IvtError("debug table layout %d, this script reads %d: update tools/gdb/ivt.py with kernel/debug.ts" % (self.t["layout"], LAYOUT))

    def global_(self, name):
        """A module global (kernel/sched.ts threadTable -> kernel_sched_threadTable)."""
        try:
            return int(self.inst["w2c_" + name])
        except gdb.error:
            raise IvtError("the module has no global %s (renamed, or optimized away in this image)" % name)

    def global_or_none(self, name):
        try:
            return self.global_(name)
        except IvtError:
            return None

    def u32(self, addr):
        if addr + 4 > self.size:
            raise IvtError("module address %#x is outside module memory (%d bytes)" % (addr, self.size))
        return int.from_bytes(self.mem[addr:addr + 4], self.order)

    def u16(self, addr):
        if addr + 2 > self.size:
            raise IvtError("module address %#x is outside module memory (%d bytes)" % (addr, self.size))
        return int.from_bytes(self.mem[addr:addr + 2], self.order)

    def u8(self, addr):
        return self.mem[addr]

    def string(self, ptr):
        """An AssemblyScript string: UTF-16, its byte length in the object
        header's rtSize, the word before it."""
        if ptr == 0:
            return "?"
        n = self.u32(ptr - 4)
        raw = self.mem[ptr:ptr + min(n, 128)]
        return raw.decode("utf-16-le", "replace")

    def threads(self):
        table = self.global_("kernel_sched_threadTable")
        for i in range(self.t["max_threads"]):
            p = self.u32(table + 4 * i)
            if p:
                yield p

    def descs(self):
        # Static data, not a global (kernel/irq/descriptors.ts DESCS): its
        # address is in the debug table.
        table = self.t["desc_table"]
        first = self.t["first_vector"]
        for v in range(first, self.t["max_vectors"]):
            p = self.u32(table + 4 * (v - first))
            if p:
                yield v, p


def c_array(name):
    sym = gdb.lookup_static_symbol(name) or gdb.lookup_global_symbol(name)
    return sym.value() if sym else None


def stack_used(tid, order):
    """Peak bytes of thread `tid`'s stack: from its top down to the lowest
    word no longer painted (arch/native/threads.c stack_unused)."""
    bottoms, tops = c_array("ivt_stack_bottom"), c_array("stack_top")
    if bottoms is None or tops is None:
        return None
    bottom, top = int(bottoms[tid]), int(tops[tid])
    if bottom == 0 or top <= bottom:
        return None
    words = gdb.selected_inferior().read_memory(bottom, top - bottom)
    w = 0
    n = (top - bottom) // 4
    # Past the canary (words not painted) to the first painted word, then
    # up while still painted.
    while w < n and int.from_bytes(words[4 * w:4 * w + 4], order) != STACK_PAINT:
        w += 1
        if w > 8:
            return top - bottom  # no paint left near the bottom: all used
    while w < n and int.from_bytes(words[4 * w:4 * w + 4], order) == STACK_PAINT:
        w += 1
    return top - (bottom + 4 * w)


def count(n):
    return "%d+" % n if n == SATURATED else "%d" % n


class IvtCommand(gdb.Command):
    """A command named by its class's _name, reading the stopped kernel."""

    def __init__(self):
        super().__init__(self._name, gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        try:
            self.run(Kernel(), arg)
        except IvtError as e:
            raise gdb.GdbError("%s: %s" % (self._name, e))


class IvtThreads(IvtCommand):
    """ivt-threads: every thread of the kernel's thread table: id, name, state, priority (effective and base), stack used / size in bytes (peak, from the stack paint). * marks the running thread."""

    _name = "ivt-threads"

    def run(self, k, arg):
        t = k.t
        running = k.global_or_none("kernel_sched_running")
        gdb.write("  id  name              state      prio base  stack used/size\n")
        for p in k.threads():
            tid = k.u32(p + t["t_id"])
            state = STATES.get(k.u32(p + t["t_state"]), "?")
            if k.u8(p + t["t_suspended"]) and state == "blocked":
                state = "blocked+susp"
            size = k.u32(p + t["t_stack"])
            used = stack_used(tid, k.cpu_order) if tid < t["max_threads"] else None
            gdb.write("%s %2d  %-16s  %-9s  %4d %4d  %s/%d\n" % (
                "*" if p == running else " ", tid, k.string(k.u32(p + t["t_name"])), state,
                k.u32(p + t["t_priority"]), k.u32(p + t["t_base"]),
                "?" if used is None else used, size))


class IvtIrq(IvtCommand):
    """ivt-irq: the counters of every vector that has a handler or has seen an interrupt, as the shell's `irq` command prints them (times in cycles)."""

    _name = "ivt-irq"

    def run(self, k, arg):
        t = k.t
        gdb.write("vector     count   handled unhandled  spurious  worst-top worst-bh-lat  state\n")
        for v, d in k.descs():
            chain = k.u32(d + t["d_chain"])
            handled, unhandled = k.u32(d + t["d_handled"]), k.u32(d + t["d_unhandled"])
            total = min(handled + unhandled, SATURATED)
            if chain == 0 and total == 0:
                continue
            if k.u8(d + t["d_stormed"]):
                state = "disabled (storm)"
            elif k.u32(d + t["d_disable"]) > 0:
                state = "disabled"
            elif chain == 0:
                state = "no handler"
            else:
                state = "enabled"
            if chain and k.u32(chain + t["h_flags"]) & t["flag_threaded"]:
                state += ", threaded"
            if chain and k.u32(chain + t["h_next"]):
                state += ", shared"
            gdb.write("%6d%10s%10s%10s%10s%11s%13s  %s\n" % (
                v, count(total), count(handled), count(unhandled), count(k.u32(d + t["d_spurious"])),
                count(k.u32(d + t["d_worst_top"])), count(k.u32(d + t["d_worst_lat"])), state))
        spurious = k.global_or_none("kernel_irq_storm_spurious")
        lost = k.global_or_none("kernel_irq_storm_lostEois")
        gdb.write("spurious vectors %s, lost EOIs found %s\n" % (
            "?" if spurious is None else count(spurious), "0 (not counted in this image)" if lost is None else count(lost)))


class IvtTrace(IvtCommand):
    """ivt-trace [N]: the last N events of the trace ring (default 20), oldest first: sequence number, cycle stamp, kind, argument (vector or thread id)."""

    _name = "ivt-trace"

    def run(self, k, arg):
        t = k.t
        if t["ring"] == 0 or t["trace_events"] == 0:
            raise IvtError("this image has the trace ring compiled out (kernel setting TRACE_ENABLED 0)")
        try:
            want = int(arg) if arg.strip() else 20
        except ValueError:
            raise IvtError("the argument is a number of events, not %r" % arg)
        head = k.global_("kernel_trace_head")
        n = min(want, head, t["trace_events"])
        gdb.write("%d events written, the last %d:\n" % (head, n))
        gdb.write("       seq       stamp  event       arg\n")
        for seq in range(head - n, head):
            at = t["ring"] + (seq % t["trace_events"]) * 8
            word = k.u32(at + 4)
            kind = word >> 24
            gdb.write("%10d  %10d  %-10s  %s\n" % (seq, k.u32(at), TRACE_KINDS.get(kind, "kind %d" % kind), trace_arg(kind, word & 0xFFFFFF)))


IvtThreads()
IvtIrq()
IvtTrace()
