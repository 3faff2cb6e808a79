(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i32) (result i32)))
 (type $2 (func (param i32 i32) (result i32)))
 (type $3 (func))
 (type $4 (func (param i32)))
 (type $5 (func (param i32 i32 i32 i32) (result i32)))
 (type $6 (func (param i32 i32 i32 i32)))
 (type $7 (func (param i32 i32 i32)))
 (type $8 (func (param i32 i32 i32 i32 i32) (result i32)))
 (type $9 (func (param i32 i32 i32) (result i32)))
 (type $10 (func (param i32 i64 i32) (result i32)))
 (type $11 (func (param i32 i32 i64) (result i32)))
 (type $12 (func (result i32)))
 (type $13 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $14 (func (param i32 i32 i32 i32 f64) (result i32)))
 (import "env" "abort" (func $~lib/builtins/abort (param i32 i32 i32 i32)))
 (import "__aspect" "createReflectedValue" (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (import "__aspect" "pushReflectedObjectKey" (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey (param i32 i32)))
 (import "__aspect" "createReflectedNumber" (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedNumber (param i32 i32 i32 i32 f64) (result i32)))
 (import "__aspect" "pushReflectedObjectValue" (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue (param i32 i32)))
 (import "__aspect" "attachStackTraceToReflectedValue" (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/attachStackTraceToReflectedValue (param i32)))
 (import "__aspect" "reportActualReflectedValue" (func $node_modules/@as-pect/assembly/assembly/internal/Actual/reportActualReflectedValue (param i32)))
 (import "__aspect" "reportExpectedReflectedValue" (func $node_modules/@as-pect/assembly/assembly/internal/Expected/reportExpectedReflectedValue (param i32 i32)))
 (import "__aspect" "clearActual" (func $node_modules/@as-pect/assembly/assembly/internal/Actual/clearActual))
 (import "__aspect" "clearExpected" (func $node_modules/@as-pect/assembly/assembly/internal/Expected/clearExpected))
 (import "__aspect" "reportTestTypeNode" (func $node_modules/@as-pect/assembly/assembly/internal/Test/test (param i32 i32)))
 (import "__aspect" "reportGroupTypeNode" (func $node_modules/@as-pect/assembly/assembly/internal/Test/describe (param i32 i32)))
 (global $kernel/errors/Err.Ok i32 (i32.const 0))
 (global $kernel/errors/Err.Invalid i32 (i32.const 1))
 (global $kernel/errors/Err.InInterrupt i32 (i32.const 2))
 (global $kernel/errors/Err.Exists i32 (i32.const 3))
 (global $kernel/errors/Err.NotFound i32 (i32.const 4))
 (global $kernel/errors/Err.Busy i32 (i32.const 5))
 (global $kernel/errors/Err.NoSpace i32 (i32.const 6))
 (global $kernel/errors/Err.Unsupported i32 (i32.const 7))
 (global $kernel/errors/Err.Timeout i32 (i32.const 8))
 (global $kernel/errors/Err.WouldBlock i32 (i32.const 9))
 (global $kernel/errors/Err.Deleted i32 (i32.const 10))
 (global $kernel/errors/Err.NotOwner i32 (i32.const 11))
 (global $kernel/errors/Err.OwnerDied i32 (i32.const 12))
 (global $kernel/errors/Err.Overflow i32 (i32.const 13))
 (global $kernel/errors/Err.Masked i32 (i32.const 14))
 (global $kernel/errors/Err.NoThread i32 (i32.const 15))
 (global $kernel/tcb/ThreadState.Free i32 (i32.const 0))
 (global $kernel/tcb/ThreadState.Ready i32 (i32.const 1))
 (global $kernel/tcb/ThreadState.Blocked i32 (i32.const 2))
 (global $kernel/tcb/ThreadState.Suspended i32 (i32.const 3))
 (global $kernel/tcb/ThreadState.Dead i32 (i32.const 4))
 (global $kernel/context/irqDepth (mut i32) (i32.const 0))
 (global $kernel/context/irqVector (mut i32) (i32.const 0))
 (global $kernel/context/phase (mut i32) (i32.const 32))
 (global $kernel/context/threadName (mut i32) (i32.const 0))
 (global $kernel/panic/Trap.OutOfBounds i32 (i32.const 1))
 (global $kernel/panic/Trap.IntOverflow i32 (i32.const 2))
 (global $kernel/panic/Trap.DivByZero i32 (i32.const 3))
 (global $kernel/panic/Trap.InvalidConversion i32 (i32.const 4))
 (global $kernel/panic/Trap.Unreachable i32 (i32.const 5))
 (global $kernel/panic/Trap.CallIndirect i32 (i32.const 6))
 (global $kernel/panic/Trap.UncaughtException i32 (i32.const 7))
 (global $kernel/panic/Trap.StackExhausted i32 (i32.const 8))
 (global $kernel/panic/Trap.MmioFault i32 (i32.const 9))
 (global $kernel/panic/ExitCode.Ok i32 (i32.const 0))
 (global $kernel/panic/ExitCode.TestsFailed i32 (i32.const 1))
 (global $kernel/panic/ExitCode.Abort i32 (i32.const 2))
 (global $kernel/panic/ExitCode.Trap i32 (i32.const 3))
 (global $kernel/thread/arena (mut i32) (i32.const 0))
 (global $kernel/notify/NotifyAction.SetBits i32 (i32.const 0))
 (global $kernel/notify/NotifyAction.Increment i32 (i32.const 1))
 (global $kernel/notify/NotifyAction.Overwrite i32 (i32.const 2))
 (global $kernel/notify/NotifyAction.SetIfNotPending i32 (i32.const 3))
 (global $kernel/notify/WAITING_TAKE i32 (i32.const 256))
 (global $kernel/notify/WAITING_WAIT i32 (i32.const 512))
 (global $kernel/console/uart (mut i32) (i32.const 0))
 (global $kernel/trace/TraceKind.IrqEntry i32 (i32.const 1))
 (global $kernel/trace/TraceKind.IrqExit i32 (i32.const 2))
 (global $kernel/trace/TraceKind.BottomHalfStart i32 (i32.const 3))
 (global $kernel/trace/TraceKind.BottomHalfEnd i32 (i32.const 4))
 (global $kernel/trace/TraceKind.Switch i32 (i32.const 5))
 (global $kernel/trace/TraceKind.Wake i32 (i32.const 6))
 (global $kernel/trace/TraceKind.WorkStart i32 (i32.const 7))
 (global $kernel/trace/TraceKind.WorkEnd i32 (i32.const 8))
 (global $~lib/shared/runtime/Runtime.Stub i32 (i32.const 0))
 (global $~lib/shared/runtime/Runtime.Minimal i32 (i32.const 1))
 (global $~lib/shared/runtime/Runtime.Incremental i32 (i32.const 2))
 (global $~lib/rt/itcms/total (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/threshold (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/state (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/visitCount (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/pinSpace (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/iter (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/toSpace (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/white (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/fromSpace (mut i32) (i32.const 0))
 (global $~lib/rt/tlsf/ROOT (mut i32) (i32.const 0))
 (global $~lib/native/ASC_LOW_MEMORY_LIMIT i32 (i32.const 0))
 (global $~lib/native/ASC_RUNTIME i32 (i32.const 2))
 (global $kernel/trace/stamps (mut i32) (i32.const 0))
 (global $kernel/trace/words (mut i32) (i32.const 0))
 (global $kernel/trace/head (mut i32) (i32.const 0))
 (global $kernel/irq/IrqReturn.None i32 (i32.const 0))
 (global $kernel/irq/IrqReturn.Handled i32 (i32.const 1))
 (global $kernel/irq/IrqReturn.WakeThread i32 (i32.const 2))
 (global $kernel/irq/IrqFlags.Shared i32 (i32.const 1))
 (global $kernel/irq/IrqFlags.Threaded i32 (i32.const 2))
 (global $kernel/irq/IrqFlags.Oneshot i32 (i32.const 4))
 (global $kernel/irq/IrqFlags.Edge i32 (i32.const 8))
 (global $kernel/irq/MAX_VECTORS i32 (i32.const 256))
 (global $kernel/irq/descs (mut i32) (i32.const 0))
 (global $kernel/irq/spuriousSeen (mut i32) (i32.const 0))
 (global $kernel/irq/spurious (mut i32) (i32.const 0))
 (global $kernel/time/tickCount (mut i32) (i32.const 0))
 (global $kernel/time/tickHz (mut i32) (i32.const 0))
 (global $kernel/time/tickHandler (mut i32) (i32.const 0))
 (global $kernel/timeout/head (mut i32) (i32.const 0))
 (global $kernel/sched/readyHead (mut i32) (i32.const 0))
 (global $kernel/sched/readyMap (mut i32) (i32.const 0))
 (global $kernel/sched/running (mut i32) (i32.const 0))
 (global $kernel/sched/started (mut i32) (i32.const 0))
 (global $kernel/sched/threadTable (mut i32) (i32.const 0))
 (global $~argumentsLength (mut i32) (i32.const 0))
 (global $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH i32 (i32.const 1))
 (global $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH i32 (i32.const 0))
 (global $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.DEFER_MATCH i32 (i32.const 2))
 (global $~lib/native/ASC_SHRINK_LEVEL i32 (i32.const 0))
 (global $node_modules/@as-pect/assembly/assembly/internal/noOp/noOp i32 (i32.const 5696))
 (global $node_modules/@as-pect/assembly/assembly/internal/log/ignoreLogs (mut i32) (i32.const 0))
 (global $~lib/rt/__rtti_base i32 (i32.const 5840))
 (global $~lib/memory/__data_end i32 (i32.const 5960))
 (global $~lib/memory/__stack_pointer (mut i32) (i32.const 38728))
 (global $~lib/memory/__heap_base i32 (i32.const 38728))
 (global $~started (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (i32.const 12) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00b\00o\00o\00t\00\00\00\00\00")
 (data $1 (i32.const 44) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00I\00n\00v\00a\00l\00i\00d\00 \00l\00e\00n\00g\00t\00h\00")
 (data $2 (i32.const 92) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00&\00\00\00~\00l\00i\00b\00/\00s\00t\00a\00t\00i\00c\00a\00r\00r\00a\00y\00.\00t\00s\00\00\00\00\00\00\00")
 (data $3 (i32.const 156) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00A\00l\00l\00o\00c\00a\00t\00i\00o\00n\00 \00t\00o\00o\00 \00l\00a\00r\00g\00e\00\00\00\00\00")
 (data $4 (i32.const 220) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00~\00l\00i\00b\00/\00r\00t\00/\00i\00t\00c\00m\00s\00.\00t\00s\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $5 (i32.const 288) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $6 (i32.const 320) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $7 (i32.const 348) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00I\00n\00d\00e\00x\00 \00o\00u\00t\00 \00o\00f\00 \00r\00a\00n\00g\00e\00\00\00\00\00\00\00\00\00")
 (data $8 (i32.const 412) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00~\00l\00i\00b\00/\00r\00t\00.\00t\00s\00\00\00\00\00\00\00\00\00")
 (data $9 (i32.const 464) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $10 (i32.const 492) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1e\00\00\00~\00l\00i\00b\00/\00r\00t\00/\00t\00l\00s\00f\00.\00t\00s\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $11 (i32.const 556) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00r\00e\00a\00d\00y\00 \00q\00u\00e\00u\00e\00\00\00\00\00\00\00")
 (data $12 (i32.const 604) "\8c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00v\00\00\00t\00h\00e\00 \00m\00o\00s\00t\00 \00u\00r\00g\00e\00n\00t\00 \00p\00r\00i\00o\00r\00i\00t\00y\00 \00w\00i\00n\00s\00,\00 \00w\00h\00a\00t\00e\00v\00e\00r\00 \00t\00h\00e\00 \00i\00n\00s\00e\00r\00t\00i\00o\00n\00 \00o\00r\00d\00e\00r\00\00\00\00\00\00\00")
 (data $13 (i32.const 748) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $14 (i32.const 780) "\1c\00\00\00\00\00\00\00\00\00\00\00\12\00\00\00\08\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00")
 (data $15 (i32.const 812) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00^\00\00\00U\00n\00e\00x\00p\00e\00c\00t\00e\00d\00 \00\'\00n\00u\00l\00l\00\'\00 \00(\00n\00o\00t\00 \00a\00s\00s\00i\00g\00n\00e\00d\00 \00o\00r\00 \00f\00a\00i\00l\00e\00d\00 \00c\00a\00s\00t\00)\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $16 (i32.const 940) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1e\00\00\00k\00e\00r\00n\00e\00l\00/\00s\00c\00h\00e\00d\00.\00t\00s\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $17 (i32.const 1004) "\9c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00~\00\00\00n\00o\00d\00e\00_\00m\00o\00d\00u\00l\00e\00s\00/\00@\00a\00s\00-\00p\00e\00c\00t\00/\00a\00s\00s\00e\00m\00b\00l\00y\00/\00a\00s\00s\00e\00m\00b\00l\00y\00/\00i\00n\00t\00e\00r\00n\00a\00l\00/\00E\00x\00p\00e\00c\00t\00a\00t\00i\00o\00n\00.\00t\00s\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $18 (i32.const 1164) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0c\00\00\00T\00h\00r\00e\00a\00d\00")
 (data $19 (i32.const 1196) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00K\00e\00y\00 \00d\00o\00e\00s\00 \00n\00o\00t\00 \00e\00x\00i\00s\00t\00\00\00\00\00\00\00\00\00")
 (data $20 (i32.const 1260) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00~\00l\00i\00b\00/\00m\00a\00p\00.\00t\00s\00\00\00\00\00\00\00")
 (data $21 (i32.const 1308) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00&\00\00\00~\00l\00i\00b\00/\00a\00r\00r\00a\00y\00b\00u\00f\00f\00e\00r\00.\00t\00s\00\00\00\00\00\00\00")
 (data $22 (i32.const 1372) "\1c\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $23 (i32.const 1404) "\ec\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\d8\00\00\00\00\00\00\80\0c^VA\00\00\80\11\c3&\dfA\00\00\00\ae\f2\c1\aeA\00\00\00>\bd\10\a7A\00\00\e0\b6+\f8\ec\c1\00\00\c0\'>\1e\ed\c1\00\00\00\06Ja\b0A\00\00\00\90\a2\d9\be\c1\00\00\80\00J3\dfA\00\00\00\a7\15\f6\bcA\00\00\00\16\9d*\f7A\00\00\00\b1\c7&\dfA\00\00\80\18\1b\'\dfA\00\00\00\8a\b6=\b0A\00\00\006\cfn\abA\00\00\00x\8bm\b0A\00\00\00\d8)p\b0A\00\00\00vwq\b0A\00\00p2$s\f3\c1\00\00 1\95r\e7\c1\00\00\00\d4,\7f\d2\c1\00\00 ?\0b\96\e7\c1\00\00@;x\04\d8A\00\00\a0\96\c4\9c\ef\c1\00\00\c0\f6\f2]\ddA\00\00\00=\9d\d3\b1\c1\00\00\c0\ce\"v\e2\c1\00\00\00\00")
 (data $24 (i32.const 1644) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\04\00\00\00i\00d\00\00\00\00\00\00\00\00\00")
 (data $25 (i32.const 1676) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0c\00\00\00S\00t\00r\00i\00n\00g\00")
 (data $26 (i32.const 1708) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00u\003\002\00\00\00\00\00\00\00")
 (data $27 (i32.const 1740) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00n\00a\00m\00e\00\00\00\00\00")
 (data $28 (i32.const 1772) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00e\00n\00t\00r\00y\00\00\00")
 (data $29 (i32.const 1804) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00F\00u\00n\00c\00t\00i\00o\00n\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $30 (i32.const 1852) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00a\00r\00g\00\00\00\00\00\00\00")
 (data $31 (i32.const 1884) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00s\00t\00a\00c\00k\00S\00t\00a\00r\00t\00\00\00\00\00\00\00\00\00")
 (data $32 (i32.const 1932) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00s\00t\00a\00c\00k\00B\00y\00t\00e\00s\00\00\00\00\00\00\00\00\00")
 (data $33 (i32.const 1980) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00s\00t\00a\00t\00e\00\00\00")
 (data $34 (i32.const 2012) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00i\003\002\00\00\00\00\00\00\00")
 (data $35 (i32.const 2044) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00s\00u\00s\00p\00e\00n\00d\00e\00d\00\00\00\00\00\00\00\00\00\00\00")
 (data $36 (i32.const 2092) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00b\00o\00o\00l\00\00\00\00\00")
 (data $37 (i32.const 2124) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\18\00\00\00b\00a\00s\00e\00P\00r\00i\00o\00r\00i\00t\00y\00\00\00\00\00")
 (data $38 (i32.const 2172) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00p\00r\00i\00o\00r\00i\00t\00y\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $39 (i32.const 2220) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00s\00l\00i\00c\00e\00L\00e\00f\00t\00\00\00\00\00\00\00\00\00\00\00")
 (data $40 (i32.const 2268) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00n\00e\00x\00t\00\00\00\00\00")
 (data $41 (i32.const 2300) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00p\00r\00e\00v\00\00\00\00\00")
 (data $42 (i32.const 2332) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00q\00u\00e\00u\00e\00\00\00")
 (data $43 (i32.const 2364) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00W\00a\00i\00t\00Q\00u\00e\00u\00e\00\00\00\00\00\00\00\00\00\00\00")
 (data $44 (i32.const 2412) "\1c\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $45 (i32.const 2444) "\1c\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\08\00\00\00\00\00\c0]\f4%\dfA\00\00\00\00")
 (data $46 (i32.const 2476) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00h\00e\00a\00d\00\00\00\00\00")
 (data $47 (i32.const 2508) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00d\00e\00a\00d\00l\00i\00n\00e\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $48 (i32.const 2556) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00t\00i\00m\00e\00d\00\00\00")
 (data $49 (i32.const 2588) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00t\00n\00e\00x\00t\00\00\00")
 (data $50 (i32.const 2620) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00t\00p\00r\00e\00v\00\00\00")
 (data $51 (i32.const 2652) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00w\00a\00i\00t\00R\00e\00s\00u\00l\00t\00\00\00\00\00\00\00\00\00")
 (data $52 (i32.const 2700) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00w\00a\00i\00t\00V\00a\00l\00u\00e\00\00\00\00\00\00\00\00\00\00\00")
 (data $53 (i32.const 2748) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\00w\00a\00i\00t\00P\00t\00r\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $54 (i32.const 2796) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00u\00s\00i\00z\00e\00\00\00")
 (data $55 (i32.const 2828) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00w\00a\00i\00t\00F\00l\00a\00g\00s\00\00\00\00\00\00\00\00\00\00\00")
 (data $56 (i32.const 2876) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00h\00e\00l\00d\00M\00u\00t\00e\00x\00e\00s\00\00\00\00\00\00\00")
 (data $57 (i32.const 2924) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00M\00u\00t\00e\00x\00L\00i\00n\00k\00\00\00\00\00\00\00\00\00\00\00")
 (data $58 (i32.const 2972) "\1c\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $59 (i32.const 3004) ",\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\10\00\00\00\00\00\00\90\c2\1a\b0A\00\00@\00\86\bf\dfA\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $60 (i32.const 3052) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00o\00w\00n\00e\00r\00\00\00")
 (data $61 (i32.const 3084) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00n\00e\00x\00t\00H\00e\00l\00d\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $62 (i32.const 3132) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\18\00\00\00w\00a\00i\00t\00i\00n\00g\00M\00u\00t\00e\00x\00\00\00\00\00")
 (data $63 (i32.const 3180) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00n\00o\00t\00i\00f\00y\00V\00a\00l\00u\00e\00\00\00\00\00\00\00")
 (data $64 (i32.const 3228) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1a\00\00\00n\00o\00t\00i\00f\00y\00P\00e\00n\00d\00i\00n\00g\00\00\00")
 (data $65 (i32.const 3276) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\18\00\00\00b\00o\00t\00t\00o\00m\00H\00a\00l\00f\00O\00f\00\00\00\00\00")
 (data $66 (i32.const 3324) "\8c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00v\00\00\00n\00o\00d\00e\00_\00m\00o\00d\00u\00l\00e\00s\00/\00@\00a\00s\00-\00p\00e\00c\00t\00/\00a\00s\00s\00e\00m\00b\00l\00y\00/\00a\00s\00s\00e\00m\00b\00l\00y\00/\00i\00n\00t\00e\00r\00n\00a\00l\00/\00R\00e\00f\00l\00e\00c\00t\00.\00t\00s\00\00\00\00\00\00\00")
 (data $67 (i32.const 3468) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00c\00a\00c\00h\00e\00L\00e\00n\00g\00t\00h\00 \00s\00h\00o\00u\00l\00d\00 \00b\00e\00 \00e\00v\00e\00n\00\00\00\00\00\00\00\00\00")
 (data $68 (i32.const 3548) "\8c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00t\00\00\00n\00o\00d\00e\00_\00m\00o\00d\00u\00l\00e\00s\00/\00@\00a\00s\00-\00p\00e\00c\00t\00/\00a\00s\00s\00e\00m\00b\00l\00y\00/\00a\00s\00s\00e\00m\00b\00l\00y\00/\00i\00n\00t\00e\00r\00n\00a\00l\00/\00a\00s\00s\00e\00r\00t\00.\00t\00s\00\00\00\00\00\00\00\00\00")
 (data $69 (i32.const 3692) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1a\00\00\00~\00l\00i\00b\00/\00a\00r\00r\00a\00y\00.\00t\00s\00\00\00")
 (data $70 (i32.const 3740) "\1c\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $71 (i32.const 3772) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00i\00n\00v\00a\00l\00i\00d\00 \00d\00o\00w\00n\00c\00a\00s\00t\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $72 (i32.const 3836) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1a\00\00\00k\00e\00r\00n\00e\00l\00/\00t\00c\00b\00.\00t\00s\00\00\00")
 (data $73 (i32.const 3884) "\1c\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $74 (i32.const 3916) "\1c\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\08\00\00\00\00\00\c0]\f4%\dfA\00\00\00\00")
 (data $75 (i32.const 3948) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00A\00r\00r\00a\00y\00 \00i\00s\00 \00e\00m\00p\00t\00y\00")
 (data $76 (i32.const 3996) "\1c\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $77 (i32.const 4028) ",\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\10\00\00\00\00\00\00\90\c2\1a\b0A\00\00@\00\86\bf\dfA\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $78 (i32.const 4076) "\ec\00\00\00\00\00\00\00\00\00\00\00\15\00\00\00\d8\00\00\00\00\00\00\80\0c^VA\00\00\80\11\c3&\dfA\00\00\00\ae\f2\c1\aeA\00\00\00>\bd\10\a7A\00\00\e0\b6+\f8\ec\c1\00\00\c0\'>\1e\ed\c1\00\00\00\06Ja\b0A\00\00\00\90\a2\d9\be\c1\00\00\80\00J3\dfA\00\00\00\a7\15\f6\bcA\00\00\00\16\9d*\f7A\00\00\00\b1\c7&\dfA\00\00\80\18\1b\'\dfA\00\00\00\8a\b6=\b0A\00\00\006\cfn\abA\00\00\00x\8bm\b0A\00\00\00\d8)p\b0A\00\00\00vwq\b0A\00\00p2$s\f3\c1\00\00 1\95r\e7\c1\00\00\00\d4,\7f\d2\c1\00\00 ?\0b\96\e7\c1\00\00@;x\04\d8A\00\00\a0\96\c4\9c\ef\c1\00\00\c0\f6\f2]\ddA\00\00\00=\9d\d3\b1\c1\00\00\c0\ce\"v\e2\c1\00\00\00\00")
 (data $79 (i32.const 4316) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $80 (i32.const 4348) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $81 (i32.const 4380) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\002\00\00\00S\00e\00r\00i\00a\00l\00i\00z\00e\00s\00 \00t\00o\00 \00s\00a\00m\00e\00 \00v\00a\00l\00u\00e\00.\00\00\00\00\00\00\00\00\00\00\00")
 (data $82 (i32.const 4460) "\1c\00\00\00\00\00\00\00\00\00\00\00\19\00\00\00\08\00\00\00\02\00\00\00\00\00\00\00\00\00\00\00")
 (data $83 (i32.const 4492) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\\\00\00\00e\00q\00u\00a\00l\00 \00p\00r\00i\00o\00r\00i\00t\00i\00e\00s\00 \00a\00r\00e\00 \00s\00e\00r\00v\00e\00d\00 \00i\00n\00 \00i\00n\00s\00e\00r\00t\00i\00o\00n\00 \00o\00r\00d\00e\00r\00")
 (data $84 (i32.const 4604) "\1c\00\00\00\00\00\00\00\00\00\00\00\19\00\00\00\08\00\00\00\03\00\00\00\00\00\00\00\00\00\00\00")
 (data $85 (i32.const 4636) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00h\00\00\00e\00v\00e\00r\00y\00 \00o\00n\00e\00 \00o\00f\00 \00t\00h\00e\00 \003\002\00 \00l\00e\00v\00e\00l\00s\00 \00w\00o\00r\00k\00s\00,\00 \00i\00n\00c\00l\00u\00d\00i\00n\00g\00 \000\00 \00a\00n\00d\00 \003\001\00\00\00\00\00")
 (data $86 (i32.const 4764) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\000\00\00\00t\00e\00s\00t\00s\00/\00u\00n\00i\00t\00/\00s\00c\00h\00e\00d\00.\00s\00p\00e\00c\00.\00t\00s\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $87 (i32.const 4844) "\1c\00\00\00\00\00\00\00\00\00\00\00\19\00\00\00\08\00\00\00\04\00\00\00\00\00\00\00\00\00\00\00")
 (data $88 (i32.const 4876) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00N\00\00\00r\00e\00q\00u\00e\00u\00e\00 \00m\00o\00v\00e\00s\00 \00a\00 \00t\00h\00r\00e\00a\00d\00 \00t\00o\00 \00i\00t\00s\00 \00n\00e\00w\00 \00l\00e\00v\00e\00l\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $89 (i32.const 4988) "\1c\00\00\00\00\00\00\00\00\00\00\00\19\00\00\00\08\00\00\00\05\00\00\00\00\00\00\00\00\00\00\00")
 (data $90 (i32.const 5020) "\1c\00\00\00\00\00\00\00\00\00\00\00\19\00\00\00\08\00\00\00\06\00\00\00\00\00\00\00\00\00\00\00")
 (data $91 (i32.const 5052) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\18\00\00\00t\00i\00m\00e\00o\00u\00t\00 \00l\00i\00s\00t\00\00\00\00\00")
 (data $92 (i32.const 5100) "\9c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00~\00\00\00t\00h\00e\00 \00e\00a\00r\00l\00i\00e\00s\00t\00 \00d\00e\00a\00d\00l\00i\00n\00e\00 \00c\00o\00m\00e\00s\00 \00o\00u\00t\00 \00f\00i\00r\00s\00t\00,\00 \00e\00q\00u\00a\00l\00 \00d\00e\00a\00d\00l\00i\00n\00e\00s\00 \00i\00n\00 \00o\00r\00d\00e\00r\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $93 (i32.const 5260) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\"\00\00\00k\00e\00r\00n\00e\00l\00/\00t\00i\00m\00e\00o\00u\00t\00.\00t\00s\00\00\00\00\00\00\00\00\00\00\00")
 (data $94 (i32.const 5324) "\1c\00\00\00\00\00\00\00\00\00\00\00\19\00\00\00\08\00\00\00\07\00\00\00\00\00\00\00\00\00\00\00")
 (data $95 (i32.const 5356) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\\\00\00\00d\00e\00a\00d\00l\00i\00n\00e\00s\00 \00a\00c\00r\00o\00s\00s\00 \00t\00h\00e\00 \00u\003\002\00 \00w\00r\00a\00p\00 \00k\00e\00e\00p\00 \00t\00h\00e\00i\00r\00 \00o\00r\00d\00e\00r\00")
 (data $96 (i32.const 5468) "\1c\00\00\00\00\00\00\00\00\00\00\00\19\00\00\00\08\00\00\00\08\00\00\00\00\00\00\00\00\00\00\00")
 (data $97 (i32.const 5500) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\\\00\00\00r\00e\00m\00o\00v\00i\00n\00g\00 \00f\00r\00o\00m\00 \00t\00h\00e\00 \00m\00i\00d\00d\00l\00e\00 \00k\00e\00e\00p\00s\00 \00t\00h\00e\00 \00r\00e\00s\00t\00 \00l\00i\00n\00k\00e\00d\00")
 (data $98 (i32.const 5612) "\1c\00\00\00\00\00\00\00\00\00\00\00\19\00\00\00\08\00\00\00\t\00\00\00\00\00\00\00\00\00\00\00")
 (data $99 (i32.const 5644) "\1c\00\00\00\00\00\00\00\00\00\00\00\19\00\00\00\08\00\00\00\n\00\00\00\00\00\00\00\00\00\00\00")
 (data $100 (i32.const 5676) "\1c\00\00\00\00\00\00\00\00\00\00\00\19\00\00\00\08\00\00\00\0b\00\00\00\00\00\00\00\00\00\00\00")
 (data $101 (i32.const 5708) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00*\00\00\00O\00b\00j\00e\00c\00t\00 \00a\00l\00r\00e\00a\00d\00y\00 \00p\00i\00n\00n\00e\00d\00\00\00")
 (data $102 (i32.const 5772) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00O\00b\00j\00e\00c\00t\00 \00i\00s\00 \00n\00o\00t\00 \00p\00i\00n\00n\00e\00d\00\00\00\00\00")
 (data $103 (i32.const 5840) "\1d\00\00\00 \00\00\00 \00\00\00 \00\00\00\00\00\00\00\00\00\00\00$\01\00\00d\00\00\00 \00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00 \00\00\00\04a\00\00\00\00\00\00 \00\00\00\04a\00\00\00\00\00\00\00\00\00\00\10\t\02\00$\n\00\00\02\n\00\00\02\01\00\00\02\t\00\00\00\00\00\00\02A\00\00 \00\00\00 \00\00\00")
 (table $0 12 funcref)
 (elem $0 (i32.const 1) $kernel/tcb/noEntry $start:tests/unit/sched.spec~anonymous|0~anonymous|0 $start:tests/unit/sched.spec~anonymous|0~anonymous|1 $start:tests/unit/sched.spec~anonymous|0~anonymous|2 $start:tests/unit/sched.spec~anonymous|0~anonymous|3 $start:tests/unit/sched.spec~anonymous|0 $start:tests/unit/sched.spec~anonymous|1~anonymous|0 $start:tests/unit/sched.spec~anonymous|1~anonymous|1 $start:tests/unit/sched.spec~anonymous|1~anonymous|2 $start:tests/unit/sched.spec~anonymous|1 $start:node_modules/@as-pect/assembly/assembly/internal/noOp~anonymous|0)
 (export "__ignoreLogs" (func $node_modules/@as-pect/assembly/assembly/internal/log/__ignoreLogs))
 (export "__new" (func $~lib/rt/itcms/__new))
 (export "__pin" (func $~lib/rt/itcms/__pin))
 (export "__unpin" (func $~lib/rt/itcms/__unpin))
 (export "__collect" (func $~lib/rt/itcms/__collect))
 (export "__rtti_base" (global $~lib/rt/__rtti_base))
 (export "memory" (memory $0))
 (export "table" (table $0))
 (export "_start" (func $~start))
 (export "__call" (func $export:node_modules/@as-pect/assembly/assembly/internal/call/__call))
 (func $~lib/rt/itcms/Object#set:nextWithColor (param $this i32) (param $nextWithColor i32)
  local.get $this
  local.get $nextWithColor
  i32.store offset=4
 )
 (func $~lib/rt/itcms/Object#set:prev (param $this i32) (param $prev i32)
  local.get $this
  local.get $prev
  i32.store offset=8
 )
 (func $~lib/rt/itcms/initLazy (param $space i32) (result i32)
  local.get $space
  local.get $space
  call $~lib/rt/itcms/Object#set:nextWithColor
  local.get $space
  local.get $space
  call $~lib/rt/itcms/Object#set:prev
  local.get $space
  return
 )
 (func $~lib/rt/itcms/Object#get:nextWithColor (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/rt/itcms/Object#get:next (param $this i32) (result i32)
  local.get $this
  call $~lib/rt/itcms/Object#get:nextWithColor
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  return
 )
 (func $~lib/rt/itcms/Object#get:color (param $this i32) (result i32)
  local.get $this
  call $~lib/rt/itcms/Object#get:nextWithColor
  i32.const 3
  i32.and
  return
 )
 (func $~lib/rt/itcms/visitRoots (param $cookie i32)
  (local $pn i32)
  (local $iter i32)
  local.get $cookie
  call $~lib/rt/__visit_globals
  global.get $~lib/rt/itcms/pinSpace
  local.set $pn
  local.get $pn
  call $~lib/rt/itcms/Object#get:next
  local.set $iter
  loop $while-continue|0
   local.get $iter
   local.get $pn
   i32.ne
   if
    i32.const 1
    drop
    local.get $iter
    call $~lib/rt/itcms/Object#get:color
    i32.const 3
    i32.eq
    i32.eqz
    if
     i32.const 0
     i32.const 240
     i32.const 160
     i32.const 16
     call $~lib/builtins/abort
     unreachable
    end
    local.get $iter
    i32.const 20
    i32.add
    local.get $cookie
    call $~lib/rt/__visit_members
    local.get $iter
    call $~lib/rt/itcms/Object#get:next
    local.set $iter
    br $while-continue|0
   end
  end
 )
 (func $~lib/rt/itcms/Object#set:color (param $this i32) (param $color i32)
  local.get $this
  local.get $this
  call $~lib/rt/itcms/Object#get:nextWithColor
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  local.get $color
  i32.or
  call $~lib/rt/itcms/Object#set:nextWithColor
 )
 (func $~lib/rt/itcms/Object#get:prev (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $~lib/rt/itcms/Object#set:next (param $this i32) (param $obj i32)
  local.get $this
  local.get $obj
  local.get $this
  call $~lib/rt/itcms/Object#get:nextWithColor
  i32.const 3
  i32.and
  i32.or
  call $~lib/rt/itcms/Object#set:nextWithColor
 )
 (func $~lib/rt/itcms/Object#unlink (param $this i32)
  (local $next i32)
  (local $prev i32)
  local.get $this
  call $~lib/rt/itcms/Object#get:next
  local.set $next
  local.get $next
  i32.const 0
  i32.eq
  if
   i32.const 1
   drop
   local.get $this
   call $~lib/rt/itcms/Object#get:prev
   i32.const 0
   i32.eq
   if (result i32)
    local.get $this
    global.get $~lib/memory/__heap_base
    i32.lt_u
   else
    i32.const 0
   end
   i32.eqz
   if
    i32.const 0
    i32.const 240
    i32.const 128
    i32.const 18
    call $~lib/builtins/abort
    unreachable
   end
   return
  end
  local.get $this
  call $~lib/rt/itcms/Object#get:prev
  local.set $prev
  i32.const 1
  drop
  local.get $prev
  i32.eqz
  if
   i32.const 0
   i32.const 240
   i32.const 132
   i32.const 16
   call $~lib/builtins/abort
   unreachable
  end
  local.get $next
  local.get $prev
  call $~lib/rt/itcms/Object#set:prev
  local.get $prev
  local.get $next
  call $~lib/rt/itcms/Object#set:next
 )
 (func $~lib/rt/itcms/Object#get:rtId (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $~lib/shared/typeinfo/Typeinfo#get:flags (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/rt/__typeinfo (param $id i32) (result i32)
  (local $ptr i32)
  global.get $~lib/rt/__rtti_base
  local.set $ptr
  local.get $id
  local.get $ptr
  i32.load
  i32.gt_u
  if
   i32.const 368
   i32.const 432
   i32.const 21
   i32.const 28
   call $~lib/builtins/abort
   unreachable
  end
  local.get $ptr
  i32.const 4
  i32.add
  local.get $id
  i32.const 4
  i32.mul
  i32.add
  call $~lib/shared/typeinfo/Typeinfo#get:flags
  return
 )
 (func $~lib/rt/itcms/Object#get:isPointerfree (param $this i32) (result i32)
  (local $rtId i32)
  local.get $this
  call $~lib/rt/itcms/Object#get:rtId
  local.set $rtId
  local.get $rtId
  i32.const 2
  i32.le_u
  if (result i32)
   i32.const 1
  else
   local.get $rtId
   call $~lib/rt/__typeinfo
   i32.const 32
   i32.and
   i32.const 0
   i32.ne
  end
  return
 )
 (func $~lib/rt/itcms/Object#linkTo (param $this i32) (param $list i32) (param $withColor i32)
  (local $prev i32)
  local.get $list
  call $~lib/rt/itcms/Object#get:prev
  local.set $prev
  local.get $this
  local.get $list
  local.get $withColor
  i32.or
  call $~lib/rt/itcms/Object#set:nextWithColor
  local.get $this
  local.get $prev
  call $~lib/rt/itcms/Object#set:prev
  local.get $prev
  local.get $this
  call $~lib/rt/itcms/Object#set:next
  local.get $list
  local.get $this
  call $~lib/rt/itcms/Object#set:prev
 )
 (func $~lib/rt/itcms/Object#makeGray (param $this i32)
  (local $1 i32)
  local.get $this
  global.get $~lib/rt/itcms/iter
  i32.eq
  if
   local.get $this
   call $~lib/rt/itcms/Object#get:prev
   local.tee $1
   i32.eqz
   if (result i32)
    i32.const 0
    i32.const 240
    i32.const 148
    i32.const 30
    call $~lib/builtins/abort
    unreachable
   else
    local.get $1
   end
   global.set $~lib/rt/itcms/iter
  end
  local.get $this
  call $~lib/rt/itcms/Object#unlink
  local.get $this
  global.get $~lib/rt/itcms/toSpace
  local.get $this
  call $~lib/rt/itcms/Object#get:isPointerfree
  if (result i32)
   global.get $~lib/rt/itcms/white
   i32.eqz
  else
   i32.const 2
  end
  call $~lib/rt/itcms/Object#linkTo
 )
 (func $~lib/rt/itcms/__visit (param $ptr i32) (param $cookie i32)
  (local $obj i32)
  local.get $ptr
  i32.eqz
  if
   return
  end
  local.get $ptr
  i32.const 20
  i32.sub
  local.set $obj
  i32.const 0
  drop
  local.get $obj
  call $~lib/rt/itcms/Object#get:color
  global.get $~lib/rt/itcms/white
  i32.eq
  if
   local.get $obj
   call $~lib/rt/itcms/Object#makeGray
   global.get $~lib/rt/itcms/visitCount
   i32.const 1
   i32.add
   global.set $~lib/rt/itcms/visitCount
  end
 )
 (func $~lib/rt/itcms/visitStack (param $cookie i32)
  (local $ptr i32)
  global.get $~lib/memory/__stack_pointer
  local.set $ptr
  loop $while-continue|0
   local.get $ptr
   global.get $~lib/memory/__heap_base
   i32.lt_u
   if
    local.get $ptr
    i32.load
    local.get $cookie
    call $~lib/rt/itcms/__visit
    local.get $ptr
    i32.const 4
    i32.add
    local.set $ptr
    br $while-continue|0
   end
  end
 )
 (func $~lib/rt/common/BLOCK#get:mmInfo (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/rt/itcms/Object#get:size (param $this i32) (result i32)
  i32.const 4
  local.get $this
  call $~lib/rt/common/BLOCK#get:mmInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  i32.add
  return
 )
 (func $~lib/rt/tlsf/Root#set:flMap (param $this i32) (param $flMap i32)
  local.get $this
  local.get $flMap
  i32.store
 )
 (func $~lib/rt/common/BLOCK#set:mmInfo (param $this i32) (param $mmInfo i32)
  local.get $this
  local.get $mmInfo
  i32.store
 )
 (func $~lib/rt/tlsf/Block#set:prev (param $this i32) (param $prev i32)
  local.get $this
  local.get $prev
  i32.store offset=4
 )
 (func $~lib/rt/tlsf/Block#set:next (param $this i32) (param $next i32)
  local.get $this
  local.get $next
  i32.store offset=8
 )
 (func $~lib/rt/tlsf/Block#get:prev (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/rt/tlsf/Block#get:next (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $~lib/rt/tlsf/Root#get:flMap (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/rt/tlsf/removeBlock (param $root i32) (param $block i32)
  (local $blockInfo i32)
  (local $size i32)
  (local $fl i32)
  (local $sl i32)
  (local $6 i32)
  (local $7 i32)
  (local $boundedSize i32)
  (local $prev i32)
  (local $next i32)
  (local $root|11 i32)
  (local $fl|12 i32)
  (local $sl|13 i32)
  (local $root|14 i32)
  (local $fl|15 i32)
  (local $sl|16 i32)
  (local $head i32)
  (local $root|18 i32)
  (local $fl|19 i32)
  (local $slMap i32)
  (local $root|21 i32)
  (local $fl|22 i32)
  (local $slMap|23 i32)
  local.get $block
  call $~lib/rt/common/BLOCK#get:mmInfo
  local.set $blockInfo
  i32.const 1
  drop
  local.get $blockInfo
  i32.const 1
  i32.and
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 268
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $blockInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  local.set $size
  i32.const 1
  drop
  local.get $size
  i32.const 12
  i32.ge_u
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 270
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $size
  i32.const 256
  i32.lt_u
  if
   i32.const 0
   local.set $fl
   local.get $size
   i32.const 4
   i32.shr_u
   local.set $sl
  else
   local.get $size
   local.tee $6
   i32.const 1073741820
   local.tee $7
   local.get $6
   local.get $7
   i32.lt_u
   select
   local.set $boundedSize
   i32.const 31
   local.get $boundedSize
   i32.clz
   i32.sub
   local.set $fl
   local.get $boundedSize
   local.get $fl
   i32.const 4
   i32.sub
   i32.shr_u
   i32.const 1
   i32.const 4
   i32.shl
   i32.xor
   local.set $sl
   local.get $fl
   i32.const 8
   i32.const 1
   i32.sub
   i32.sub
   local.set $fl
  end
  i32.const 1
  drop
  local.get $fl
  i32.const 23
  i32.lt_u
  if (result i32)
   local.get $sl
   i32.const 16
   i32.lt_u
  else
   i32.const 0
  end
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 284
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $block
  call $~lib/rt/tlsf/Block#get:prev
  local.set $prev
  local.get $block
  call $~lib/rt/tlsf/Block#get:next
  local.set $next
  local.get $prev
  if
   local.get $prev
   local.get $next
   call $~lib/rt/tlsf/Block#set:next
  end
  local.get $next
  if
   local.get $next
   local.get $prev
   call $~lib/rt/tlsf/Block#set:prev
  end
  local.get $block
  block $~lib/rt/tlsf/GETHEAD|inlined.0 (result i32)
   local.get $root
   local.set $root|11
   local.get $fl
   local.set $fl|12
   local.get $sl
   local.set $sl|13
   local.get $root|11
   local.get $fl|12
   i32.const 4
   i32.shl
   local.get $sl|13
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load offset=96
   br $~lib/rt/tlsf/GETHEAD|inlined.0
  end
  i32.eq
  if
   local.get $root
   local.set $root|14
   local.get $fl
   local.set $fl|15
   local.get $sl
   local.set $sl|16
   local.get $next
   local.set $head
   local.get $root|14
   local.get $fl|15
   i32.const 4
   i32.shl
   local.get $sl|16
   i32.add
   i32.const 2
   i32.shl
   i32.add
   local.get $head
   i32.store offset=96
   local.get $next
   i32.eqz
   if
    block $~lib/rt/tlsf/GETSL|inlined.0 (result i32)
     local.get $root
     local.set $root|18
     local.get $fl
     local.set $fl|19
     local.get $root|18
     local.get $fl|19
     i32.const 2
     i32.shl
     i32.add
     i32.load offset=4
     br $~lib/rt/tlsf/GETSL|inlined.0
    end
    local.set $slMap
    local.get $root
    local.set $root|21
    local.get $fl
    local.set $fl|22
    local.get $slMap
    i32.const 1
    local.get $sl
    i32.shl
    i32.const -1
    i32.xor
    i32.and
    local.tee $slMap
    local.set $slMap|23
    local.get $root|21
    local.get $fl|22
    i32.const 2
    i32.shl
    i32.add
    local.get $slMap|23
    i32.store offset=4
    local.get $slMap
    i32.eqz
    if
     local.get $root
     local.get $root
     call $~lib/rt/tlsf/Root#get:flMap
     i32.const 1
     local.get $fl
     i32.shl
     i32.const -1
     i32.xor
     i32.and
     call $~lib/rt/tlsf/Root#set:flMap
    end
   end
  end
 )
 (func $~lib/rt/tlsf/insertBlock (param $root i32) (param $block i32)
  (local $blockInfo i32)
  (local $block|3 i32)
  (local $right i32)
  (local $rightInfo i32)
  (local $block|6 i32)
  (local $block|7 i32)
  (local $left i32)
  (local $leftInfo i32)
  (local $size i32)
  (local $fl i32)
  (local $sl i32)
  (local $13 i32)
  (local $14 i32)
  (local $boundedSize i32)
  (local $root|16 i32)
  (local $fl|17 i32)
  (local $sl|18 i32)
  (local $head i32)
  (local $root|20 i32)
  (local $fl|21 i32)
  (local $sl|22 i32)
  (local $head|23 i32)
  (local $root|24 i32)
  (local $fl|25 i32)
  (local $root|26 i32)
  (local $fl|27 i32)
  (local $slMap i32)
  i32.const 1
  drop
  local.get $block
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 201
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $block
  call $~lib/rt/common/BLOCK#get:mmInfo
  local.set $blockInfo
  i32.const 1
  drop
  local.get $blockInfo
  i32.const 1
  i32.and
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 203
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  block $~lib/rt/tlsf/GETRIGHT|inlined.0 (result i32)
   local.get $block
   local.set $block|3
   local.get $block|3
   i32.const 4
   i32.add
   local.get $block|3
   call $~lib/rt/common/BLOCK#get:mmInfo
   i32.const 3
   i32.const -1
   i32.xor
   i32.and
   i32.add
   br $~lib/rt/tlsf/GETRIGHT|inlined.0
  end
  local.set $right
  local.get $right
  call $~lib/rt/common/BLOCK#get:mmInfo
  local.set $rightInfo
  local.get $rightInfo
  i32.const 1
  i32.and
  if
   local.get $root
   local.get $right
   call $~lib/rt/tlsf/removeBlock
   local.get $block
   local.get $blockInfo
   i32.const 4
   i32.add
   local.get $rightInfo
   i32.const 3
   i32.const -1
   i32.xor
   i32.and
   i32.add
   local.tee $blockInfo
   call $~lib/rt/common/BLOCK#set:mmInfo
   block $~lib/rt/tlsf/GETRIGHT|inlined.1 (result i32)
    local.get $block
    local.set $block|6
    local.get $block|6
    i32.const 4
    i32.add
    local.get $block|6
    call $~lib/rt/common/BLOCK#get:mmInfo
    i32.const 3
    i32.const -1
    i32.xor
    i32.and
    i32.add
    br $~lib/rt/tlsf/GETRIGHT|inlined.1
   end
   local.set $right
   local.get $right
   call $~lib/rt/common/BLOCK#get:mmInfo
   local.set $rightInfo
  end
  local.get $blockInfo
  i32.const 2
  i32.and
  if
   block $~lib/rt/tlsf/GETFREELEFT|inlined.0 (result i32)
    local.get $block
    local.set $block|7
    local.get $block|7
    i32.const 4
    i32.sub
    i32.load
    br $~lib/rt/tlsf/GETFREELEFT|inlined.0
   end
   local.set $left
   local.get $left
   call $~lib/rt/common/BLOCK#get:mmInfo
   local.set $leftInfo
   i32.const 1
   drop
   local.get $leftInfo
   i32.const 1
   i32.and
   i32.eqz
   if
    i32.const 0
    i32.const 512
    i32.const 221
    i32.const 16
    call $~lib/builtins/abort
    unreachable
   end
   local.get $root
   local.get $left
   call $~lib/rt/tlsf/removeBlock
   local.get $left
   local.set $block
   local.get $block
   local.get $leftInfo
   i32.const 4
   i32.add
   local.get $blockInfo
   i32.const 3
   i32.const -1
   i32.xor
   i32.and
   i32.add
   local.tee $blockInfo
   call $~lib/rt/common/BLOCK#set:mmInfo
  end
  local.get $right
  local.get $rightInfo
  i32.const 2
  i32.or
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $blockInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  local.set $size
  i32.const 1
  drop
  local.get $size
  i32.const 12
  i32.ge_u
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 233
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  i32.const 1
  drop
  local.get $block
  i32.const 4
  i32.add
  local.get $size
  i32.add
  local.get $right
  i32.eq
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 234
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $right
  i32.const 4
  i32.sub
  local.get $block
  i32.store
  local.get $size
  i32.const 256
  i32.lt_u
  if
   i32.const 0
   local.set $fl
   local.get $size
   i32.const 4
   i32.shr_u
   local.set $sl
  else
   local.get $size
   local.tee $13
   i32.const 1073741820
   local.tee $14
   local.get $13
   local.get $14
   i32.lt_u
   select
   local.set $boundedSize
   i32.const 31
   local.get $boundedSize
   i32.clz
   i32.sub
   local.set $fl
   local.get $boundedSize
   local.get $fl
   i32.const 4
   i32.sub
   i32.shr_u
   i32.const 1
   i32.const 4
   i32.shl
   i32.xor
   local.set $sl
   local.get $fl
   i32.const 8
   i32.const 1
   i32.sub
   i32.sub
   local.set $fl
  end
  i32.const 1
  drop
  local.get $fl
  i32.const 23
  i32.lt_u
  if (result i32)
   local.get $sl
   i32.const 16
   i32.lt_u
  else
   i32.const 0
  end
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 251
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  block $~lib/rt/tlsf/GETHEAD|inlined.1 (result i32)
   local.get $root
   local.set $root|16
   local.get $fl
   local.set $fl|17
   local.get $sl
   local.set $sl|18
   local.get $root|16
   local.get $fl|17
   i32.const 4
   i32.shl
   local.get $sl|18
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load offset=96
   br $~lib/rt/tlsf/GETHEAD|inlined.1
  end
  local.set $head
  local.get $block
  i32.const 0
  call $~lib/rt/tlsf/Block#set:prev
  local.get $block
  local.get $head
  call $~lib/rt/tlsf/Block#set:next
  local.get $head
  if
   local.get $head
   local.get $block
   call $~lib/rt/tlsf/Block#set:prev
  end
  local.get $root
  local.set $root|20
  local.get $fl
  local.set $fl|21
  local.get $sl
  local.set $sl|22
  local.get $block
  local.set $head|23
  local.get $root|20
  local.get $fl|21
  i32.const 4
  i32.shl
  local.get $sl|22
  i32.add
  i32.const 2
  i32.shl
  i32.add
  local.get $head|23
  i32.store offset=96
  local.get $root
  local.get $root
  call $~lib/rt/tlsf/Root#get:flMap
  i32.const 1
  local.get $fl
  i32.shl
  i32.or
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $root
  local.set $root|26
  local.get $fl
  local.set $fl|27
  block $~lib/rt/tlsf/GETSL|inlined.1 (result i32)
   local.get $root
   local.set $root|24
   local.get $fl
   local.set $fl|25
   local.get $root|24
   local.get $fl|25
   i32.const 2
   i32.shl
   i32.add
   i32.load offset=4
   br $~lib/rt/tlsf/GETSL|inlined.1
  end
  i32.const 1
  local.get $sl
  i32.shl
  i32.or
  local.set $slMap
  local.get $root|26
  local.get $fl|27
  i32.const 2
  i32.shl
  i32.add
  local.get $slMap
  i32.store offset=4
 )
 (func $~lib/rt/tlsf/addMemory (param $root i32) (param $start i32) (param $endU64 i64) (result i32)
  (local $end i32)
  (local $root|4 i32)
  (local $tail i32)
  (local $tailInfo i32)
  (local $size i32)
  (local $leftSize i32)
  (local $left i32)
  (local $root|10 i32)
  (local $tail|11 i32)
  local.get $endU64
  i32.wrap_i64
  local.set $end
  i32.const 1
  drop
  local.get $start
  i64.extend_i32_u
  local.get $endU64
  i64.le_u
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 382
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $start
  i32.const 4
  i32.add
  i32.const 15
  i32.add
  i32.const 15
  i32.const -1
  i32.xor
  i32.and
  i32.const 4
  i32.sub
  local.set $start
  local.get $end
  i32.const 15
  i32.const -1
  i32.xor
  i32.and
  local.set $end
  block $~lib/rt/tlsf/GETTAIL|inlined.0 (result i32)
   local.get $root
   local.set $root|4
   local.get $root|4
   i32.load offset=1568
   br $~lib/rt/tlsf/GETTAIL|inlined.0
  end
  local.set $tail
  i32.const 0
  local.set $tailInfo
  local.get $tail
  if
   i32.const 1
   drop
   local.get $start
   local.get $tail
   i32.const 4
   i32.add
   i32.ge_u
   i32.eqz
   if
    i32.const 0
    i32.const 512
    i32.const 389
    i32.const 16
    call $~lib/builtins/abort
    unreachable
   end
   local.get $start
   i32.const 16
   i32.sub
   local.get $tail
   i32.eq
   if
    local.get $start
    i32.const 16
    i32.sub
    local.set $start
    local.get $tail
    call $~lib/rt/common/BLOCK#get:mmInfo
    local.set $tailInfo
   else
   end
  else
   i32.const 1
   drop
   local.get $start
   local.get $root
   i32.const 1572
   i32.add
   i32.ge_u
   i32.eqz
   if
    i32.const 0
    i32.const 512
    i32.const 402
    i32.const 5
    call $~lib/builtins/abort
    unreachable
   end
  end
  local.get $end
  local.get $start
  i32.sub
  local.set $size
  local.get $size
  i32.const 4
  i32.const 12
  i32.add
  i32.const 4
  i32.add
  i32.lt_u
  if
   i32.const 0
   return
  end
  local.get $size
  i32.const 2
  i32.const 4
  i32.mul
  i32.sub
  local.set $leftSize
  local.get $start
  local.set $left
  local.get $left
  local.get $leftSize
  i32.const 1
  i32.or
  local.get $tailInfo
  i32.const 2
  i32.and
  i32.or
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $left
  i32.const 0
  call $~lib/rt/tlsf/Block#set:prev
  local.get $left
  i32.const 0
  call $~lib/rt/tlsf/Block#set:next
  local.get $start
  i32.const 4
  i32.add
  local.get $leftSize
  i32.add
  local.set $tail
  local.get $tail
  i32.const 0
  i32.const 2
  i32.or
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $root
  local.set $root|10
  local.get $tail
  local.set $tail|11
  local.get $root|10
  local.get $tail|11
  i32.store offset=1568
  local.get $root
  local.get $left
  call $~lib/rt/tlsf/insertBlock
  i32.const 1
  return
 )
 (func $~lib/rt/tlsf/initialize
  (local $rootOffset i32)
  (local $pagesBefore i32)
  (local $pagesNeeded i32)
  (local $root i32)
  (local $root|4 i32)
  (local $tail i32)
  (local $fl i32)
  (local $root|7 i32)
  (local $fl|8 i32)
  (local $slMap i32)
  (local $sl i32)
  (local $root|11 i32)
  (local $fl|12 i32)
  (local $sl|13 i32)
  (local $head i32)
  (local $memStart i32)
  i32.const 0
  drop
  global.get $~lib/memory/__heap_base
  i32.const 15
  i32.add
  i32.const 15
  i32.const -1
  i32.xor
  i32.and
  local.set $rootOffset
  memory.size
  local.set $pagesBefore
  local.get $rootOffset
  i32.const 1572
  i32.add
  i32.const 65535
  i32.add
  i32.const 65535
  i32.const -1
  i32.xor
  i32.and
  i32.const 16
  i32.shr_u
  local.set $pagesNeeded
  local.get $pagesNeeded
  local.get $pagesBefore
  i32.gt_s
  if (result i32)
   local.get $pagesNeeded
   local.get $pagesBefore
   i32.sub
   memory.grow
   i32.const 0
   i32.lt_s
  else
   i32.const 0
  end
  if
   unreachable
  end
  local.get $rootOffset
  local.set $root
  local.get $root
  i32.const 0
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $root
  local.set $root|4
  i32.const 0
  local.set $tail
  local.get $root|4
  local.get $tail
  i32.store offset=1568
  i32.const 0
  local.set $fl
  loop $for-loop|0
   local.get $fl
   i32.const 23
   i32.lt_u
   if
    local.get $root
    local.set $root|7
    local.get $fl
    local.set $fl|8
    i32.const 0
    local.set $slMap
    local.get $root|7
    local.get $fl|8
    i32.const 2
    i32.shl
    i32.add
    local.get $slMap
    i32.store offset=4
    i32.const 0
    local.set $sl
    loop $for-loop|1
     local.get $sl
     i32.const 16
     i32.lt_u
     if
      local.get $root
      local.set $root|11
      local.get $fl
      local.set $fl|12
      local.get $sl
      local.set $sl|13
      i32.const 0
      local.set $head
      local.get $root|11
      local.get $fl|12
      i32.const 4
      i32.shl
      local.get $sl|13
      i32.add
      i32.const 2
      i32.shl
      i32.add
      local.get $head
      i32.store offset=96
      local.get $sl
      i32.const 1
      i32.add
      local.set $sl
      br $for-loop|1
     end
    end
    local.get $fl
    i32.const 1
    i32.add
    local.set $fl
    br $for-loop|0
   end
  end
  local.get $rootOffset
  i32.const 1572
  i32.add
  local.set $memStart
  i32.const 0
  drop
  local.get $root
  local.get $memStart
  memory.size
  i64.extend_i32_s
  i64.const 16
  i64.shl
  call $~lib/rt/tlsf/addMemory
  drop
  local.get $root
  global.set $~lib/rt/tlsf/ROOT
 )
 (func $~lib/rt/tlsf/checkUsedBlock (param $ptr i32) (result i32)
  (local $block i32)
  local.get $ptr
  i32.const 4
  i32.sub
  local.set $block
  local.get $ptr
  i32.const 0
  i32.ne
  if (result i32)
   local.get $ptr
   i32.const 15
   i32.and
   i32.eqz
  else
   i32.const 0
  end
  if (result i32)
   local.get $block
   call $~lib/rt/common/BLOCK#get:mmInfo
   i32.const 1
   i32.and
   i32.eqz
  else
   i32.const 0
  end
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 562
   i32.const 3
   call $~lib/builtins/abort
   unreachable
  end
  local.get $block
  return
 )
 (func $~lib/rt/tlsf/freeBlock (param $root i32) (param $block i32)
  i32.const 0
  drop
  local.get $block
  local.get $block
  call $~lib/rt/common/BLOCK#get:mmInfo
  i32.const 1
  i32.or
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $root
  local.get $block
  call $~lib/rt/tlsf/insertBlock
 )
 (func $~lib/rt/tlsf/__free (param $ptr i32)
  local.get $ptr
  global.get $~lib/memory/__heap_base
  i32.lt_u
  if
   return
  end
  global.get $~lib/rt/tlsf/ROOT
  i32.eqz
  if
   call $~lib/rt/tlsf/initialize
  end
  global.get $~lib/rt/tlsf/ROOT
  local.get $ptr
  call $~lib/rt/tlsf/checkUsedBlock
  call $~lib/rt/tlsf/freeBlock
 )
 (func $~lib/rt/itcms/free (param $obj i32)
  local.get $obj
  global.get $~lib/memory/__heap_base
  i32.lt_u
  if
   local.get $obj
   i32.const 0
   call $~lib/rt/itcms/Object#set:nextWithColor
   local.get $obj
   i32.const 0
   call $~lib/rt/itcms/Object#set:prev
  else
   global.get $~lib/rt/itcms/total
   local.get $obj
   call $~lib/rt/itcms/Object#get:size
   i32.sub
   global.set $~lib/rt/itcms/total
   i32.const 0
   drop
   local.get $obj
   i32.const 4
   i32.add
   call $~lib/rt/tlsf/__free
  end
 )
 (func $~lib/rt/itcms/step (result i32)
  (local $obj i32)
  (local $1 i32)
  (local $black i32)
  (local $from i32)
  block $break|0
   block $case2|0
    block $case1|0
     block $case0|0
      global.get $~lib/rt/itcms/state
      local.set $1
      local.get $1
      i32.const 0
      i32.eq
      br_if $case0|0
      local.get $1
      i32.const 1
      i32.eq
      br_if $case1|0
      local.get $1
      i32.const 2
      i32.eq
      br_if $case2|0
      br $break|0
     end
     i32.const 1
     global.set $~lib/rt/itcms/state
     i32.const 0
     global.set $~lib/rt/itcms/visitCount
     i32.const 0
     call $~lib/rt/itcms/visitRoots
     global.get $~lib/rt/itcms/toSpace
     global.set $~lib/rt/itcms/iter
     global.get $~lib/rt/itcms/visitCount
     i32.const 1
     i32.mul
     return
    end
    global.get $~lib/rt/itcms/white
    i32.eqz
    local.set $black
    global.get $~lib/rt/itcms/iter
    call $~lib/rt/itcms/Object#get:next
    local.set $obj
    loop $while-continue|1
     local.get $obj
     global.get $~lib/rt/itcms/toSpace
     i32.ne
     if
      local.get $obj
      global.set $~lib/rt/itcms/iter
      local.get $obj
      call $~lib/rt/itcms/Object#get:color
      local.get $black
      i32.ne
      if
       local.get $obj
       local.get $black
       call $~lib/rt/itcms/Object#set:color
       i32.const 0
       global.set $~lib/rt/itcms/visitCount
       local.get $obj
       i32.const 20
       i32.add
       i32.const 0
       call $~lib/rt/__visit_members
       global.get $~lib/rt/itcms/visitCount
       i32.const 1
       i32.mul
       return
      end
      local.get $obj
      call $~lib/rt/itcms/Object#get:next
      local.set $obj
      br $while-continue|1
     end
    end
    i32.const 0
    global.set $~lib/rt/itcms/visitCount
    i32.const 0
    call $~lib/rt/itcms/visitRoots
    global.get $~lib/rt/itcms/iter
    call $~lib/rt/itcms/Object#get:next
    local.set $obj
    local.get $obj
    global.get $~lib/rt/itcms/toSpace
    i32.eq
    if
     i32.const 0
     call $~lib/rt/itcms/visitStack
     global.get $~lib/rt/itcms/iter
     call $~lib/rt/itcms/Object#get:next
     local.set $obj
     loop $while-continue|2
      local.get $obj
      global.get $~lib/rt/itcms/toSpace
      i32.ne
      if
       local.get $obj
       call $~lib/rt/itcms/Object#get:color
       local.get $black
       i32.ne
       if
        local.get $obj
        local.get $black
        call $~lib/rt/itcms/Object#set:color
        local.get $obj
        i32.const 20
        i32.add
        i32.const 0
        call $~lib/rt/__visit_members
       end
       local.get $obj
       call $~lib/rt/itcms/Object#get:next
       local.set $obj
       br $while-continue|2
      end
     end
     global.get $~lib/rt/itcms/fromSpace
     local.set $from
     global.get $~lib/rt/itcms/toSpace
     global.set $~lib/rt/itcms/fromSpace
     local.get $from
     global.set $~lib/rt/itcms/toSpace
     local.get $black
     global.set $~lib/rt/itcms/white
     local.get $from
     call $~lib/rt/itcms/Object#get:next
     global.set $~lib/rt/itcms/iter
     i32.const 2
     global.set $~lib/rt/itcms/state
    end
    global.get $~lib/rt/itcms/visitCount
    i32.const 1
    i32.mul
    return
   end
   global.get $~lib/rt/itcms/iter
   local.set $obj
   local.get $obj
   global.get $~lib/rt/itcms/toSpace
   i32.ne
   if
    local.get $obj
    call $~lib/rt/itcms/Object#get:next
    global.set $~lib/rt/itcms/iter
    i32.const 1
    drop
    local.get $obj
    call $~lib/rt/itcms/Object#get:color
    global.get $~lib/rt/itcms/white
    i32.eqz
    i32.eq
    i32.eqz
    if
     i32.const 0
     i32.const 240
     i32.const 229
     i32.const 20
     call $~lib/builtins/abort
     unreachable
    end
    local.get $obj
    call $~lib/rt/itcms/free
    i32.const 10
    return
   end
   global.get $~lib/rt/itcms/toSpace
   global.get $~lib/rt/itcms/toSpace
   call $~lib/rt/itcms/Object#set:nextWithColor
   global.get $~lib/rt/itcms/toSpace
   global.get $~lib/rt/itcms/toSpace
   call $~lib/rt/itcms/Object#set:prev
   i32.const 0
   global.set $~lib/rt/itcms/state
   br $break|0
  end
  i32.const 0
  return
 )
 (func $~lib/rt/itcms/interrupt
  (local $budget i32)
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 1024
  i32.const 200
  i32.mul
  i32.const 100
  i32.div_u
  local.set $budget
  loop $do-loop|0
   local.get $budget
   call $~lib/rt/itcms/step
   i32.sub
   local.set $budget
   global.get $~lib/rt/itcms/state
   i32.const 0
   i32.eq
   if
    i32.const 0
    drop
    global.get $~lib/rt/itcms/total
    i64.extend_i32_u
    i32.const 200
    i64.extend_i32_u
    i64.mul
    i64.const 100
    i64.div_u
    i32.wrap_i64
    i32.const 1024
    i32.add
    global.set $~lib/rt/itcms/threshold
    i32.const 0
    drop
    return
   end
   local.get $budget
   i32.const 0
   i32.gt_s
   br_if $do-loop|0
  end
  i32.const 0
  drop
  global.get $~lib/rt/itcms/total
  i32.const 1024
  global.get $~lib/rt/itcms/total
  global.get $~lib/rt/itcms/threshold
  i32.sub
  i32.const 1024
  i32.lt_u
  i32.mul
  i32.add
  global.set $~lib/rt/itcms/threshold
  i32.const 0
  drop
 )
 (func $~lib/rt/tlsf/computeSize (param $size i32) (result i32)
  local.get $size
  i32.const 12
  i32.le_u
  if (result i32)
   i32.const 12
  else
   local.get $size
   i32.const 4
   i32.add
   i32.const 15
   i32.add
   i32.const 15
   i32.const -1
   i32.xor
   i32.and
   i32.const 4
   i32.sub
  end
  return
 )
 (func $~lib/rt/tlsf/prepareSize (param $size i32) (result i32)
  local.get $size
  i32.const 1073741820
  i32.gt_u
  if
   i32.const 176
   i32.const 512
   i32.const 461
   i32.const 29
   call $~lib/builtins/abort
   unreachable
  end
  local.get $size
  call $~lib/rt/tlsf/computeSize
  return
 )
 (func $~lib/rt/tlsf/roundSize (param $size i32) (result i32)
  local.get $size
  i32.const 536870910
  i32.lt_u
  if (result i32)
   local.get $size
   i32.const 1
   i32.const 27
   local.get $size
   i32.clz
   i32.sub
   i32.shl
   i32.add
   i32.const 1
   i32.sub
  else
   local.get $size
  end
  return
 )
 (func $~lib/rt/tlsf/searchBlock (param $root i32) (param $size i32) (result i32)
  (local $fl i32)
  (local $sl i32)
  (local $requestSize i32)
  (local $root|5 i32)
  (local $fl|6 i32)
  (local $slMap i32)
  (local $head i32)
  (local $flMap i32)
  (local $root|10 i32)
  (local $fl|11 i32)
  (local $root|12 i32)
  (local $fl|13 i32)
  (local $sl|14 i32)
  (local $root|15 i32)
  (local $fl|16 i32)
  (local $sl|17 i32)
  local.get $size
  i32.const 256
  i32.lt_u
  if
   i32.const 0
   local.set $fl
   local.get $size
   i32.const 4
   i32.shr_u
   local.set $sl
  else
   local.get $size
   call $~lib/rt/tlsf/roundSize
   local.set $requestSize
   i32.const 4
   i32.const 8
   i32.mul
   i32.const 1
   i32.sub
   local.get $requestSize
   i32.clz
   i32.sub
   local.set $fl
   local.get $requestSize
   local.get $fl
   i32.const 4
   i32.sub
   i32.shr_u
   i32.const 1
   i32.const 4
   i32.shl
   i32.xor
   local.set $sl
   local.get $fl
   i32.const 8
   i32.const 1
   i32.sub
   i32.sub
   local.set $fl
  end
  i32.const 1
  drop
  local.get $fl
  i32.const 23
  i32.lt_u
  if (result i32)
   local.get $sl
   i32.const 16
   i32.lt_u
  else
   i32.const 0
  end
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 334
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  block $~lib/rt/tlsf/GETSL|inlined.2 (result i32)
   local.get $root
   local.set $root|5
   local.get $fl
   local.set $fl|6
   local.get $root|5
   local.get $fl|6
   i32.const 2
   i32.shl
   i32.add
   i32.load offset=4
   br $~lib/rt/tlsf/GETSL|inlined.2
  end
  i32.const 0
  i32.const -1
  i32.xor
  local.get $sl
  i32.shl
  i32.and
  local.set $slMap
  i32.const 0
  local.set $head
  local.get $slMap
  i32.eqz
  if
   local.get $root
   call $~lib/rt/tlsf/Root#get:flMap
   i32.const 0
   i32.const -1
   i32.xor
   local.get $fl
   i32.const 1
   i32.add
   i32.shl
   i32.and
   local.set $flMap
   local.get $flMap
   i32.eqz
   if
    i32.const 0
    local.set $head
   else
    local.get $flMap
    i32.ctz
    local.set $fl
    block $~lib/rt/tlsf/GETSL|inlined.3 (result i32)
     local.get $root
     local.set $root|10
     local.get $fl
     local.set $fl|11
     local.get $root|10
     local.get $fl|11
     i32.const 2
     i32.shl
     i32.add
     i32.load offset=4
     br $~lib/rt/tlsf/GETSL|inlined.3
    end
    local.set $slMap
    i32.const 1
    drop
    local.get $slMap
    i32.eqz
    if
     i32.const 0
     i32.const 512
     i32.const 347
     i32.const 18
     call $~lib/builtins/abort
     unreachable
    end
    block $~lib/rt/tlsf/GETHEAD|inlined.2 (result i32)
     local.get $root
     local.set $root|12
     local.get $fl
     local.set $fl|13
     local.get $slMap
     i32.ctz
     local.set $sl|14
     local.get $root|12
     local.get $fl|13
     i32.const 4
     i32.shl
     local.get $sl|14
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load offset=96
     br $~lib/rt/tlsf/GETHEAD|inlined.2
    end
    local.set $head
   end
  else
   block $~lib/rt/tlsf/GETHEAD|inlined.3 (result i32)
    local.get $root
    local.set $root|15
    local.get $fl
    local.set $fl|16
    local.get $slMap
    i32.ctz
    local.set $sl|17
    local.get $root|15
    local.get $fl|16
    i32.const 4
    i32.shl
    local.get $sl|17
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load offset=96
    br $~lib/rt/tlsf/GETHEAD|inlined.3
   end
   local.set $head
  end
  local.get $head
  return
 )
 (func $~lib/rt/tlsf/growMemory (param $root i32) (param $size i32)
  (local $pagesBefore i32)
  (local $root|3 i32)
  (local $pagesNeeded i32)
  (local $5 i32)
  (local $6 i32)
  (local $pagesWanted i32)
  (local $pagesAfter i32)
  i32.const 0
  drop
  local.get $size
  i32.const 256
  i32.ge_u
  if
   local.get $size
   call $~lib/rt/tlsf/roundSize
   local.set $size
  end
  memory.size
  local.set $pagesBefore
  local.get $size
  i32.const 4
  local.get $pagesBefore
  i32.const 16
  i32.shl
  i32.const 4
  i32.sub
  block $~lib/rt/tlsf/GETTAIL|inlined.1 (result i32)
   local.get $root
   local.set $root|3
   local.get $root|3
   i32.load offset=1568
   br $~lib/rt/tlsf/GETTAIL|inlined.1
  end
  i32.ne
  i32.shl
  i32.add
  local.set $size
  local.get $size
  i32.const 65535
  i32.add
  i32.const 65535
  i32.const -1
  i32.xor
  i32.and
  i32.const 16
  i32.shr_u
  local.set $pagesNeeded
  local.get $pagesBefore
  local.tee $5
  local.get $pagesNeeded
  local.tee $6
  local.get $5
  local.get $6
  i32.gt_s
  select
  local.set $pagesWanted
  local.get $pagesWanted
  memory.grow
  i32.const 0
  i32.lt_s
  if
   local.get $pagesNeeded
   memory.grow
   i32.const 0
   i32.lt_s
   if
    unreachable
   end
  end
  memory.size
  local.set $pagesAfter
  local.get $root
  local.get $pagesBefore
  i32.const 16
  i32.shl
  local.get $pagesAfter
  i64.extend_i32_s
  i64.const 16
  i64.shl
  call $~lib/rt/tlsf/addMemory
  drop
 )
 (func $~lib/rt/tlsf/prepareBlock (param $root i32) (param $block i32) (param $size i32)
  (local $blockInfo i32)
  (local $remaining i32)
  (local $spare i32)
  (local $block|6 i32)
  (local $block|7 i32)
  local.get $block
  call $~lib/rt/common/BLOCK#get:mmInfo
  local.set $blockInfo
  i32.const 1
  drop
  local.get $size
  i32.const 4
  i32.add
  i32.const 15
  i32.and
  i32.eqz
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 361
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $blockInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  local.get $size
  i32.sub
  local.set $remaining
  local.get $remaining
  i32.const 4
  i32.const 12
  i32.add
  i32.ge_u
  if
   local.get $block
   local.get $size
   local.get $blockInfo
   i32.const 2
   i32.and
   i32.or
   call $~lib/rt/common/BLOCK#set:mmInfo
   local.get $block
   i32.const 4
   i32.add
   local.get $size
   i32.add
   local.set $spare
   local.get $spare
   local.get $remaining
   i32.const 4
   i32.sub
   i32.const 1
   i32.or
   call $~lib/rt/common/BLOCK#set:mmInfo
   local.get $root
   local.get $spare
   call $~lib/rt/tlsf/insertBlock
  else
   local.get $block
   local.get $blockInfo
   i32.const 1
   i32.const -1
   i32.xor
   i32.and
   call $~lib/rt/common/BLOCK#set:mmInfo
   block $~lib/rt/tlsf/GETRIGHT|inlined.3 (result i32)
    local.get $block
    local.set $block|7
    local.get $block|7
    i32.const 4
    i32.add
    local.get $block|7
    call $~lib/rt/common/BLOCK#get:mmInfo
    i32.const 3
    i32.const -1
    i32.xor
    i32.and
    i32.add
    br $~lib/rt/tlsf/GETRIGHT|inlined.3
   end
   block $~lib/rt/tlsf/GETRIGHT|inlined.2 (result i32)
    local.get $block
    local.set $block|6
    local.get $block|6
    i32.const 4
    i32.add
    local.get $block|6
    call $~lib/rt/common/BLOCK#get:mmInfo
    i32.const 3
    i32.const -1
    i32.xor
    i32.and
    i32.add
    br $~lib/rt/tlsf/GETRIGHT|inlined.2
   end
   call $~lib/rt/common/BLOCK#get:mmInfo
   i32.const 2
   i32.const -1
   i32.xor
   i32.and
   call $~lib/rt/common/BLOCK#set:mmInfo
  end
 )
 (func $~lib/rt/tlsf/allocateBlock (param $root i32) (param $size i32) (result i32)
  (local $payloadSize i32)
  (local $block i32)
  local.get $size
  call $~lib/rt/tlsf/prepareSize
  local.set $payloadSize
  local.get $root
  local.get $payloadSize
  call $~lib/rt/tlsf/searchBlock
  local.set $block
  local.get $block
  i32.eqz
  if
   local.get $root
   local.get $payloadSize
   call $~lib/rt/tlsf/growMemory
   local.get $root
   local.get $payloadSize
   call $~lib/rt/tlsf/searchBlock
   local.set $block
   i32.const 1
   drop
   local.get $block
   i32.eqz
   if
    i32.const 0
    i32.const 512
    i32.const 499
    i32.const 16
    call $~lib/builtins/abort
    unreachable
   end
  end
  i32.const 1
  drop
  local.get $block
  call $~lib/rt/common/BLOCK#get:mmInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  local.get $payloadSize
  i32.ge_u
  i32.eqz
  if
   i32.const 0
   i32.const 512
   i32.const 501
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $root
  local.get $block
  call $~lib/rt/tlsf/removeBlock
  local.get $root
  local.get $block
  local.get $payloadSize
  call $~lib/rt/tlsf/prepareBlock
  i32.const 0
  drop
  local.get $block
  return
 )
 (func $~lib/rt/tlsf/__alloc (param $size i32) (result i32)
  global.get $~lib/rt/tlsf/ROOT
  i32.eqz
  if
   call $~lib/rt/tlsf/initialize
  end
  global.get $~lib/rt/tlsf/ROOT
  local.get $size
  call $~lib/rt/tlsf/allocateBlock
  i32.const 4
  i32.add
  return
 )
 (func $~lib/rt/itcms/Object#set:rtId (param $this i32) (param $rtId i32)
  local.get $this
  local.get $rtId
  i32.store offset=12
 )
 (func $~lib/rt/itcms/Object#set:rtSize (param $this i32) (param $rtSize i32)
  local.get $this
  local.get $rtSize
  i32.store offset=16
 )
 (func $~lib/rt/itcms/__new (param $size i32) (param $id i32) (result i32)
  (local $obj i32)
  (local $ptr i32)
  local.get $size
  i32.const 1073741804
  i32.ge_u
  if
   i32.const 176
   i32.const 240
   i32.const 261
   i32.const 31
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/rt/itcms/total
  global.get $~lib/rt/itcms/threshold
  i32.ge_u
  if
   call $~lib/rt/itcms/interrupt
  end
  i32.const 16
  local.get $size
  i32.add
  call $~lib/rt/tlsf/__alloc
  i32.const 4
  i32.sub
  local.set $obj
  local.get $obj
  local.get $id
  call $~lib/rt/itcms/Object#set:rtId
  local.get $obj
  local.get $size
  call $~lib/rt/itcms/Object#set:rtSize
  local.get $obj
  global.get $~lib/rt/itcms/fromSpace
  global.get $~lib/rt/itcms/white
  call $~lib/rt/itcms/Object#linkTo
  global.get $~lib/rt/itcms/total
  local.get $obj
  call $~lib/rt/itcms/Object#get:size
  i32.add
  global.set $~lib/rt/itcms/total
  local.get $obj
  i32.const 20
  i32.add
  local.set $ptr
  local.get $ptr
  i32.const 0
  local.get $size
  memory.fill
  local.get $ptr
  return
 )
 (func $start:kernel/trace
  memory.size
  i32.const 16
  i32.shl
  global.get $~lib/memory/__heap_base
  i32.sub
  i32.const 1
  i32.shr_u
  global.set $~lib/rt/itcms/threshold
  i32.const 288
  call $~lib/rt/itcms/initLazy
  global.set $~lib/rt/itcms/pinSpace
  i32.const 320
  call $~lib/rt/itcms/initLazy
  global.set $~lib/rt/itcms/toSpace
  i32.const 464
  call $~lib/rt/itcms/initLazy
  global.set $~lib/rt/itcms/fromSpace
  i32.const 0
  i32.const 128
  call $~lib/staticarray/StaticArray<u32>#constructor
  global.set $kernel/trace/stamps
  i32.const 0
  i32.const 128
  call $~lib/staticarray/StaticArray<u32>#constructor
  global.set $kernel/trace/words
 )
 (func $start:kernel/irq
  call $start:kernel/trace
  i32.const 0
  global.get $kernel/irq/MAX_VECTORS
  call $~lib/staticarray/StaticArray<kernel/irq/IrqDesc|null>#constructor
  global.set $kernel/irq/descs
  i32.const 0
  global.get $kernel/irq/MAX_VECTORS
  i32.const 32
  i32.div_u
  call $~lib/staticarray/StaticArray<u32>#constructor
  global.set $kernel/irq/spuriousSeen
 )
 (func $start:kernel/time
  call $start:kernel/irq
 )
 (func $start:kernel/timeout
  call $start:kernel/time
 )
 (func $start:kernel/sched
  call $start:kernel/timeout
  i32.const 0
  i32.const 32
  call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#constructor
  global.set $kernel/sched/readyHead
  i32.const 0
  i32.const 32
  call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#constructor
  global.set $kernel/sched/threadTable
 )
 (func $kernel/tcb/Thread#set:id (param $this i32) (param $id i32)
  local.get $this
  local.get $id
  i32.store
 )
 (func $~lib/rt/itcms/__link (param $parentPtr i32) (param $childPtr i32) (param $expectMultiple i32)
  (local $child i32)
  (local $parent i32)
  (local $parentColor i32)
  local.get $childPtr
  i32.eqz
  if
   return
  end
  i32.const 1
  drop
  local.get $parentPtr
  i32.eqz
  if
   i32.const 0
   i32.const 240
   i32.const 295
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $childPtr
  i32.const 20
  i32.sub
  local.set $child
  local.get $child
  call $~lib/rt/itcms/Object#get:color
  global.get $~lib/rt/itcms/white
  i32.eq
  if
   local.get $parentPtr
   i32.const 20
   i32.sub
   local.set $parent
   local.get $parent
   call $~lib/rt/itcms/Object#get:color
   local.set $parentColor
   local.get $parentColor
   global.get $~lib/rt/itcms/white
   i32.eqz
   i32.eq
   if
    local.get $expectMultiple
    if
     local.get $parent
     call $~lib/rt/itcms/Object#makeGray
    else
     local.get $child
     call $~lib/rt/itcms/Object#makeGray
    end
   else
    local.get $parentColor
    i32.const 3
    i32.eq
    if (result i32)
     global.get $~lib/rt/itcms/state
     i32.const 1
     i32.eq
    else
     i32.const 0
    end
    if
     local.get $child
     call $~lib/rt/itcms/Object#makeGray
    end
   end
  end
 )
 (func $kernel/tcb/Thread#set:name (param $this i32) (param $name i32)
  local.get $this
  local.get $name
  i32.store offset=4
  local.get $this
  local.get $name
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $kernel/tcb/noEntry (param $arg i32)
 )
 (func $kernel/tcb/Thread#set:entry (param $this i32) (param $entry i32)
  local.get $this
  local.get $entry
  i32.store offset=8
  local.get $this
  local.get $entry
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $kernel/tcb/Thread#set:arg (param $this i32) (param $arg i32)
  local.get $this
  local.get $arg
  i32.store offset=12
 )
 (func $kernel/tcb/Thread#set:stackStart (param $this i32) (param $stackStart i32)
  local.get $this
  local.get $stackStart
  i32.store offset=16
 )
 (func $kernel/tcb/Thread#set:stackBytes (param $this i32) (param $stackBytes i32)
  local.get $this
  local.get $stackBytes
  i32.store offset=20
 )
 (func $kernel/tcb/Thread#set:state (param $this i32) (param $state i32)
  local.get $this
  local.get $state
  i32.store offset=24
 )
 (func $kernel/tcb/Thread#set:suspended (param $this i32) (param $suspended i32)
  local.get $this
  local.get $suspended
  i32.store8 offset=28
 )
 (func $kernel/tcb/Thread#set:basePriority (param $this i32) (param $basePriority i32)
  local.get $this
  local.get $basePriority
  i32.store offset=32
 )
 (func $kernel/tcb/Thread#set:priority (param $this i32) (param $priority i32)
  local.get $this
  local.get $priority
  i32.store offset=36
 )
 (func $kernel/tcb/Thread#set:sliceLeft (param $this i32) (param $sliceLeft i32)
  local.get $this
  local.get $sliceLeft
  i32.store offset=40
 )
 (func $kernel/tcb/Thread#set:next (param $this i32) (param $next i32)
  local.get $this
  local.get $next
  i32.store offset=44
  local.get $this
  local.get $next
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $kernel/tcb/Thread#set:prev (param $this i32) (param $prev i32)
  local.get $this
  local.get $prev
  i32.store offset=48
  local.get $this
  local.get $prev
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $kernel/tcb/Thread#set:queue (param $this i32) (param $queue i32)
  local.get $this
  local.get $queue
  i32.store offset=52
  local.get $this
  local.get $queue
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $kernel/tcb/Thread#set:deadline (param $this i32) (param $deadline i32)
  local.get $this
  local.get $deadline
  i32.store offset=56
 )
 (func $kernel/tcb/Thread#set:timed (param $this i32) (param $timed i32)
  local.get $this
  local.get $timed
  i32.store8 offset=60
 )
 (func $kernel/tcb/Thread#set:tnext (param $this i32) (param $tnext i32)
  local.get $this
  local.get $tnext
  i32.store offset=64
  local.get $this
  local.get $tnext
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $kernel/tcb/Thread#set:tprev (param $this i32) (param $tprev i32)
  local.get $this
  local.get $tprev
  i32.store offset=68
  local.get $this
  local.get $tprev
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $kernel/tcb/Thread#set:waitResult (param $this i32) (param $waitResult i32)
  local.get $this
  local.get $waitResult
  i32.store offset=72
 )
 (func $kernel/tcb/Thread#set:waitValue (param $this i32) (param $waitValue i32)
  local.get $this
  local.get $waitValue
  i32.store offset=76
 )
 (func $kernel/tcb/Thread#set:waitPtr (param $this i32) (param $waitPtr i32)
  local.get $this
  local.get $waitPtr
  i32.store offset=80
 )
 (func $kernel/tcb/Thread#set:waitFlags (param $this i32) (param $waitFlags i32)
  local.get $this
  local.get $waitFlags
  i32.store offset=84
 )
 (func $kernel/tcb/Thread#set:heldMutexes (param $this i32) (param $heldMutexes i32)
  local.get $this
  local.get $heldMutexes
  i32.store offset=88
  local.get $this
  local.get $heldMutexes
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $kernel/tcb/Thread#set:waitingMutex (param $this i32) (param $waitingMutex i32)
  local.get $this
  local.get $waitingMutex
  i32.store offset=92
  local.get $this
  local.get $waitingMutex
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $kernel/tcb/Thread#set:notifyValue (param $this i32) (param $notifyValue i32)
  local.get $this
  local.get $notifyValue
  i32.store offset=96
 )
 (func $kernel/tcb/Thread#set:notifyPending (param $this i32) (param $notifyPending i32)
  local.get $this
  local.get $notifyPending
  i32.store8 offset=100
 )
 (func $kernel/tcb/Thread#set:bottomHalfOf (param $this i32) (param $bottomHalfOf i32)
  local.get $this
  local.get $bottomHalfOf
  i32.store offset=104
 )
 (func $kernel/tcb/Thread#get:priority (param $this i32) (result i32)
  local.get $this
  i32.load offset=36
 )
 (func $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget (param $this i32) (param $index i32) (result i32)
  local.get $this
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  i32.load
  return
 )
 (func $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uset (param $this i32) (param $index i32) (param $value i32)
  local.get $this
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  local.get $value
  i32.store
  i32.const 1
  drop
  local.get $this
  local.get $value
  i32.const 1
  call $~lib/rt/itcms/__link
 )
 (func $kernel/tcb/Thread#get:prev (param $this i32) (result i32)
  local.get $this
  i32.load offset=48
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#set:actual (param $this i32) (param $actual i32)
  local.get $this
  local.get $actual
  i32.store offset=4
  local.get $this
  local.get $actual
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#set:_not (param $this i32) (param $_not i32)
  local.get $this
  local.get $_not
  i32.store
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#get:actual (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#get:_not (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/util/hash/HASH<usize> (param $key i32) (result i32)
  (local $key|1 i32)
  (local $len i32)
  (local $h i32)
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 4
  i32.const 4
  i32.le_u
  drop
  block $~lib/util/hash/hash32|inlined.0 (result i32)
   local.get $key
   local.set $key|1
   i32.const 4
   local.set $len
   i32.const 0
   i32.const 374761393
   i32.add
   local.get $len
   i32.add
   local.set $h
   local.get $h
   local.get $key|1
   i32.const -1028477379
   i32.mul
   i32.add
   local.set $h
   local.get $h
   i32.const 17
   i32.rotl
   i32.const 668265263
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 15
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   i32.const -2048144777
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 13
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   i32.const -1028477379
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 16
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   br $~lib/util/hash/hash32|inlined.0
  end
  return
 )
 (func $"~lib/map/Map<usize,i32>#get:buckets" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/Map<usize,i32>#get:bucketsMask" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $"~lib/map/MapEntry<usize,i32>#get:taggedNext" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/MapEntry<usize,i32>#get:key" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/MapEntry<usize,i32>#get:value" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/rt/common/OBJECT#get:rtSize (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $"~lib/map/MapEntry<usize,i32>#set:value" (param $this i32) (param $value i32)
  local.get $this
  local.get $value
  i32.store offset=4
 )
 (func $"~lib/map/Map<usize,i32>#get:entriesOffset" (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $"~lib/map/Map<usize,i32>#get:entriesCapacity" (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $"~lib/map/Map<usize,i32>#get:entriesCount" (param $this i32) (result i32)
  local.get $this
  i32.load offset=20
 )
 (func $"~lib/map/Map<usize,i32>#get:entries" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/MapEntry<usize,i32>#set:key" (param $this i32) (param $key i32)
  local.get $this
  local.get $key
  i32.store
 )
 (func $"~lib/map/MapEntry<usize,i32>#set:taggedNext" (param $this i32) (param $taggedNext i32)
  local.get $this
  local.get $taggedNext
  i32.store offset=8
 )
 (func $"~lib/map/Map<usize,i32>#set:buckets" (param $this i32) (param $buckets i32)
  local.get $this
  local.get $buckets
  i32.store
  local.get $this
  local.get $buckets
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<usize,i32>#set:bucketsMask" (param $this i32) (param $bucketsMask i32)
  local.get $this
  local.get $bucketsMask
  i32.store offset=4
 )
 (func $"~lib/map/Map<usize,i32>#set:entries" (param $this i32) (param $entries i32)
  local.get $this
  local.get $entries
  i32.store offset=8
  local.get $this
  local.get $entries
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<usize,i32>#set:entriesCapacity" (param $this i32) (param $entriesCapacity i32)
  local.get $this
  local.get $entriesCapacity
  i32.store offset=12
 )
 (func $"~lib/map/Map<usize,i32>#set:entriesOffset" (param $this i32) (param $entriesOffset i32)
  local.get $this
  local.get $entriesOffset
  i32.store offset=16
 )
 (func $"~lib/map/Map<usize,i32>#set:entriesCount" (param $this i32) (param $entriesCount i32)
  local.get $this
  local.get $entriesCount
  i32.store offset=20
 )
 (func $~lib/rt/__newBuffer (param $size i32) (param $id i32) (param $data i32) (result i32)
  (local $buffer i32)
  local.get $size
  local.get $id
  call $~lib/rt/itcms/__new
  local.set $buffer
  local.get $data
  if
   local.get $buffer
   local.get $data
   local.get $size
   memory.copy
  end
  local.get $buffer
  return
 )
 (func $~lib/staticarray/StaticArray<i64>#get:length (param $this i32) (result i32)
  local.get $this
  i32.const 20
  i32.sub
  call $~lib/rt/common/OBJECT#get:rtSize
  i32.const 3
  i32.shr_u
  return
 )
 (func $~lib/object/Object#__aspectAddReflectedValueKeyValuePairs (param $this i32) (param $reflectedValue i32) (param $seen i32) (param $ignore i32)
  i32.const 0
  drop
 )
 (func $~lib/string/String#get:length (param $this i32) (result i32)
  local.get $this
  i32.const 20
  i32.sub
  call $~lib/rt/common/OBJECT#get:rtSize
  i32.const 1
  i32.shr_u
  return
 )
 (func $kernel/tcb/Thread#get:id (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $kernel/tcb/Thread#get:name (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $kernel/tcb/Thread#get:entry (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $~lib/function/Function<%28u32%29=>void>#get:index (param $this i32) (result i32)
  local.get $this
  i32.load
  return
 )
 (func $kernel/tcb/Thread#get:arg (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $kernel/tcb/Thread#get:stackStart (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $kernel/tcb/Thread#get:stackBytes (param $this i32) (result i32)
  local.get $this
  i32.load offset=20
 )
 (func $kernel/tcb/Thread#get:state (param $this i32) (result i32)
  local.get $this
  i32.load offset=24
 )
 (func $kernel/tcb/Thread#get:suspended (param $this i32) (result i32)
  local.get $this
  i32.load8_u offset=28
 )
 (func $kernel/tcb/Thread#get:basePriority (param $this i32) (result i32)
  local.get $this
  i32.load offset=32
 )
 (func $kernel/tcb/Thread#get:sliceLeft (param $this i32) (result i32)
  local.get $this
  i32.load offset=40
 )
 (func $kernel/tcb/Thread#get:next (param $this i32) (result i32)
  local.get $this
  i32.load offset=44
 )
 (func $kernel/tcb/Thread#get:queue (param $this i32) (result i32)
  local.get $this
  i32.load offset=52
 )
 (func $kernel/tcb/WaitQueue#get:head (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $kernel/tcb/Thread#get:deadline (param $this i32) (result i32)
  local.get $this
  i32.load offset=56
 )
 (func $kernel/tcb/Thread#get:timed (param $this i32) (result i32)
  local.get $this
  i32.load8_u offset=60
 )
 (func $kernel/tcb/Thread#get:tnext (param $this i32) (result i32)
  local.get $this
  i32.load offset=64
 )
 (func $kernel/tcb/Thread#get:tprev (param $this i32) (result i32)
  local.get $this
  i32.load offset=68
 )
 (func $kernel/tcb/Thread#get:waitResult (param $this i32) (result i32)
  local.get $this
  i32.load offset=72
 )
 (func $kernel/tcb/Thread#get:waitValue (param $this i32) (result i32)
  local.get $this
  i32.load offset=76
 )
 (func $kernel/tcb/Thread#get:waitPtr (param $this i32) (result i32)
  local.get $this
  i32.load offset=80
 )
 (func $kernel/tcb/Thread#get:waitFlags (param $this i32) (result i32)
  local.get $this
  i32.load offset=84
 )
 (func $kernel/tcb/Thread#get:heldMutexes (param $this i32) (result i32)
  local.get $this
  i32.load offset=88
 )
 (func $kernel/tcb/MutexLink#get:owner (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $kernel/tcb/MutexLink#get:nextHeld (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $kernel/tcb/Thread#get:waitingMutex (param $this i32) (result i32)
  local.get $this
  i32.load offset=92
 )
 (func $kernel/tcb/Thread#get:notifyValue (param $this i32) (result i32)
  local.get $this
  i32.load offset=96
 )
 (func $kernel/tcb/Thread#get:notifyPending (param $this i32) (result i32)
  local.get $this
  i32.load8_u offset=100
 )
 (func $kernel/tcb/Thread#get:bottomHalfOf (param $this i32) (result i32)
  local.get $this
  i32.load offset=104
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace (param $id i32)
  local.get $id
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/attachStackTraceToReflectedValue
 )
 (func $~lib/array/Array<usize>#get:length_ (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/assert/assert (param $condition i32) (param $message i32)
  local.get $condition
  i32.eqz
  if
   local.get $message
   i32.const 3568
   i32.const 2
   i32.const 19
   call $~lib/builtins/abort
   unreachable
  end
 )
 (func $~lib/array/Array<usize>#get:dataStart (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/pairSeen (param $a1 i32) (param $a2 i32) (param $b1 i32) (param $b2 i32) (result i32)
  local.get $a1
  local.get $b1
  i32.eq
  local.get $a2
  local.get $b2
  i32.eq
  i32.and
  local.get $a1
  local.get $b2
  i32.eq
  local.get $a2
  local.get $b1
  i32.eq
  i32.and
  i32.or
  return
 )
 (func $~lib/arraybuffer/ArrayBufferView#get:byteLength (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $~lib/arraybuffer/ArrayBufferView#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/rt/itcms/Object#get:rtSize (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $~lib/rt/itcms/__renew (param $oldPtr i32) (param $size i32) (result i32)
  (local $oldObj i32)
  (local $newPtr i32)
  (local $4 i32)
  (local $5 i32)
  local.get $oldPtr
  i32.const 20
  i32.sub
  local.set $oldObj
  local.get $size
  local.get $oldObj
  call $~lib/rt/common/BLOCK#get:mmInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  i32.const 16
  i32.sub
  i32.le_u
  if
   local.get $oldObj
   local.get $size
   call $~lib/rt/itcms/Object#set:rtSize
   local.get $oldPtr
   return
  end
  local.get $size
  local.get $oldObj
  call $~lib/rt/itcms/Object#get:rtId
  call $~lib/rt/itcms/__new
  local.set $newPtr
  local.get $newPtr
  local.get $oldPtr
  local.get $size
  local.tee $4
  local.get $oldObj
  call $~lib/rt/itcms/Object#get:rtSize
  local.tee $5
  local.get $4
  local.get $5
  i32.lt_u
  select
  memory.copy
  local.get $newPtr
  return
 )
 (func $~lib/array/Array<usize>#set:length_ (param $this i32) (param $length_ i32)
  local.get $this
  local.get $length_
  i32.store offset=12
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  i32.const 0
  drop
  local.get $left
  local.get $right
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   return
  end
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
  return
 )
 (func $~lib/util/string/compareImpl (param $str1 i32) (param $index1 i32) (param $str2 i32) (param $index2 i32) (param $len i32) (result i32)
  (local $ptr1 i32)
  (local $ptr2 i32)
  (local $7 i32)
  (local $a i32)
  (local $b i32)
  local.get $str1
  local.get $index1
  i32.const 1
  i32.shl
  i32.add
  local.set $ptr1
  local.get $str2
  local.get $index2
  i32.const 1
  i32.shl
  i32.add
  local.set $ptr2
  i32.const 0
  i32.const 2
  i32.lt_s
  drop
  local.get $len
  i32.const 4
  i32.ge_u
  if (result i32)
   local.get $ptr1
   i32.const 7
   i32.and
   local.get $ptr2
   i32.const 7
   i32.and
   i32.or
   i32.eqz
  else
   i32.const 0
  end
  if
   block $do-break|0
    loop $do-loop|0
     local.get $ptr1
     i64.load
     local.get $ptr2
     i64.load
     i64.ne
     if
      br $do-break|0
     end
     local.get $ptr1
     i32.const 8
     i32.add
     local.set $ptr1
     local.get $ptr2
     i32.const 8
     i32.add
     local.set $ptr2
     local.get $len
     i32.const 4
     i32.sub
     local.set $len
     local.get $len
     i32.const 4
     i32.ge_u
     br_if $do-loop|0
    end
   end
  end
  loop $while-continue|1
   local.get $len
   local.tee $7
   i32.const 1
   i32.sub
   local.set $len
   local.get $7
   if
    local.get $ptr1
    i32.load16_u
    local.set $a
    local.get $ptr2
    i32.load16_u
    local.set $b
    local.get $a
    local.get $b
    i32.ne
    if
     local.get $a
     local.get $b
     i32.sub
     return
    end
    local.get $ptr1
    i32.const 2
    i32.add
    local.set $ptr1
    local.get $ptr2
    i32.const 2
    i32.add
    local.set $ptr2
    br $while-continue|1
   end
  end
  i32.const 0
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<%28u32%29=>void> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  i32.const 1
  drop
  local.get $left
  local.get $right
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   return
  end
  i32.const 0
  drop
  local.get $left
  local.get $right
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   return
  end
  i32.const 0
  drop
  i32.const 1
  drop
  local.get $left
  i32.const 0
  i32.eq
  local.get $right
  i32.const 0
  i32.eq
  i32.xor
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   return
  end
  i32.const 1
  drop
  i32.const 1
  i32.eqz
  drop
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<i32> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  i32.const 0
  drop
  local.get $left
  local.get $right
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   return
  end
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<bool> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  i32.const 0
  drop
  local.get $left
  i32.const 0
  i32.ne
  local.get $right
  i32.const 0
  i32.ne
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   return
  end
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<usize> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  i32.const 0
  drop
  local.get $left
  local.get $right
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   return
  end
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/clearActual
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/clearExpected
 )
 (func $~lib/array/Array<kernel/tcb/Thread>#set:buffer (param $this i32) (param $buffer i32)
  local.get $this
  local.get $buffer
  i32.store
  local.get $this
  local.get $buffer
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/array/Array<kernel/tcb/Thread>#set:dataStart (param $this i32) (param $dataStart i32)
  local.get $this
  local.get $dataStart
  i32.store offset=4
 )
 (func $~lib/array/Array<kernel/tcb/Thread>#set:byteLength (param $this i32) (param $byteLength i32)
  local.get $this
  local.get $byteLength
  i32.store offset=8
 )
 (func $~lib/array/Array<kernel/tcb/Thread>#set:length_ (param $this i32) (param $length_ i32)
  local.get $this
  local.get $length_
  i32.store offset=12
 )
 (func $~lib/array/Array<kernel/tcb/Thread>#get:length_ (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $~lib/array/Array<kernel/tcb/Thread>#get:dataStart (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#set:actual (param $this i32) (param $actual i32)
  local.get $this
  local.get $actual
  i32.store offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#set:_not (param $this i32) (param $_not i32)
  local.get $this
  local.get $_not
  i32.store
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<u32> (param $actual i32) (result i32)
  i32.const 0
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#constructor
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#get:actual (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#get:_not (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<u32> (param $actual i32)
  (local $value i32)
  local.get $actual
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/reportActualReflectedValue
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<u32> (param $expected i32) (param $negated i32)
  (local $value i32)
  local.get $expected
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/reportExpectedReflectedValue
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#set:actual (param $this i32) (param $actual i32)
  local.get $this
  local.get $actual
  i32.store8 offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#set:_not (param $this i32) (param $_not i32)
  local.get $this
  local.get $_not
  i32.store
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<bool> (param $actual i32) (result i32)
  i32.const 0
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#constructor
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#get:actual (param $this i32) (result i32)
  local.get $this
  i32.load8_u offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#get:_not (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<bool> (param $actual i32)
  (local $value i32)
  local.get $actual
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/reportActualReflectedValue
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<bool> (param $expected i32) (param $negated i32)
  (local $value i32)
  local.get $expected
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/reportExpectedReflectedValue
 )
 (func $start:node_modules/@as-pect/assembly/assembly/internal/noOp~anonymous|0
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/call/__call (param $func i32)
  i32.const 0
  global.set $~argumentsLength
  local.get $func
  i32.load
  call_indirect (type $3)
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/log/__ignoreLogs (param $value i32)
  local.get $value
  i32.const 0
  i32.ne
  global.set $node_modules/@as-pect/assembly/assembly/internal/log/ignoreLogs
 )
 (func $~lib/rt/itcms/__pin (param $ptr i32) (result i32)
  (local $obj i32)
  local.get $ptr
  if
   local.get $ptr
   i32.const 20
   i32.sub
   local.set $obj
   local.get $obj
   call $~lib/rt/itcms/Object#get:color
   i32.const 3
   i32.eq
   if
    i32.const 5728
    i32.const 240
    i32.const 338
    i32.const 7
    call $~lib/builtins/abort
    unreachable
   end
   local.get $obj
   call $~lib/rt/itcms/Object#unlink
   local.get $obj
   global.get $~lib/rt/itcms/pinSpace
   i32.const 3
   call $~lib/rt/itcms/Object#linkTo
  end
  local.get $ptr
  return
 )
 (func $~lib/rt/itcms/__unpin (param $ptr i32)
  (local $obj i32)
  local.get $ptr
  i32.eqz
  if
   return
  end
  local.get $ptr
  i32.const 20
  i32.sub
  local.set $obj
  local.get $obj
  call $~lib/rt/itcms/Object#get:color
  i32.const 3
  i32.ne
  if
   i32.const 5792
   i32.const 240
   i32.const 352
   i32.const 5
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/rt/itcms/state
  i32.const 1
  i32.eq
  if
   local.get $obj
   call $~lib/rt/itcms/Object#makeGray
  else
   local.get $obj
   call $~lib/rt/itcms/Object#unlink
   local.get $obj
   global.get $~lib/rt/itcms/fromSpace
   global.get $~lib/rt/itcms/white
   call $~lib/rt/itcms/Object#linkTo
  end
 )
 (func $~lib/rt/itcms/__collect
  i32.const 0
  drop
  global.get $~lib/rt/itcms/state
  i32.const 0
  i32.gt_s
  if
   loop $while-continue|0
    global.get $~lib/rt/itcms/state
    i32.const 0
    i32.ne
    if
     call $~lib/rt/itcms/step
     drop
     br $while-continue|0
    end
   end
  end
  call $~lib/rt/itcms/step
  drop
  loop $while-continue|1
   global.get $~lib/rt/itcms/state
   i32.const 0
   i32.ne
   if
    call $~lib/rt/itcms/step
    drop
    br $while-continue|1
   end
  end
  global.get $~lib/rt/itcms/total
  i64.extend_i32_u
  i32.const 200
  i64.extend_i32_u
  i64.mul
  i64.const 100
  i64.div_u
  i32.wrap_i64
  i32.const 1024
  i32.add
  global.set $~lib/rt/itcms/threshold
  i32.const 0
  drop
  i32.const 0
  drop
 )
 (func $kernel/tcb/WaitQueue#__aspectAddReflectedValueKeyValuePairs@override (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  local.get $0
  i32.const 8
  i32.sub
  i32.load
  drop
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  call $kernel/tcb/WaitQueue#__aspectAddReflectedValueKeyValuePairs
 )
 (func $kernel/tcb/MutexLink#__aspectAddReflectedValueKeyValuePairs@override (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  local.get $0
  i32.const 8
  i32.sub
  i32.load
  drop
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  call $kernel/tcb/MutexLink#__aspectAddReflectedValueKeyValuePairs
 )
 (func $kernel/tcb/WaitQueue#__aspectStrictEquals@override (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
  (local $5 i32)
  local.get $0
  i32.const 8
  i32.sub
  i32.load
  drop
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  local.get $4
  call $kernel/tcb/WaitQueue#__aspectStrictEquals
 )
 (func $kernel/tcb/MutexLink#__aspectStrictEquals@override (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (result i32)
  (local $5 i32)
  local.get $0
  i32.const 8
  i32.sub
  i32.load
  drop
  local.get $0
  local.get $1
  local.get $2
  local.get $3
  local.get $4
  call $kernel/tcb/MutexLink#__aspectStrictEquals
 )
 (func $~instanceof|kernel/tcb/Thread (param $0 i32) (result i32)
  (local $1 i32)
  block $is_instance
   local.get $0
   i32.const 8
   i32.sub
   i32.load
   local.set $1
   local.get $1
   i32.const 10
   i32.eq
   br_if $is_instance
   i32.const 0
   return
  end
  i32.const 1
 )
 (func $~instanceof|kernel/tcb/WaitQueue (param $0 i32) (result i32)
  (local $1 i32)
  block $is_instance
   local.get $0
   i32.const 8
   i32.sub
   i32.load
   local.set $1
   local.get $1
   i32.const 11
   i32.eq
   br_if $is_instance
   i32.const 0
   return
  end
  i32.const 1
 )
 (func $~instanceof|kernel/tcb/MutexLink (param $0 i32) (result i32)
  (local $1 i32)
  block $is_instance
   local.get $0
   i32.const 8
   i32.sub
   i32.load
   local.set $1
   local.get $1
   i32.const 12
   i32.eq
   br_if $is_instance
   i32.const 0
   return
  end
  i32.const 1
 )
 (func $~lib/rt/__visit_globals (param $0 i32)
  (local $1 i32)
  i32.const 368
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 64
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 3968
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 1216
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 176
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 5728
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 5792
  local.get $0
  call $~lib/rt/itcms/__visit
  global.get $kernel/sched/readyHead
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/sched/running
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/sched/threadTable
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/timeout/head
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/context/phase
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/context/threadName
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/time/tickHandler
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/irq/descs
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/irq/spuriousSeen
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/thread/arena
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/trace/stamps
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/trace/words
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $kernel/console/uart
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/arraybuffer/ArrayBufferView~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/object/Object~visit (param $0 i32) (param $1 i32)
 )
 (func $kernel/region/Region~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=8
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $kernel/irq/IrqDesc~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=52
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $kernel/irq/IrqHandler~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=12
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $kernel/tcb/Thread~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=8
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=44
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=48
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=52
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=64
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=68
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=88
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=92
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $kernel/tcb/WaitQueue~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $kernel/tcb/MutexLink~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/staticarray/StaticArray<kernel/irq/IrqDesc|null>#__visit (param $this i32) (param $cookie i32)
  (local $cur i32)
  (local $end i32)
  (local $val i32)
  i32.const 1
  drop
  local.get $this
  local.set $cur
  local.get $cur
  local.get $this
  i32.const 20
  i32.sub
  call $~lib/rt/common/OBJECT#get:rtSize
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    i32.load
    local.set $val
    local.get $val
    if
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    i32.const 4
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
 )
 (func $~lib/staticarray/StaticArray<kernel/irq/IrqDesc|null>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/staticarray/StaticArray<kernel/irq/IrqDesc|null>#__visit
 )
 (func $kernel/time/TickHandler~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $kernel/irq/IrqHandler~visit
  local.get $0
  i32.load offset=48
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__visit (param $this i32) (param $cookie i32)
  (local $cur i32)
  (local $end i32)
  (local $val i32)
  i32.const 1
  drop
  local.get $this
  local.set $cur
  local.get $cur
  local.get $this
  i32.const 20
  i32.sub
  call $~lib/rt/common/OBJECT#get:rtSize
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    i32.load
    local.set $val
    local.get $val
    if
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    i32.const 4
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
 )
 (func $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__visit
 )
 (func $~lib/function/Function<%28u32%29=>void>#get:_env (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/function/Function<%28u32%29=>void>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/function/Function<%28u32%29=>void>#__visit
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $"~lib/map/Map<usize,i32>~visit" (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $"~lib/map/Map<usize,i32>#__visit"
 )
 (func $~lib/array/Array<i64>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<i64>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<i64>#__visit
 )
 (func $~lib/array/Array<usize>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<usize>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<usize>#__visit
 )
 (func $~lib/array/Array<i32>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<i32>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<i32>#__visit
 )
 (func $~lib/function/Function<%28%29=>void>#get:_env (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/function/Function<%28%29=>void>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/function/Function<%28%29=>void>#__visit
 )
 (func $~lib/array/Array<kernel/tcb/Thread>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<kernel/tcb/Thread>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<kernel/tcb/Thread>#__visit
 )
 (func $~lib/rt/__visit_members (param $0 i32) (param $1 i32)
  block $invalid
   block $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>
    block $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>
     block $~lib/array/Array<kernel/tcb/Thread>
      block $~lib/function/Function<%28%29=>void>
       block $~lib/array/Array<i32>
        block $~lib/array/Array<usize>
         block $~lib/array/Array<i64>
          block $~lib/staticarray/StaticArray<i64>
           block $"~lib/map/Map<usize,i32>"
            block $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>
             block $~lib/function/Function<%28u32%29=>void>
              block $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>
               block $kernel/hal/Timer
                block $kernel/time/TickHandler
                 block $~lib/staticarray/StaticArray<kernel/irq/IrqDesc|null>
                  block $kernel/hal/IrqChip
                   block $kernel/tcb/MutexLink
                    block $kernel/tcb/WaitQueue
                     block $kernel/tcb/Thread
                      block $kernel/irq/IrqHandler
                       block $kernel/irq/IrqDesc
                        block $kernel/hal/Uart
                         block $~lib/staticarray/StaticArray<bool>
                          block $~lib/staticarray/StaticArray<u32>
                           block $kernel/region/Region
                            block $~lib/arraybuffer/ArrayBufferView
                             block $~lib/string/String
                              block $~lib/arraybuffer/ArrayBuffer
                               block $~lib/object/Object
                                local.get $0
                                i32.const 8
                                i32.sub
                                i32.load
                                br_table $~lib/object/Object $~lib/arraybuffer/ArrayBuffer $~lib/string/String $~lib/arraybuffer/ArrayBufferView $kernel/region/Region $~lib/staticarray/StaticArray<u32> $~lib/staticarray/StaticArray<bool> $kernel/hal/Uart $kernel/irq/IrqDesc $kernel/irq/IrqHandler $kernel/tcb/Thread $kernel/tcb/WaitQueue $kernel/tcb/MutexLink $kernel/hal/IrqChip $~lib/staticarray/StaticArray<kernel/irq/IrqDesc|null> $kernel/time/TickHandler $kernel/hal/Timer $~lib/staticarray/StaticArray<kernel/tcb/Thread|null> $~lib/function/Function<%28u32%29=>void> $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null> $"~lib/map/Map<usize,i32>" $~lib/staticarray/StaticArray<i64> $~lib/array/Array<i64> $~lib/array/Array<usize> $~lib/array/Array<i32> $~lib/function/Function<%28%29=>void> $~lib/array/Array<kernel/tcb/Thread> $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32> $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool> $invalid
                               end
                               return
                              end
                              return
                             end
                             return
                            end
                            local.get $0
                            local.get $1
                            call $~lib/arraybuffer/ArrayBufferView~visit
                            return
                           end
                           local.get $0
                           local.get $1
                           call $kernel/region/Region~visit
                           return
                          end
                          return
                         end
                         return
                        end
                        return
                       end
                       local.get $0
                       local.get $1
                       call $kernel/irq/IrqDesc~visit
                       return
                      end
                      local.get $0
                      local.get $1
                      call $kernel/irq/IrqHandler~visit
                      return
                     end
                     local.get $0
                     local.get $1
                     call $kernel/tcb/Thread~visit
                     return
                    end
                    local.get $0
                    local.get $1
                    call $kernel/tcb/WaitQueue~visit
                    return
                   end
                   local.get $0
                   local.get $1
                   call $kernel/tcb/MutexLink~visit
                   return
                  end
                  return
                 end
                 local.get $0
                 local.get $1
                 call $~lib/staticarray/StaticArray<kernel/irq/IrqDesc|null>~visit
                 return
                end
                local.get $0
                local.get $1
                call $kernel/time/TickHandler~visit
                return
               end
               return
              end
              local.get $0
              local.get $1
              call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>~visit
              return
             end
             local.get $0
             local.get $1
             call $~lib/function/Function<%28u32%29=>void>~visit
             return
            end
            local.get $0
            local.get $1
            call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>~visit
            return
           end
           local.get $0
           local.get $1
           call $"~lib/map/Map<usize,i32>~visit"
           return
          end
          return
         end
         local.get $0
         local.get $1
         call $~lib/array/Array<i64>~visit
         return
        end
        local.get $0
        local.get $1
        call $~lib/array/Array<usize>~visit
        return
       end
       local.get $0
       local.get $1
       call $~lib/array/Array<i32>~visit
       return
      end
      local.get $0
      local.get $1
      call $~lib/function/Function<%28%29=>void>~visit
      return
     end
     local.get $0
     local.get $1
     call $~lib/array/Array<kernel/tcb/Thread>~visit
     return
    end
    return
   end
   return
  end
  unreachable
 )
 (func $~start
  global.get $~started
  if
   return
  end
  i32.const 1
  global.set $~started
  call $start:tests/unit/sched.spec
 )
 (func $~stack_check
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/memory/__data_end
  i32.lt_s
  if
   i32.const 38752
   i32.const 38800
   i32.const 1
   i32.const 1
   call $~lib/builtins/abort
   unreachable
  end
 )
 (func $kernel/tcb/Thread#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 108
   i32.const 10
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/object/Object#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:id
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 768
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $kernel/tcb/Thread#set:name
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 800
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $kernel/tcb/Thread#set:entry
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:arg
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const -1
  call $kernel/tcb/Thread#set:stackStart
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:stackBytes
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  global.get $kernel/tcb/ThreadState.Free
  call $kernel/tcb/Thread#set:state
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:suspended
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:basePriority
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:priority
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:sliceLeft
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:next
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:prev
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:queue
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:deadline
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:timed
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:tnext
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:tprev
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  global.get $kernel/errors/Err.Ok
  call $kernel/tcb/Thread#set:waitResult
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:waitValue
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:waitPtr
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:waitFlags
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:heldMutexes
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:waitingMutex
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:notifyValue
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $kernel/tcb/Thread#set:notifyPending
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const -1
  call $kernel/tcb/Thread#set:bottomHalfOf
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $tests/unit/sched.spec/thread (param $priority i32) (result i32)
  (local $t i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  call $kernel/tcb/Thread#constructor
  local.tee $t
  i32.store
  local.get $t
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $priority
  call $kernel/tcb/Thread#set:priority
  local.get $t
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $priority
  call $kernel/tcb/Thread#set:basePriority
  local.get $t
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  global.get $kernel/tcb/ThreadState.Ready
  call $kernel/tcb/Thread#set:state
  local.get $t
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $kernel/sched/readyInsert (param $t i32)
  (local $p i32)
  (local $head i32)
  (local $3 i32)
  (local $tail i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  local.get $t
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $kernel/tcb/Thread#get:priority
  local.set $p
  global.get $~lib/memory/__stack_pointer
  global.get $kernel/sched/readyHead
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $p
  call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
  local.tee $head
  i32.store offset=4
  local.get $head
  i32.const 0
  i32.eq
  if
   local.get $t
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $t
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#set:next
   local.get $t
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $t
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#set:prev
   global.get $kernel/sched/readyHead
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $p
   local.get $t
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uset
   global.get $kernel/sched/readyMap
   i32.const 1
   local.get $p
   i32.shl
   i32.or
   global.set $kernel/sched/readyMap
  else
   global.get $~lib/memory/__stack_pointer
   global.get $~lib/memory/__stack_pointer
   local.get $head
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $kernel/tcb/Thread#get:prev
   local.tee $3
   i32.store offset=12
   local.get $3
   if (result i32)
    local.get $3
   else
    i32.const 832
    i32.const 960
    i32.const 57
    i32.const 18
    call $~lib/builtins/abort
    unreachable
   end
   local.tee $tail
   i32.store offset=16
   local.get $t
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $head
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#set:next
   local.get $t
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $tail
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#set:prev
   local.get $tail
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $t
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#set:next
   local.get $head
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $t
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#set:prev
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#constructor (param $this i32) (param $actual i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 19
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#set:_not
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $actual
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null> (param $actual i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  local.get $actual
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $"~lib/map/Map<usize,i32>#find" (param $this i32) (param $key i32) (param $hashCode i32) (result i32)
  (local $entry i32)
  (local $taggedNext i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $"~lib/map/Map<usize,i32>#get:buckets"
  local.get $hashCode
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $"~lib/map/Map<usize,i32>#get:bucketsMask"
  i32.and
  i32.const 4
  i32.mul
  i32.add
  i32.load
  local.set $entry
  loop $while-continue|0
   local.get $entry
   if
    local.get $entry
    call $"~lib/map/MapEntry<usize,i32>#get:taggedNext"
    local.set $taggedNext
    local.get $taggedNext
    i32.const 1
    i32.and
    i32.eqz
    if (result i32)
     local.get $entry
     call $"~lib/map/MapEntry<usize,i32>#get:key"
     local.get $key
     i32.eq
    else
     i32.const 0
    end
    if
     local.get $entry
     local.set $5
     global.get $~lib/memory/__stack_pointer
     i32.const 4
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $5
     return
    end
    local.get $taggedNext
    i32.const 1
    i32.const -1
    i32.xor
    i32.and
    local.set $entry
    br $while-continue|0
   end
  end
  i32.const 0
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $"~lib/map/Map<usize,i32>#has" (param $this i32) (param $key i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $key
  local.get $key
  call $~lib/util/hash/HASH<usize>
  call $"~lib/map/Map<usize,i32>#find"
  i32.const 0
  i32.ne
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $"~lib/map/Map<usize,i32>#get" (param $this i32) (param $key i32) (result i32)
  (local $entry i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $key
  local.get $key
  call $~lib/util/hash/HASH<usize>
  call $"~lib/map/Map<usize,i32>#find"
  local.set $entry
  local.get $entry
  i32.eqz
  if
   i32.const 1216
   i32.const 1280
   i32.const 105
   i32.const 17
   call $~lib/builtins/abort
   unreachable
  end
  local.get $entry
  call $"~lib/map/MapEntry<usize,i32>#get:value"
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $"~lib/map/Map<usize,i32>#rehash" (param $this i32) (param $newBucketsMask i32)
  (local $newBucketsCapacity i32)
  (local $newBuckets i32)
  (local $newEntriesCapacity i32)
  (local $newEntries i32)
  (local $oldPtr i32)
  (local $oldEnd i32)
  (local $newPtr i32)
  (local $oldEntry i32)
  (local $newEntry i32)
  (local $oldEntryKey i32)
  (local $newBucketIndex i32)
  (local $newBucketPtrBase i32)
  (local $14 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $newBucketsMask
  i32.const 1
  i32.add
  local.set $newBucketsCapacity
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $newBucketsCapacity
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $newBuckets
  i32.store
  local.get $newBucketsCapacity
  i32.const 8
  i32.mul
  i32.const 3
  i32.div_s
  local.set $newEntriesCapacity
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $newEntriesCapacity
  block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.0" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.0"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $newEntries
  i32.store offset=4
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  call $"~lib/map/Map<usize,i32>#get:entries"
  local.set $oldPtr
  local.get $oldPtr
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  call $"~lib/map/Map<usize,i32>#get:entriesOffset"
  block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.1" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.1"
  end
  i32.mul
  i32.add
  local.set $oldEnd
  local.get $newEntries
  local.set $newPtr
  loop $while-continue|0
   local.get $oldPtr
   local.get $oldEnd
   i32.ne
   if
    local.get $oldPtr
    local.set $oldEntry
    local.get $oldEntry
    call $"~lib/map/MapEntry<usize,i32>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $newPtr
     local.set $newEntry
     local.get $oldEntry
     call $"~lib/map/MapEntry<usize,i32>#get:key"
     local.set $oldEntryKey
     local.get $newEntry
     local.get $oldEntryKey
     call $"~lib/map/MapEntry<usize,i32>#set:key"
     local.get $newEntry
     local.get $oldEntry
     call $"~lib/map/MapEntry<usize,i32>#get:value"
     call $"~lib/map/MapEntry<usize,i32>#set:value"
     local.get $oldEntryKey
     call $~lib/util/hash/HASH<usize>
     local.get $newBucketsMask
     i32.and
     local.set $newBucketIndex
     local.get $newBuckets
     local.get $newBucketIndex
     i32.const 4
     i32.mul
     i32.add
     local.set $newBucketPtrBase
     local.get $newEntry
     local.get $newBucketPtrBase
     i32.load
     call $"~lib/map/MapEntry<usize,i32>#set:taggedNext"
     local.get $newBucketPtrBase
     local.get $newPtr
     i32.store
     local.get $newPtr
     block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.2" (result i32)
      i32.const 12
      br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.2"
     end
     i32.add
     local.set $newPtr
    end
    local.get $oldPtr
    block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.3" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.3"
    end
    i32.add
    local.set $oldPtr
    br $while-continue|0
   end
  end
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newBuckets
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<usize,i32>#set:buckets"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newBucketsMask
  call $"~lib/map/Map<usize,i32>#set:bucketsMask"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newEntries
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<usize,i32>#set:entries"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newEntriesCapacity
  call $"~lib/map/Map<usize,i32>#set:entriesCapacity"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<usize,i32>#get:entriesCount"
  call $"~lib/map/Map<usize,i32>#set:entriesOffset"
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<usize,i32>#set" (param $this i32) (param $key i32) (param $value i32) (result i32)
  (local $hashCode i32)
  (local $entry i32)
  (local $entries i32)
  (local $6 i32)
  (local $bucketPtrBase i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $key
  call $~lib/util/hash/HASH<usize>
  local.set $hashCode
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  local.get $key
  local.get $hashCode
  call $"~lib/map/Map<usize,i32>#find"
  local.set $entry
  local.get $entry
  if
   local.get $entry
   local.get $value
   call $"~lib/map/MapEntry<usize,i32>#set:value"
   i32.const 0
   drop
  else
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:entriesOffset"
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:entriesCapacity"
   i32.eq
   if
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $"~lib/map/Map<usize,i32>#get:entriesCount"
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $"~lib/map/Map<usize,i32>#get:entriesCapacity"
    i32.const 3
    i32.mul
    i32.const 4
    i32.div_s
    i32.lt_s
    if (result i32)
     local.get $this
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=4
     local.get $8
     call $"~lib/map/Map<usize,i32>#get:bucketsMask"
    else
     local.get $this
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=4
     local.get $8
     call $"~lib/map/Map<usize,i32>#get:bucketsMask"
     i32.const 1
     i32.shl
     i32.const 1
     i32.or
    end
    call $"~lib/map/Map<usize,i32>#rehash"
   end
   global.get $~lib/memory/__stack_pointer
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:entries"
   local.tee $entries
   i32.store offset=8
   local.get $entries
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:entriesOffset"
   local.tee $6
   i32.const 1
   i32.add
   call $"~lib/map/Map<usize,i32>#set:entriesOffset"
   local.get $6
   block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.4" (result i32)
    i32.const 12
    br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.4"
   end
   i32.mul
   i32.add
   local.set $entry
   local.get $entry
   local.get $key
   call $"~lib/map/MapEntry<usize,i32>#set:key"
   i32.const 0
   drop
   local.get $entry
   local.get $value
   call $"~lib/map/MapEntry<usize,i32>#set:value"
   i32.const 0
   drop
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:entriesCount"
   i32.const 1
   i32.add
   call $"~lib/map/Map<usize,i32>#set:entriesCount"
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:buckets"
   local.get $hashCode
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:bucketsMask"
   i32.and
   i32.const 4
   i32.mul
   i32.add
   local.set $bucketPtrBase
   local.get $entry
   local.get $bucketPtrBase
   i32.load
   call $"~lib/map/MapEntry<usize,i32>#set:taggedNext"
   local.get $bucketPtrBase
   local.get $entry
   i32.store
  end
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $~lib/staticarray/StaticArray<i64>#concat<~lib/staticarray/StaticArray<i64>> (param $this i32) (param $other i32) (result i32)
  (local $sourceLen i32)
  (local $otherLen i32)
  (local $outLen i32)
  (local $sourceSize i32)
  (local $out i32)
  (local $outStart i32)
  (local $otherStart i32)
  (local $thisStart i32)
  (local $10 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $~lib/staticarray/StaticArray<i64>#get:length
  local.set $sourceLen
  local.get $other
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $~lib/staticarray/StaticArray<i64>#get:length
  local.set $otherLen
  local.get $sourceLen
  local.get $otherLen
  i32.add
  local.set $outLen
  local.get $outLen
  i32.const 1073741820
  i32.const 3
  i32.shr_u
  i32.gt_u
  if
   i32.const 64
   i32.const 112
   i32.const 178
   i32.const 7
   call $~lib/builtins/abort
   unreachable
  end
  local.get $sourceLen
  i32.const 3
  i32.shl
  local.set $sourceSize
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.tee $out
  i32.store offset=4
  i32.const 0
  drop
  i32.const 1
  drop
  global.get $~lib/memory/__stack_pointer
  local.get $outLen
  i32.const 3
  i32.shl
  i32.const 21
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store offset=4
  local.get $out
  local.set $outStart
  local.get $other
  local.set $otherStart
  local.get $this
  local.set $thisStart
  i32.const 0
  drop
  local.get $outStart
  local.get $thisStart
  local.get $sourceSize
  memory.copy
  local.get $outStart
  local.get $sourceSize
  i32.add
  local.get $otherStart
  local.get $otherLen
  i32.const 3
  i32.shl
  memory.copy
  local.get $out
  local.set $10
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $10
  return
 )
 (func $~lib/staticarray/StaticArray.concat<i64> (param $source i32) (param $other i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $source
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $other
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $~lib/staticarray/StaticArray<i64>#concat<~lib/staticarray/StaticArray<i64>>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/staticarray/StaticArray<i64>#indexOf (param $this i32) (param $value i64) (param $fromIndex i32) (result i32)
  (local $length i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $~lib/staticarray/StaticArray<i64>#get:length
  local.set $length
  local.get $length
  i32.const 0
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $fromIndex
   local.get $length
   i32.ge_s
  end
  if
   i32.const -1
   local.set $6
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $6
   return
  end
  local.get $fromIndex
  i32.const 0
  i32.lt_s
  if
   local.get $length
   local.get $fromIndex
   i32.add
   local.tee $4
   i32.const 0
   local.tee $5
   local.get $4
   local.get $5
   i32.gt_s
   select
   local.set $fromIndex
  end
  loop $while-continue|0
   local.get $fromIndex
   local.get $length
   i32.lt_s
   if
    local.get $this
    local.get $fromIndex
    i32.const 3
    i32.shl
    i32.add
    i64.load
    local.get $value
    i64.eq
    if
     local.get $fromIndex
     local.set $6
     global.get $~lib/memory/__stack_pointer
     i32.const 4
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $6
     return
    end
    local.get $fromIndex
    i32.const 1
    i32.add
    local.set $fromIndex
    br $while-continue|0
   end
  end
  i32.const -1
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
  return
 )
 (func $~lib/staticarray/StaticArray<i64>#includes (param $this i32) (param $value i64) (param $fromIndex i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  local.get $fromIndex
  call $~lib/staticarray/StaticArray<i64>#indexOf
  i32.const 0
  i32.ge_s
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String> (param $value i32) (param $seen i32) (result i32)
  (local $reflectedStringID i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  i32.const 1
  drop
  local.get $value
  i32.const 0
  i32.eq
  if
   i32.const 1
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 4
   i32.const 1
   i32.const 2
   i32.const 1696
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   i32.const 0
   i32.const 0
   i32.const 1
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  i32.const 0
  i32.eqz
  drop
  local.get $seen
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  call $"~lib/map/Map<usize,i32>#has"
  if
   local.get $seen
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   local.get $value
   call $"~lib/map/Map<usize,i32>#get"
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 1
  drop
  i32.const 0
  i32.const 0
  i32.const 0
  i32.const 0
  local.get $value
  i32.const 0
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  call $~lib/string/String#get:length
  i32.const 2
  i32.const 2
  i32.const 1696
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  i32.const 0
  i32.const 1
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
  local.set $reflectedStringID
  local.get $seen
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  local.get $reflectedStringID
  call $"~lib/map/Map<usize,i32>#set"
  drop
  local.get $reflectedStringID
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32> (param $value i32) (param $seen i32) (result i32)
  (local $reflectedValue i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  i32.const 2
  i32.const 3
  i32.eq
  drop
  i32.const 0
  i32.const 4
  i32.const 7
  i32.const 1728
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  f64.convert_i32_u
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedNumber
  local.set $reflectedValue
  local.get $reflectedValue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<%28u32%29=>void> (param $value i32) (param $seen i32) (result i32)
  (local $func i32)
  (local $reflectedValue i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  i32.const 1
  drop
  local.get $value
  i32.const 0
  i32.eq
  if
   i32.const 1
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 4
   i32.const 6
   i32.const 42
   i32.const 1824
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   i32.const 0
   i32.const 0
   i32.const 1
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  i32.const 1
  i32.eqz
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 1
  drop
  global.get $~lib/memory/__stack_pointer
  local.get $value
  local.tee $func
  i32.store offset=4
  i32.const 0
  i32.const 0
  i32.const 0
  i32.const 0
  local.get $func
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=8
  local.get $4
  call $~lib/function/Function<%28u32%29=>void>#get:index
  i32.const 0
  i32.const 0
  i32.const 6
  i32.const 0
  i32.const 1824
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $func
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=8
  local.get $4
  call $~lib/function/Function<%28u32%29=>void>#get:index
  i32.const 0
  i32.const 1
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
  local.set $reflectedValue
  local.get $reflectedValue
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<i32> (param $value i32) (param $seen i32) (result i32)
  (local $reflectedValue i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  i32.const 2
  i32.const 3
  i32.eq
  drop
  i32.const 1
  i32.const 4
  i32.const 7
  i32.const 2032
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  f64.convert_i32_s
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedNumber
  local.set $reflectedValue
  local.get $reflectedValue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool> (param $value i32) (param $seen i32) (result i32)
  (local $reflectedValue i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  i32.const 0
  i32.const 3
  i32.eq
  drop
  i32.const 0
  i32.const 1
  i32.const 9
  i32.const 2112
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  i32.const 0
  i32.ne
  f64.convert_i32_u
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedNumber
  local.set $reflectedValue
  local.get $reflectedValue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $kernel/tcb/WaitQueue#__aspectAddReflectedValueKeyValuePairs (param $this i32) (param $reflectedValue i32) (param $seen i32) (param $ignore i32)
  (local $4 i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  i32.const 1
  drop
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $reflectedValue
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=4
  local.get $5
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=12
  local.get $5
  i32.const 8
  i32.const 21
  i32.const 2464
  call $~lib/rt/__newBuffer
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=16
  local.get $5
  call $~lib/staticarray/StaticArray.concat<i64>
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=8
  local.get $5
  call $~lib/object/Object#__aspectAddReflectedValueKeyValuePairs
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4746554263746904064
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2496
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/WaitQueue#get:head
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/WaitQueue|null> (param $value i32) (param $seen i32) (result i32)
  (local $ptr i32)
  (local $reflectedObjectID i32)
  (local $4 i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  i32.const 1
  drop
  local.get $value
  i32.const 0
  i32.eq
  if
   i32.const 1
   i32.const 0
   i32.const 1
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 4
   i32.const 1
   i32.const 11
   i32.const 2384
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   i32.const 0
   i32.const 0
   i32.const 1
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
   local.set $5
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $5
   return
  end
  i32.const 0
  i32.eqz
  drop
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $value
  call $"~lib/map/Map<usize,i32>#has"
  if
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $value
   call $"~lib/map/Map<usize,i32>#get"
   local.set $5
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $5
   return
  end
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  i32.const 1
  i32.const 1
  i32.const 4
  local.get $value
  i32.const 0
  block $node_modules/@as-pect/assembly/assembly/internal/Reflect/sizeOf|inlined.1 (result i32)
   local.get $value
   local.set $ptr
   local.get $ptr
   i32.const 16
   i32.sub
   call $~lib/rt/common/OBJECT#get:rtSize
   br $node_modules/@as-pect/assembly/assembly/internal/Reflect/sizeOf|inlined.1
  end
  i32.const 1
  i32.const 11
  i32.const 2384
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i32.const 0
  i32.const 1
  i32.const 1
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
  local.set $reflectedObjectID
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $value
  local.get $reflectedObjectID
  call $"~lib/map/Map<usize,i32>#set"
  drop
  local.get $value
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $reflectedObjectID
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=4
  local.get $5
  i32.const 0
  i32.const 21
  i32.const 2432
  call $~lib/rt/__newBuffer
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=8
  local.get $5
  call $kernel/tcb/WaitQueue#__aspectAddReflectedValueKeyValuePairs@override
  local.get $reflectedObjectID
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<usize> (param $value i32) (param $seen i32) (result i32)
  (local $reflectedValue i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  i32.const 2
  i32.const 3
  i32.eq
  drop
  i32.const 0
  i32.const 4
  i32.const 7
  i32.const 2816
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  f64.convert_i32_u
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedNumber
  local.set $reflectedValue
  local.get $reflectedValue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $kernel/tcb/MutexLink#__aspectAddReflectedValueKeyValuePairs (param $this i32) (param $reflectedValue i32) (param $seen i32) (param $ignore i32)
  (local $4 i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  i32.const 1
  drop
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $reflectedValue
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=4
  local.get $5
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=12
  local.get $5
  i32.const 16
  i32.const 21
  i32.const 3024
  call $~lib/rt/__newBuffer
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=16
  local.get $5
  call $~lib/staticarray/StaticArray.concat<i64>
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=8
  local.get $5
  call $~lib/object/Object#__aspectAddReflectedValueKeyValuePairs
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4733312631308288000
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 3072
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/MutexLink#get:owner
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4746723114522509312
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 3104
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/MutexLink#get:nextHeld
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/MutexLink|null>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/MutexLink|null> (param $value i32) (param $seen i32) (result i32)
  (local $ptr i32)
  (local $reflectedObjectID i32)
  (local $4 i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  i32.const 1
  drop
  local.get $value
  i32.const 0
  i32.eq
  if
   i32.const 1
   i32.const 0
   i32.const 1
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 4
   i32.const 1
   i32.const 12
   i32.const 2944
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   i32.const 0
   i32.const 0
   i32.const 1
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
   local.set $5
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $5
   return
  end
  i32.const 0
  i32.eqz
  drop
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $value
  call $"~lib/map/Map<usize,i32>#has"
  if
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $value
   call $"~lib/map/Map<usize,i32>#get"
   local.set $5
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $5
   return
  end
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  i32.const 1
  i32.const 1
  i32.const 8
  local.get $value
  i32.const 0
  block $node_modules/@as-pect/assembly/assembly/internal/Reflect/sizeOf|inlined.2 (result i32)
   local.get $value
   local.set $ptr
   local.get $ptr
   i32.const 16
   i32.sub
   call $~lib/rt/common/OBJECT#get:rtSize
   br $node_modules/@as-pect/assembly/assembly/internal/Reflect/sizeOf|inlined.2
  end
  i32.const 1
  i32.const 12
  i32.const 2944
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i32.const 0
  i32.const 1
  i32.const 1
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
  local.set $reflectedObjectID
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $value
  local.get $reflectedObjectID
  call $"~lib/map/Map<usize,i32>#set"
  drop
  local.get $value
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $reflectedObjectID
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=4
  local.get $5
  i32.const 0
  i32.const 21
  i32.const 2992
  call $~lib/rt/__newBuffer
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=8
  local.get $5
  call $kernel/tcb/MutexLink#__aspectAddReflectedValueKeyValuePairs@override
  local.get $reflectedObjectID
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $kernel/tcb/Thread#__aspectAddReflectedValueKeyValuePairs (param $this i32) (param $reflectedValue i32) (param $seen i32) (param $ignore i32)
  (local $4 i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  i32.const 1
  drop
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $reflectedValue
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=4
  local.get $5
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=12
  local.get $5
  i32.const 216
  i32.const 21
  i32.const 1424
  call $~lib/rt/__newBuffer
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=16
  local.get $5
  call $~lib/staticarray/StaticArray.concat<i64>
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=8
  local.get $5
  call $~lib/object/Object#__aspectAddReflectedValueKeyValuePairs
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4708053868242534400
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 1664
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:id
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4746555151525871616
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 1760
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#get:name
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4732933506458451968
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 1792
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#get:entry
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<%28u32%29=>void>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4730768338551046144
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 1872
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:arg
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const -4472927463250329600
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 1904
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:stackStart
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const -4472885602605334528
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 1952
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:stackBytes
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4733390178922528768
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2000
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:state
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<i32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const -4485908886590586880
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2064
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:suspended
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4746568925200777216
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2144
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:basePriority
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4736931480943460352
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2192
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:priority
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4753314785880178688
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2240
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:sliceLeft
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4746555171381706752
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2288
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#get:next
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4746555529600434176
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2320
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#get:prev
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4733351062574989312
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2352
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#get:queue
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/WaitQueue|null>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4731997669726093312
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2528
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:deadline
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4733403654147538944
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2576
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:timed
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4733406533386240000
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2608
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#get:tnext
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4733407966261149696
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2640
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#get:tprev
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const -4471103405746552832
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2672
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:waitResult
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<i32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const -4474481719669424128
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2720
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:waitValue
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const -4480378848768163840
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2768
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:waitPtr
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<usize>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const -4474442729721430016
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2848
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:waitFlags
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4744547121871454208
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 2896
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#get:heldMutexes
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/MutexLink|null>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const -4472183536801021952
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 3152
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $kernel/tcb/Thread#get:waitingMutex
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/MutexLink|null>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const 4746052880421617664
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 3200
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:notifyValue
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const -4489574681224937472
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 3248
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:notifyPending
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  local.get $ignore
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i64.const -4475885187783196672
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if
   local.get $reflectedValue
   i32.const 3296
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectKey
   local.get $reflectedValue
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $kernel/tcb/Thread#get:bottomHalfOf
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<i32>
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/__aspectPushReflectedObjectValue
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null> (param $value i32) (param $seen i32) (result i32)
  (local $ptr i32)
  (local $reflectedObjectID i32)
  (local $4 i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  i32.const 1
  drop
  local.get $value
  i32.const 0
  i32.eq
  if
   i32.const 1
   i32.const 0
   i32.const 1
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 4
   i32.const 1
   i32.const 10
   i32.const 1184
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   i32.const 0
   i32.const 0
   i32.const 1
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
   local.set $5
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $5
   return
  end
  i32.const 0
  i32.eqz
  drop
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $value
  call $"~lib/map/Map<usize,i32>#has"
  if
   local.get $seen
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   local.get $value
   call $"~lib/map/Map<usize,i32>#get"
   local.set $5
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $5
   return
  end
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  i32.const 1
  i32.const 1
  i32.const 108
  local.get $value
  i32.const 0
  block $node_modules/@as-pect/assembly/assembly/internal/Reflect/sizeOf|inlined.0 (result i32)
   local.get $value
   local.set $ptr
   local.get $ptr
   i32.const 16
   i32.sub
   call $~lib/rt/common/OBJECT#get:rtSize
   br $node_modules/@as-pect/assembly/assembly/internal/Reflect/sizeOf|inlined.0
  end
  i32.const 1
  i32.const 10
  i32.const 1184
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  i32.const 0
  i32.const 1
  i32.const 1
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
  local.set $reflectedObjectID
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $value
  local.get $reflectedObjectID
  call $"~lib/map/Map<usize,i32>#set"
  drop
  local.get $value
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  local.get $reflectedObjectID
  local.get $seen
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=4
  local.get $5
  i32.const 0
  i32.const 21
  i32.const 1392
  call $~lib/rt/__newBuffer
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=8
  local.get $5
  call $kernel/tcb/Thread#__aspectAddReflectedValueKeyValuePairs
  local.get $reflectedObjectID
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $"~lib/map/Map<usize,i32>#constructor" (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 24
   i32.const 20
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<usize,i32>#set:buckets"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  i32.const 1
  i32.sub
  call $"~lib/map/Map<usize,i32>#set:bucketsMask"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.5" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.5"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<usize,i32>#set:entries"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  call $"~lib/map/Map<usize,i32>#set:entriesCapacity"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<usize,i32>#set:entriesOffset"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<usize,i32>#set:entriesCount"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null>@varargs (param $value i32) (param $seen i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  block $1of1
   block $0of1
    block $outOfRange
     global.get $~argumentsLength
     i32.const 1
     i32.sub
     br_table $0of1 $1of1 $outOfRange
    end
    unreachable
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   call $"~lib/map/Map<usize,i32>#constructor"
   local.tee $seen
   i32.store
  end
  local.get $value
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $seen
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<kernel/tcb/Thread|null> (param $actual i32)
  (local $value i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $actual
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/reportActualReflectedValue
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<usize>#get:length (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/array/Array<usize>#get:length_
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/array/Array<usize>#__uget (param $this i32) (param $index i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/array/Array<usize>#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/array/ensureCapacity (param $array i32) (param $newSize i32) (param $alignLog2 i32) (param $canGrow i32)
  (local $oldCapacity i32)
  (local $oldData i32)
  (local $6 i32)
  (local $7 i32)
  (local $newCapacity i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $newData i32)
  (local $14 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $array
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store
  local.get $14
  call $~lib/arraybuffer/ArrayBufferView#get:byteLength
  local.set $oldCapacity
  local.get $newSize
  local.get $oldCapacity
  local.get $alignLog2
  i32.shr_u
  i32.gt_u
  if
   local.get $newSize
   i32.const 1073741820
   local.get $alignLog2
   i32.shr_u
   i32.gt_u
   if
    i32.const 64
    i32.const 3712
    i32.const 19
    i32.const 48
    call $~lib/builtins/abort
    unreachable
   end
   local.get $array
   local.set $14
   global.get $~lib/memory/__stack_pointer
   local.get $14
   i32.store
   local.get $14
   call $~lib/arraybuffer/ArrayBufferView#get:buffer
   local.set $oldData
   local.get $newSize
   local.tee $6
   i32.const 8
   local.tee $7
   local.get $6
   local.get $7
   i32.gt_u
   select
   local.get $alignLog2
   i32.shl
   local.set $newCapacity
   local.get $canGrow
   if
    local.get $oldCapacity
    i32.const 1
    i32.shl
    local.tee $9
    i32.const 1073741820
    local.tee $10
    local.get $9
    local.get $10
    i32.lt_u
    select
    local.tee $11
    local.get $newCapacity
    local.tee $12
    local.get $11
    local.get $12
    i32.gt_u
    select
    local.set $newCapacity
   end
   local.get $oldData
   local.get $newCapacity
   call $~lib/rt/itcms/__renew
   local.set $newData
   i32.const 2
   global.get $~lib/shared/runtime/Runtime.Incremental
   i32.ne
   drop
   local.get $newData
   local.get $oldData
   i32.ne
   if
    local.get $array
    local.get $newData
    i32.store
    local.get $array
    local.get $newData
    i32.store offset=4
    local.get $array
    local.get $newData
    i32.const 0
    call $~lib/rt/itcms/__link
   end
   local.get $array
   local.get $newCapacity
   i32.store offset=8
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<usize>#push (param $this i32) (param $value i32) (result i32)
  (local $oldLen i32)
  (local $len i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/array/Array<usize>#get:length_
  local.set $oldLen
  local.get $oldLen
  i32.const 1
  i32.add
  local.set $len
  local.get $this
  local.get $len
  i32.const 2
  i32.const 1
  call $~lib/array/ensureCapacity
  i32.const 0
  drop
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/array/Array<usize>#get:dataStart
  local.get $oldLen
  i32.const 2
  i32.shl
  i32.add
  local.get $value
  i32.store
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $len
  call $~lib/array/Array<usize>#set:length_
  local.get $len
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/string/String.__eq (param $left i32) (param $right i32) (result i32)
  (local $leftLength i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $left
  local.get $right
  i32.eq
  if
   i32.const 1
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $left
  i32.const 0
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $right
   i32.const 0
   i32.eq
  end
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $left
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/string/String#get:length
  local.set $leftLength
  local.get $leftLength
  local.get $right
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/string/String#get:length
  i32.ne
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $left
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 0
  local.get $right
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  i32.const 0
  local.get $leftLength
  call $~lib/util/string/compareImpl
  i32.eqz
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/referencesEqual<~lib/string/String> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $a i32)
  (local $b i32)
  (local $cacheLength i32)
  (local $7 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $left
  local.set $a
  local.get $right
  local.set $b
  local.get $cache
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $~lib/array/Array<usize>#get:length
  local.set $cacheLength
  local.get $cacheLength
  i32.const 1
  i32.and
  i32.const 0
  i32.eq
  i32.const 3488
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  i32.const 1
  drop
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
  local.set $7
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $7
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<~lib/string/String> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  i32.const 1
  drop
  local.get $left
  local.get $right
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  i32.const 0
  drop
  local.get $left
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $right
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  call $~lib/string/String.__eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  i32.const 0
  drop
  i32.const 1
  drop
  local.get $left
  i32.const 0
  i32.eq
  local.get $right
  i32.const 0
  i32.eq
  i32.xor
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  i32.const 1
  drop
  i32.const 0
  i32.eqz
  drop
  i32.const 0
  drop
  local.get $left
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $right
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $stack
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=8
  local.get $4
  local.get $cache
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=12
  local.get $4
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/referencesEqual<~lib/string/String>
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $kernel/tcb/WaitQueue#__aspectStrictEquals (param $this i32) (param $rawRef i32) (param $stack i32) (param $cache i32) (param $ignore i32) (result i32)
  (local $5 i32)
  (local $6 i32)
  (local $ref i32)
  (local $8 i32)
  (local $9 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 40
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 40
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $rawRef
  local.tee $5
  i32.store
  local.get $5
  i32.eqz
  if (result i32)
   i32.const 0
  else
   local.get $5
   call $~instanceof|kernel/tcb/WaitQueue
  end
  i32.eqz
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/memory/__stack_pointer
  local.get $rawRef
  local.tee $6
  i32.store offset=4
  local.get $6
  call $~instanceof|kernel/tcb/WaitQueue
  if (result i32)
   local.get $6
  else
   i32.const 3792
   i32.const 3856
   i32.const 31
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.tee $ref
  i32.store offset=8
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4746554263746904064
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/WaitQueue#get:head
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/WaitQueue#get:head
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/Thread|null>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  i32.const 1
  drop
  local.get $this
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  local.get $ref
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=16
  local.get $9
  local.get $stack
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=20
  local.get $9
  local.get $cache
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=24
  local.get $9
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=32
  local.get $9
  i32.const 8
  i32.const 21
  i32.const 3936
  call $~lib/rt/__newBuffer
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=36
  local.get $9
  call $~lib/staticarray/StaticArray.concat<i64>
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=28
  local.get $9
  call $~lib/object/Object#__aspectStrictEquals
  i32.eqz
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  i32.const 1
  local.set $9
  global.get $~lib/memory/__stack_pointer
  i32.const 40
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $9
  return
 )
 (func $~lib/array/Array<usize>#pop (param $this i32) (result i32)
  (local $len i32)
  (local $val i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<usize>#get:length_
  local.set $len
  local.get $len
  i32.const 1
  i32.lt_s
  if
   i32.const 3968
   i32.const 3712
   i32.const 271
   i32.const 18
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<usize>#get:dataStart
  local.get $len
  i32.const 1
  i32.sub
  local.tee $len
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $val
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $len
  call $~lib/array/Array<usize>#set:length_
  local.get $val
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/referencesEqual<kernel/tcb/WaitQueue> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $a i32)
  (local $b i32)
  (local $cacheLength i32)
  (local $i i32)
  (local $length i32)
  (local $i|9 i32)
  (local $result i32)
  (local $11 i32)
  (local $12 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  local.get $left
  local.set $a
  local.get $right
  local.set $b
  local.get $cache
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#get:length
  local.set $cacheLength
  local.get $cacheLength
  i32.const 1
  i32.and
  i32.const 0
  i32.eq
  i32.const 3488
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  i32.const 0
  drop
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $cacheLength
   i32.lt_s
   if
    local.get $a
    local.get $b
    local.get $cache
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i
    call $~lib/array/Array<usize>#__uget
    local.get $cache
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i
    i32.const 1
    i32.add
    call $~lib/array/Array<usize>#__uget
    call $node_modules/@as-pect/assembly/assembly/internal/Reflect/pairSeen
    if
     global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
     local.set $12
     global.get $~lib/memory/__stack_pointer
     i32.const 20
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $12
     return
    end
    local.get $i
    i32.const 2
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#get:length
  local.set $length
  i32.const 0
  local.set $i|9
  loop $for-loop|1
   local.get $i|9
   local.get $length
   i32.lt_s
   if
    local.get $a
    local.get $b
    local.get $stack
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i|9
    call $~lib/array/Array<usize>#__uget
    local.get $stack
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i|9
    i32.const 1
    i32.add
    call $~lib/array/Array<usize>#__uget
    call $node_modules/@as-pect/assembly/assembly/internal/Reflect/pairSeen
    if
     global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.DEFER_MATCH
     local.set $12
     global.get $~lib/memory/__stack_pointer
     i32.const 20
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $12
     return
    end
    local.get $i|9
    i32.const 2
    i32.add
    local.set $i|9
    br $for-loop|1
   end
  end
  i32.const 0
  drop
  i32.const 0
  drop
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  local.get $a
  call $~lib/array/Array<usize>#push
  drop
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  local.get $b
  call $~lib/array/Array<usize>#push
  drop
  i32.const 0
  local.set $result
  i32.const 0
  drop
  local.get $left
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  local.get $right
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=4
  local.get $12
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=8
  local.get $12
  local.get $cache
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=12
  local.get $12
  i32.const 0
  i32.const 21
  i32.const 3904
  call $~lib/rt/__newBuffer
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=16
  local.get $12
  call $kernel/tcb/WaitQueue#__aspectStrictEquals@override
  local.set $result
  local.get $result
  if
   local.get $cache
   local.set $12
   global.get $~lib/memory/__stack_pointer
   local.get $12
   i32.store
   local.get $12
   local.get $a
   call $~lib/array/Array<usize>#push
   drop
   local.get $cache
   local.set $12
   global.get $~lib/memory/__stack_pointer
   local.get $12
   i32.store
   local.get $12
   local.get $b
   call $~lib/array/Array<usize>#push
   drop
  end
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#pop
  drop
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#pop
  drop
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
  local.get $result
  select
  local.set $12
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $12
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/WaitQueue|null> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 32
  memory.fill
  i32.const 1
  drop
  local.get $left
  local.get $right
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  i32.const 1
  drop
  local.get $left
  i32.const 0
  i32.eq
  local.get $right
  i32.const 0
  i32.eq
  i32.xor
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $left
  local.tee $4
  i32.store
  local.get $4
  if (result i32)
   local.get $4
  else
   i32.const 832
   i32.const 3344
   i32.const 427
   i32.const 13
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $right
  local.tee $5
  i32.store offset=4
  local.get $5
  if (result i32)
   local.get $5
  else
   i32.const 832
   i32.const 3344
   i32.const 427
   i32.const 22
   call $~lib/builtins/abort
   unreachable
  end
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  i32.const 0
  drop
  i32.const 1
  drop
  local.get $left
  i32.const 0
  i32.eq
  local.get $right
  i32.const 0
  i32.eq
  i32.xor
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  i32.const 1
  drop
  i32.const 0
  i32.eqz
  drop
  i32.const 1
  drop
  global.get $~lib/memory/__stack_pointer
  local.get $left
  local.tee $6
  i32.store offset=24
  local.get $6
  if (result i32)
   local.get $6
  else
   i32.const 832
   i32.const 3344
   i32.const 453
   i32.const 34
   call $~lib/builtins/abort
   unreachable
  end
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=8
  local.get $8
  global.get $~lib/memory/__stack_pointer
  local.get $right
  local.tee $7
  i32.store offset=28
  local.get $7
  if (result i32)
   local.get $7
  else
   i32.const 832
   i32.const 3344
   i32.const 453
   i32.const 41
   call $~lib/builtins/abort
   unreachable
  end
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=12
  local.get $8
  local.get $stack
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=16
  local.get $8
  local.get $cache
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=20
  local.get $8
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/referencesEqual<kernel/tcb/WaitQueue>
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $kernel/tcb/MutexLink#__aspectStrictEquals (param $this i32) (param $rawRef i32) (param $stack i32) (param $cache i32) (param $ignore i32) (result i32)
  (local $5 i32)
  (local $6 i32)
  (local $ref i32)
  (local $8 i32)
  (local $9 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 40
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 40
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $rawRef
  local.tee $5
  i32.store
  local.get $5
  i32.eqz
  if (result i32)
   i32.const 0
  else
   local.get $5
   call $~instanceof|kernel/tcb/MutexLink
  end
  i32.eqz
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/memory/__stack_pointer
  local.get $rawRef
  local.tee $6
  i32.store offset=4
  local.get $6
  call $~instanceof|kernel/tcb/MutexLink
  if (result i32)
   local.get $6
  else
   i32.const 3792
   i32.const 3856
   i32.const 129
   i32.const 23
   call $~lib/builtins/abort
   unreachable
  end
  local.tee $ref
  i32.store offset=8
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4733312631308288000
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/MutexLink#get:owner
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/MutexLink#get:owner
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/Thread|null>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4746723114522509312
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/MutexLink#get:nextHeld
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/MutexLink#get:nextHeld
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/MutexLink|null>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  i32.const 1
  drop
  local.get $this
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  local.get $ref
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=16
  local.get $9
  local.get $stack
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=20
  local.get $9
  local.get $cache
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=24
  local.get $9
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=32
  local.get $9
  i32.const 16
  i32.const 21
  i32.const 4048
  call $~lib/rt/__newBuffer
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=36
  local.get $9
  call $~lib/staticarray/StaticArray.concat<i64>
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=28
  local.get $9
  call $~lib/object/Object#__aspectStrictEquals
  i32.eqz
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  i32.const 1
  local.set $9
  global.get $~lib/memory/__stack_pointer
  i32.const 40
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $9
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/referencesEqual<kernel/tcb/MutexLink> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $a i32)
  (local $b i32)
  (local $cacheLength i32)
  (local $i i32)
  (local $length i32)
  (local $i|9 i32)
  (local $result i32)
  (local $11 i32)
  (local $12 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  local.get $left
  local.set $a
  local.get $right
  local.set $b
  local.get $cache
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#get:length
  local.set $cacheLength
  local.get $cacheLength
  i32.const 1
  i32.and
  i32.const 0
  i32.eq
  i32.const 3488
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  i32.const 0
  drop
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $cacheLength
   i32.lt_s
   if
    local.get $a
    local.get $b
    local.get $cache
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i
    call $~lib/array/Array<usize>#__uget
    local.get $cache
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i
    i32.const 1
    i32.add
    call $~lib/array/Array<usize>#__uget
    call $node_modules/@as-pect/assembly/assembly/internal/Reflect/pairSeen
    if
     global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
     local.set $12
     global.get $~lib/memory/__stack_pointer
     i32.const 20
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $12
     return
    end
    local.get $i
    i32.const 2
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#get:length
  local.set $length
  i32.const 0
  local.set $i|9
  loop $for-loop|1
   local.get $i|9
   local.get $length
   i32.lt_s
   if
    local.get $a
    local.get $b
    local.get $stack
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i|9
    call $~lib/array/Array<usize>#__uget
    local.get $stack
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i|9
    i32.const 1
    i32.add
    call $~lib/array/Array<usize>#__uget
    call $node_modules/@as-pect/assembly/assembly/internal/Reflect/pairSeen
    if
     global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.DEFER_MATCH
     local.set $12
     global.get $~lib/memory/__stack_pointer
     i32.const 20
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $12
     return
    end
    local.get $i|9
    i32.const 2
    i32.add
    local.set $i|9
    br $for-loop|1
   end
  end
  i32.const 0
  drop
  i32.const 0
  drop
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  local.get $a
  call $~lib/array/Array<usize>#push
  drop
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  local.get $b
  call $~lib/array/Array<usize>#push
  drop
  i32.const 0
  local.set $result
  i32.const 0
  drop
  local.get $left
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  local.get $right
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=4
  local.get $12
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=8
  local.get $12
  local.get $cache
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=12
  local.get $12
  i32.const 0
  i32.const 21
  i32.const 4016
  call $~lib/rt/__newBuffer
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=16
  local.get $12
  call $kernel/tcb/MutexLink#__aspectStrictEquals@override
  local.set $result
  local.get $result
  if
   local.get $cache
   local.set $12
   global.get $~lib/memory/__stack_pointer
   local.get $12
   i32.store
   local.get $12
   local.get $a
   call $~lib/array/Array<usize>#push
   drop
   local.get $cache
   local.set $12
   global.get $~lib/memory/__stack_pointer
   local.get $12
   i32.store
   local.get $12
   local.get $b
   call $~lib/array/Array<usize>#push
   drop
  end
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#pop
  drop
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#pop
  drop
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
  local.get $result
  select
  local.set $12
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $12
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/MutexLink|null> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 32
  memory.fill
  i32.const 1
  drop
  local.get $left
  local.get $right
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  i32.const 1
  drop
  local.get $left
  i32.const 0
  i32.eq
  local.get $right
  i32.const 0
  i32.eq
  i32.xor
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $left
  local.tee $4
  i32.store
  local.get $4
  if (result i32)
   local.get $4
  else
   i32.const 832
   i32.const 3344
   i32.const 427
   i32.const 13
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $right
  local.tee $5
  i32.store offset=4
  local.get $5
  if (result i32)
   local.get $5
  else
   i32.const 832
   i32.const 3344
   i32.const 427
   i32.const 22
   call $~lib/builtins/abort
   unreachable
  end
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  i32.const 0
  drop
  i32.const 1
  drop
  local.get $left
  i32.const 0
  i32.eq
  local.get $right
  i32.const 0
  i32.eq
  i32.xor
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  i32.const 1
  drop
  i32.const 0
  i32.eqz
  drop
  i32.const 1
  drop
  global.get $~lib/memory/__stack_pointer
  local.get $left
  local.tee $6
  i32.store offset=24
  local.get $6
  if (result i32)
   local.get $6
  else
   i32.const 832
   i32.const 3344
   i32.const 453
   i32.const 34
   call $~lib/builtins/abort
   unreachable
  end
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=8
  local.get $8
  global.get $~lib/memory/__stack_pointer
  local.get $right
  local.tee $7
  i32.store offset=28
  local.get $7
  if (result i32)
   local.get $7
  else
   i32.const 832
   i32.const 3344
   i32.const 453
   i32.const 41
   call $~lib/builtins/abort
   unreachable
  end
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=12
  local.get $8
  local.get $stack
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=16
  local.get $8
  local.get $cache
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=20
  local.get $8
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/referencesEqual<kernel/tcb/MutexLink>
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $kernel/tcb/Thread#__aspectStrictEquals (param $this i32) (param $rawRef i32) (param $stack i32) (param $cache i32) (param $ignore i32) (result i32)
  (local $5 i32)
  (local $6 i32)
  (local $ref i32)
  (local $8 i32)
  (local $9 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 40
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 40
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $rawRef
  local.tee $5
  i32.store
  local.get $5
  i32.eqz
  if (result i32)
   i32.const 0
  else
   local.get $5
   call $~instanceof|kernel/tcb/Thread
  end
  i32.eqz
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/memory/__stack_pointer
  local.get $rawRef
  local.tee $6
  i32.store offset=4
  local.get $6
  call $~instanceof|kernel/tcb/Thread
  if (result i32)
   local.get $6
  else
   i32.const 3792
   i32.const 3856
   i32.const 86
   i32.const 21
   call $~lib/builtins/abort
   unreachable
  end
  local.tee $ref
  i32.store offset=8
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4708053868242534400
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:id
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:id
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4746555151525871616
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:name
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:name
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<~lib/string/String>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4732933506458451968
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:entry
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:entry
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<%28u32%29=>void>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4730768338551046144
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:arg
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:arg
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const -4472927463250329600
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:stackStart
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:stackStart
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const -4472885602605334528
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:stackBytes
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:stackBytes
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4733390178922528768
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:state
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:state
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<i32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const -4485908886590586880
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:suspended
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:suspended
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<bool>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4746568925200777216
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:basePriority
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:basePriority
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4736931480943460352
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:priority
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:priority
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4753314785880178688
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:sliceLeft
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:sliceLeft
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4746555171381706752
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:next
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:next
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/Thread|null>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4746555529600434176
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:prev
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:prev
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/Thread|null>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4733351062574989312
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:queue
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:queue
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/WaitQueue|null>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4731997669726093312
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:deadline
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:deadline
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4733403654147538944
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:timed
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:timed
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<bool>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4733406533386240000
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:tnext
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:tnext
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/Thread|null>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4733407966261149696
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:tprev
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:tprev
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/Thread|null>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const -4471103405746552832
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:waitResult
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:waitResult
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<i32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const -4474481719669424128
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:waitValue
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:waitValue
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const -4480378848768163840
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:waitPtr
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:waitPtr
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<usize>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const -4474442729721430016
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:waitFlags
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:waitFlags
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4744547121871454208
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:heldMutexes
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:heldMutexes
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/MutexLink|null>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const -4472183536801021952
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:waitingMutex
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=28
   local.get $9
   call $kernel/tcb/Thread#get:waitingMutex
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=24
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/MutexLink|null>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const 4746052880421617664
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:notifyValue
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:notifyValue
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<u32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const -4489574681224937472
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:notifyPending
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:notifyPending
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<bool>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  i64.const -4475885187783196672
  i32.const 0
  call $~lib/staticarray/StaticArray<i64>#includes
  i32.eqz
  if (result i32)
   local.get $this
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:bottomHalfOf
   local.get $ref
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=20
   local.get $9
   call $kernel/tcb/Thread#get:bottomHalfOf
   local.get $stack
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=12
   local.get $9
   local.get $cache
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=16
   local.get $9
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<i32>
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  i32.const 1
  drop
  local.get $this
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=12
  local.get $9
  local.get $ref
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=16
  local.get $9
  local.get $stack
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=20
  local.get $9
  local.get $cache
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=24
  local.get $9
  local.get $ignore
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=32
  local.get $9
  i32.const 216
  i32.const 21
  i32.const 4096
  call $~lib/rt/__newBuffer
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=36
  local.get $9
  call $~lib/staticarray/StaticArray.concat<i64>
  local.set $9
  global.get $~lib/memory/__stack_pointer
  local.get $9
  i32.store offset=28
  local.get $9
  call $~lib/object/Object#__aspectStrictEquals
  i32.eqz
  if
   i32.const 0
   local.set $9
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $9
   return
  end
  i32.const 1
  local.set $9
  global.get $~lib/memory/__stack_pointer
  i32.const 40
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $9
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/referencesEqual<kernel/tcb/Thread> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $a i32)
  (local $b i32)
  (local $cacheLength i32)
  (local $i i32)
  (local $length i32)
  (local $i|9 i32)
  (local $result i32)
  (local $11 i32)
  (local $12 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  local.get $left
  local.set $a
  local.get $right
  local.set $b
  local.get $cache
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#get:length
  local.set $cacheLength
  local.get $cacheLength
  i32.const 1
  i32.and
  i32.const 0
  i32.eq
  i32.const 3488
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  i32.const 0
  drop
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $cacheLength
   i32.lt_s
   if
    local.get $a
    local.get $b
    local.get $cache
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i
    call $~lib/array/Array<usize>#__uget
    local.get $cache
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i
    i32.const 1
    i32.add
    call $~lib/array/Array<usize>#__uget
    call $node_modules/@as-pect/assembly/assembly/internal/Reflect/pairSeen
    if
     global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
     local.set $12
     global.get $~lib/memory/__stack_pointer
     i32.const 20
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $12
     return
    end
    local.get $i
    i32.const 2
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#get:length
  local.set $length
  i32.const 0
  local.set $i|9
  loop $for-loop|1
   local.get $i|9
   local.get $length
   i32.lt_s
   if
    local.get $a
    local.get $b
    local.get $stack
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i|9
    call $~lib/array/Array<usize>#__uget
    local.get $stack
    local.set $12
    global.get $~lib/memory/__stack_pointer
    local.get $12
    i32.store
    local.get $12
    local.get $i|9
    i32.const 1
    i32.add
    call $~lib/array/Array<usize>#__uget
    call $node_modules/@as-pect/assembly/assembly/internal/Reflect/pairSeen
    if
     global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.DEFER_MATCH
     local.set $12
     global.get $~lib/memory/__stack_pointer
     i32.const 20
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $12
     return
    end
    local.get $i|9
    i32.const 2
    i32.add
    local.set $i|9
    br $for-loop|1
   end
  end
  i32.const 0
  drop
  i32.const 0
  drop
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  local.get $a
  call $~lib/array/Array<usize>#push
  drop
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  local.get $b
  call $~lib/array/Array<usize>#push
  drop
  i32.const 0
  local.set $result
  i32.const 0
  drop
  local.get $left
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  local.get $right
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=4
  local.get $12
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=8
  local.get $12
  local.get $cache
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=12
  local.get $12
  i32.const 0
  i32.const 21
  i32.const 3760
  call $~lib/rt/__newBuffer
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store offset=16
  local.get $12
  call $kernel/tcb/Thread#__aspectStrictEquals
  local.set $result
  local.get $result
  if
   local.get $cache
   local.set $12
   global.get $~lib/memory/__stack_pointer
   local.get $12
   i32.store
   local.get $12
   local.get $a
   call $~lib/array/Array<usize>#push
   drop
   local.get $cache
   local.set $12
   global.get $~lib/memory/__stack_pointer
   local.get $12
   i32.store
   local.get $12
   local.get $b
   call $~lib/array/Array<usize>#push
   drop
  end
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#pop
  drop
  local.get $stack
  local.set $12
  global.get $~lib/memory/__stack_pointer
  local.get $12
  i32.store
  local.get $12
  call $~lib/array/Array<usize>#pop
  drop
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
  local.get $result
  select
  local.set $12
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $12
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/Thread|null> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 32
  memory.fill
  i32.const 1
  drop
  local.get $left
  local.get $right
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  i32.const 1
  drop
  local.get $left
  i32.const 0
  i32.eq
  local.get $right
  i32.const 0
  i32.eq
  i32.xor
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $left
  local.tee $4
  i32.store
  local.get $4
  if (result i32)
   local.get $4
  else
   i32.const 832
   i32.const 3344
   i32.const 427
   i32.const 13
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $right
  local.tee $5
  i32.store offset=4
  local.get $5
  if (result i32)
   local.get $5
  else
   i32.const 832
   i32.const 3344
   i32.const 427
   i32.const 22
   call $~lib/builtins/abort
   unreachable
  end
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  i32.const 0
  drop
  i32.const 1
  drop
  local.get $left
  i32.const 0
  i32.eq
  local.get $right
  i32.const 0
  i32.eq
  i32.xor
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  i32.const 1
  drop
  i32.const 0
  i32.eqz
  drop
  i32.const 1
  drop
  global.get $~lib/memory/__stack_pointer
  local.get $left
  local.tee $6
  i32.store offset=24
  local.get $6
  if (result i32)
   local.get $6
  else
   i32.const 832
   i32.const 3344
   i32.const 453
   i32.const 34
   call $~lib/builtins/abort
   unreachable
  end
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=8
  local.get $8
  global.get $~lib/memory/__stack_pointer
  local.get $right
  local.tee $7
  i32.store offset=28
  local.get $7
  if (result i32)
   local.get $7
  else
   i32.const 832
   i32.const 3344
   i32.const 453
   i32.const 41
   call $~lib/builtins/abort
   unreachable
  end
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=12
  local.get $8
  local.get $stack
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=16
  local.get $8
  local.get $cache
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=20
  local.get $8
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/referencesEqual<kernel/tcb/Thread>
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/Thread|null>@varargs (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 24
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 24
  memory.fill
  block $2of2
   block $1of2
    block $0of2
     block $outOfRange
      global.get $~argumentsLength
      i32.const 2
      i32.sub
      br_table $0of2 $1of2 $2of2 $outOfRange
     end
     unreachable
    end
    global.get $~lib/memory/__stack_pointer
    i32.const 0
    i32.const 2
    i32.const 23
    i32.const 4336
    call $~lib/rt/__newArray
    local.tee $stack
    i32.store
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   i32.const 2
   i32.const 23
   i32.const 4368
   call $~lib/rt/__newArray
   local.tee $cache
   i32.store offset=4
  end
  local.get $left
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=8
  local.get $8
  local.get $right
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=12
  local.get $8
  local.get $stack
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=16
  local.get $8
  local.get $cache
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=20
  local.get $8
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/Thread|null>
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 24
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>@varargs (param $value i32) (param $seen i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  block $1of1
   block $0of1
    block $outOfRange
     global.get $~argumentsLength
     i32.const 1
     i32.sub
     br_table $0of1 $1of1 $outOfRange
    end
    unreachable
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   call $"~lib/map/Map<usize,i32>#constructor"
   local.tee $seen
   i32.store
  end
  local.get $value
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $seen
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<~lib/string/String> (param $expected i32) (param $negated i32)
  (local $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $expected
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/reportExpectedReflectedValue
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<kernel/tcb/Thread|null> (param $expected i32) (param $negated i32)
  (local $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $expected
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<kernel/tcb/Thread|null>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/reportExpectedReflectedValue
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe (param $this i32) (param $expected i32) (param $message i32)
  (local $actual i32)
  (local $equals i32)
  (local $5 i32)
  (local $6 i32)
  (local $negated i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#get:actual
  local.tee $actual
  i32.store offset=4
  i32.const 0
  local.set $equals
  i32.const 1
  drop
  i32.const 1
  drop
  local.get $actual
  i32.const 0
  i32.eq
  if (result i32)
   local.get $expected
   i32.const 0
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 1
   local.set $equals
  else
   local.get $actual
   i32.const 0
   i32.eq
   local.get $expected
   i32.const 0
   i32.eq
   i32.xor
   if
    i32.const 0
    local.set $equals
   else
    global.get $~lib/memory/__stack_pointer
    local.get $actual
    local.tee $5
    i32.store offset=8
    local.get $5
    if (result i32)
     local.get $5
    else
     i32.const 832
     i32.const 1024
     i32.const 46
     i32.const 26
     call $~lib/builtins/abort
     unreachable
    end
    global.get $~lib/memory/__stack_pointer
    local.get $expected
    local.tee $6
    i32.store offset=12
    local.get $6
    if (result i32)
     local.get $6
    else
     i32.const 832
     i32.const 1024
     i32.const 46
     i32.const 37
     call $~lib/builtins/abort
     unreachable
    end
    i32.eq
    local.set $equals
   end
  end
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#get:_not
  local.set $negated
  local.get $actual
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<kernel/tcb/Thread|null>
  i32.const 0
  i32.eqz
  drop
  local.get $negated
  i32.eqz
  if (result i32)
   local.get $actual
   i32.const 0
   i32.ne
  else
   i32.const 0
  end
  if (result i32)
   local.get $expected
   i32.const 0
   i32.ne
  else
   i32.const 0
  end
  if (result i32)
   local.get $actual
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $expected
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=16
   local.get $8
   i32.const 0
   i32.const 2
   global.set $~argumentsLength
   i32.const 0
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<kernel/tcb/Thread|null>@varargs
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 4400
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   i32.const 0
   call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<~lib/string/String>
  else
   local.get $expected
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $negated
   call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<kernel/tcb/Thread|null>
  end
  local.get $equals
  local.get $negated
  i32.xor
  local.get $message
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.clear
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $kernel/sched/readyRemove (param $t i32)
  (local $p i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  local.get $t
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $kernel/tcb/Thread#get:priority
  local.set $p
  local.get $t
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $kernel/tcb/Thread#get:next
  local.get $t
  i32.eq
  if
   global.get $kernel/sched/readyHead
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   local.get $p
   i32.const 0
   call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uset
   global.get $kernel/sched/readyMap
   i32.const 1
   local.get $p
   i32.shl
   i32.const -1
   i32.xor
   i32.and
   global.set $kernel/sched/readyMap
  else
   global.get $~lib/memory/__stack_pointer
   local.get $t
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=8
   local.get $4
   call $kernel/tcb/Thread#get:prev
   local.tee $2
   i32.store offset=12
   local.get $2
   if (result i32)
    local.get $2
   else
    i32.const 832
    i32.const 960
    i32.const 72
    i32.const 5
    call $~lib/builtins/abort
    unreachable
   end
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   local.get $t
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=8
   local.get $4
   call $kernel/tcb/Thread#get:next
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=4
   local.get $4
   call $kernel/tcb/Thread#set:next
   global.get $~lib/memory/__stack_pointer
   local.get $t
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=8
   local.get $4
   call $kernel/tcb/Thread#get:next
   local.tee $3
   i32.store offset=16
   local.get $3
   if (result i32)
    local.get $3
   else
    i32.const 832
    i32.const 960
    i32.const 73
    i32.const 5
    call $~lib/builtins/abort
    unreachable
   end
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   local.get $t
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=8
   local.get $4
   call $kernel/tcb/Thread#get:prev
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=4
   local.get $4
   call $kernel/tcb/Thread#set:prev
   global.get $kernel/sched/readyHead
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   local.get $p
   call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   local.get $t
   i32.eq
   if
    global.get $kernel/sched/readyHead
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store
    local.get $4
    local.get $p
    local.get $t
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store offset=8
    local.get $4
    call $kernel/tcb/Thread#get:next
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store offset=4
    local.get $4
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uset
   end
  end
  local.get $t
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  i32.const 0
  call $kernel/tcb/Thread#set:next
  local.get $t
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  i32.const 0
  call $kernel/tcb/Thread#set:prev
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBeNull (param $this i32) (param $message i32)
  (local $negated i32)
  (local $actual i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#get:_not
  local.set $negated
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#get:actual
  local.tee $actual
  i32.store offset=4
  i32.const 0
  drop
  i32.const 1
  drop
  local.get $actual
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<kernel/tcb/Thread|null>
  i32.const 0
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<kernel/tcb/Thread|null>
  local.get $negated
  local.get $actual
  i32.const 0
  i32.eq
  i32.xor
  local.get $message
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.clear
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/sched.spec~anonymous|0~anonymous|0
  (local $a i32)
  (local $b i32)
  (local $c i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 32
  memory.fill
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  call $tests/unit/sched.spec/thread
  local.tee $a
  i32.store
  global.get $~lib/memory/__stack_pointer
  i32.const 3
  call $tests/unit/sched.spec/thread
  local.tee $b
  i32.store offset=4
  global.get $~lib/memory/__stack_pointer
  i32.const 31
  call $tests/unit/sched.spec/thread
  local.tee $c
  i32.store offset=8
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyInsert
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyInsert
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyInsert
  block $kernel/sched/highestReady|inlined.0 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=28
    local.get $3
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.0
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyRemove
  block $kernel/sched/highestReady|inlined.1 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=28
    local.get $3
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.1
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyRemove
  block $kernel/sched/highestReady|inlined.2 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=28
    local.get $3
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.2
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyRemove
  block $kernel/sched/highestReady|inlined.3 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=24
    local.get $3
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.3
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBeNull
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/sched.spec~anonymous|0~anonymous|1
  (local $a i32)
  (local $b i32)
  (local $c i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 32
  memory.fill
  global.get $~lib/memory/__stack_pointer
  i32.const 7
  call $tests/unit/sched.spec/thread
  local.tee $a
  i32.store
  global.get $~lib/memory/__stack_pointer
  i32.const 7
  call $tests/unit/sched.spec/thread
  local.tee $b
  i32.store offset=4
  global.get $~lib/memory/__stack_pointer
  i32.const 7
  call $tests/unit/sched.spec/thread
  local.tee $c
  i32.store offset=8
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyInsert
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyInsert
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyInsert
  block $kernel/sched/highestReady|inlined.4 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=28
    local.get $3
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.4
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyRemove
  block $kernel/sched/highestReady|inlined.5 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=28
    local.get $3
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.5
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyRemove
  block $kernel/sched/highestReady|inlined.6 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=28
    local.get $3
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.6
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/sched/readyRemove
  block $kernel/sched/highestReady|inlined.7 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=24
    local.get $3
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.7
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBeNull
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<kernel/tcb/Thread>#constructor (param $this i32) (param $length i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $bufferSize i32)
  (local $buffer i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.const 26
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<kernel/tcb/Thread>#set:buffer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<kernel/tcb/Thread>#set:dataStart
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<kernel/tcb/Thread>#set:byteLength
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<kernel/tcb/Thread>#set:length_
  local.get $length
  i32.const 1073741820
  i32.const 2
  i32.shr_u
  i32.gt_u
  if
   i32.const 64
   i32.const 3712
   i32.const 70
   i32.const 60
   call $~lib/builtins/abort
   unreachable
  end
  local.get $length
  local.tee $2
  i32.const 8
  local.tee $3
  local.get $2
  local.get $3
  i32.gt_u
  select
  i32.const 2
  i32.shl
  local.set $bufferSize
  global.get $~lib/memory/__stack_pointer
  local.get $bufferSize
  i32.const 1
  call $~lib/rt/itcms/__new
  local.tee $buffer
  i32.store offset=8
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $buffer
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=12
  local.get $6
  call $~lib/array/Array<kernel/tcb/Thread>#set:buffer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $buffer
  call $~lib/array/Array<kernel/tcb/Thread>#set:dataStart
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $bufferSize
  call $~lib/array/Array<kernel/tcb/Thread>#set:byteLength
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $length
  call $~lib/array/Array<kernel/tcb/Thread>#set:length_
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
 )
 (func $~lib/array/Array<kernel/tcb/Thread>#push (param $this i32) (param $value i32) (result i32)
  (local $oldLen i32)
  (local $len i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/array/Array<kernel/tcb/Thread>#get:length_
  local.set $oldLen
  local.get $oldLen
  i32.const 1
  i32.add
  local.set $len
  local.get $this
  local.get $len
  i32.const 2
  i32.const 1
  call $~lib/array/ensureCapacity
  i32.const 1
  drop
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/array/Array<kernel/tcb/Thread>#get:dataStart
  local.get $oldLen
  i32.const 2
  i32.shl
  i32.add
  local.get $value
  i32.store
  local.get $this
  local.get $value
  i32.const 1
  call $~lib/rt/itcms/__link
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $len
  call $~lib/array/Array<kernel/tcb/Thread>#set:length_
  local.get $len
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#constructor (param $this i32) (param $actual i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 27
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#set:_not
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>@varargs (param $value i32) (param $seen i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  block $1of1
   block $0of1
    block $outOfRange
     global.get $~argumentsLength
     i32.const 1
     i32.sub
     br_table $0of1 $1of1 $outOfRange
    end
    unreachable
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   call $"~lib/map/Map<usize,i32>#constructor"
   local.tee $seen
   i32.store
  end
  local.get $value
  local.get $seen
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<u32>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#toBe (param $this i32) (param $expected i32) (param $message i32)
  (local $actual i32)
  (local $equals i32)
  (local $negated i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#get:actual
  local.set $actual
  i32.const 0
  local.set $equals
  i32.const 0
  drop
  local.get $actual
  local.get $expected
  i32.eq
  local.set $equals
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#get:_not
  local.set $negated
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<u32>
  i32.const 0
  drop
  local.get $expected
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<u32>
  local.get $equals
  local.get $negated
  i32.xor
  local.get $message
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.clear
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/sched.spec~anonymous|0~anonymous|2
  (local $ts i32)
  (local $p i32)
  (local $t i32)
  (local $p|3 i32)
  (local $4 i32)
  (local $h i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 32
  memory.fill
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 0
  call $~lib/array/Array<kernel/tcb/Thread>#constructor
  local.tee $ts
  i32.store
  i32.const 0
  local.set $p
  loop $for-loop|0
   local.get $p
   i32.const 32
   i32.lt_u
   if
    global.get $~lib/memory/__stack_pointer
    i32.const 31
    local.get $p
    i32.sub
    call $tests/unit/sched.spec/thread
    local.tee $t
    i32.store offset=4
    local.get $ts
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=8
    local.get $6
    local.get $t
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=12
    local.get $6
    call $~lib/array/Array<kernel/tcb/Thread>#push
    drop
    local.get $t
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=8
    local.get $6
    call $kernel/sched/readyInsert
    local.get $p
    i32.const 1
    i32.add
    local.set $p
    br $for-loop|0
   end
  end
  i32.const 0
  local.set $p|3
  loop $for-loop|1
   local.get $p|3
   i32.const 32
   i32.lt_u
   if
    global.get $~lib/memory/__stack_pointer
    global.get $~lib/memory/__stack_pointer
    block $kernel/sched/highestReady|inlined.8 (result i32)
     global.get $kernel/sched/readyMap
     i32.const 0
     i32.eq
     if (result i32)
      i32.const 0
     else
      global.get $kernel/sched/readyHead
      local.set $6
      global.get $~lib/memory/__stack_pointer
      local.get $6
      i32.store offset=8
      local.get $6
      global.get $kernel/sched/readyMap
      i32.ctz
      call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
     end
     br $kernel/sched/highestReady|inlined.8
    end
    local.tee $4
    i32.store offset=16
    local.get $4
    if (result i32)
     local.get $4
    else
     i32.const 832
     i32.const 4784
     i32.const 53
     i32.const 17
     call $~lib/builtins/abort
     unreachable
    end
    local.tee $h
    i32.store offset=20
    local.get $h
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=24
    local.get $6
    call $kernel/tcb/Thread#get:priority
    call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<u32>
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=8
    local.get $6
    local.get $p|3
    i32.const 768
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=12
    local.get $6
    call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#toBe
    local.get $h
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=8
    local.get $6
    call $kernel/sched/readyRemove
    local.get $p|3
    i32.const 1
    i32.add
    local.set $p|3
    br $for-loop|1
   end
  end
  block $kernel/sched/highestReady|inlined.9 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=28
    local.get $6
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.9
  end
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=24
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=8
  local.get $6
  i32.const 768
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=12
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBeNull
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $kernel/sched/readyRequeue (param $t i32) (param $priority i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $t
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $kernel/sched/readyRemove
  local.get $t
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $priority
  call $kernel/tcb/Thread#set:priority
  local.get $t
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $kernel/sched/readyInsert
  local.get $t
  global.get $kernel/sched/running
  i32.eq
  if
   global.get $kernel/sched/readyHead
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store
   local.get $2
   local.get $priority
   local.get $t
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=4
   local.get $2
   call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uset
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/sched.spec~anonymous|0~anonymous|3
  (local $a i32)
  (local $b i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 28
  memory.fill
  global.get $~lib/memory/__stack_pointer
  i32.const 10
  call $tests/unit/sched.spec/thread
  local.tee $a
  i32.store
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  call $tests/unit/sched.spec/thread
  local.tee $b
  i32.store offset=4
  local.get $a
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $kernel/sched/readyInsert
  local.get $b
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $kernel/sched/readyInsert
  local.get $b
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  i32.const 5
  call $kernel/sched/readyRequeue
  block $kernel/sched/highestReady|inlined.10 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $2
    global.get $~lib/memory/__stack_pointer
    local.get $2
    i32.store offset=24
    local.get $2
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.10
  end
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=20
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  local.get $b
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=12
  local.get $2
  i32.const 768
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=16
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $b
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=16
  local.get $2
  call $kernel/tcb/Thread#get:priority
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<u32>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  i32.const 5
  i32.const 768
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=12
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<u32>#toBe
  local.get $a
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $kernel/sched/readyRemove
  local.get $b
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $kernel/sched/readyRemove
  block $kernel/sched/highestReady|inlined.11 (result i32)
   global.get $kernel/sched/readyMap
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 0
   else
    global.get $kernel/sched/readyHead
    local.set $2
    global.get $~lib/memory/__stack_pointer
    local.get $2
    i32.store offset=20
    local.get $2
    global.get $kernel/sched/readyMap
    i32.ctz
    call $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#__uget
   end
   br $kernel/sched/highestReady|inlined.11
  end
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=16
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  i32.const 768
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=12
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBeNull
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/sched.spec~anonymous|0
  (local $0 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  i32.const 624
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 4480
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/Test/test
  i32.const 4512
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 4624
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/Test/test
  i32.const 4656
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 4864
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/Test/test
  i32.const 4896
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 5008
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/Test/test
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $kernel/timeout/timeoutAdd (param $t i32) (param $deadline i32)
  (local $p i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 28
  memory.fill
  local.get $t
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $deadline
  call $kernel/tcb/Thread#set:deadline
  local.get $t
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  i32.const 1
  call $kernel/tcb/Thread#set:timed
  global.get $~lib/memory/__stack_pointer
  global.get $kernel/timeout/head
  local.tee $p
  i32.store offset=4
  local.get $p
  i32.const 0
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $t
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $kernel/tcb/Thread#get:deadline
   local.get $p
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $kernel/tcb/Thread#get:deadline
   i32.sub
   i32.const 0
   i32.lt_s
  end
  if
   local.get $t
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   local.get $p
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=8
   local.get $6
   call $kernel/tcb/Thread#set:tnext
   local.get $t
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   i32.const 0
   call $kernel/tcb/Thread#set:tprev
   local.get $p
   i32.const 0
   i32.ne
   if
    local.get $p
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store
    local.get $6
    local.get $t
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=8
    local.get $6
    call $kernel/tcb/Thread#set:tprev
   end
   local.get $t
   global.set $kernel/timeout/head
   global.get $~lib/memory/__stack_pointer
   i32.const 28
   i32.add
   global.set $~lib/memory/__stack_pointer
   return
  end
  loop $while-continue|0
   local.get $p
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $kernel/tcb/Thread#get:tnext
   i32.const 0
   i32.ne
   if (result i32)
    global.get $~lib/memory/__stack_pointer
    local.get $p
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=8
    local.get $6
    call $kernel/tcb/Thread#get:tnext
    local.tee $3
    i32.store offset=12
    local.get $3
    if (result i32)
     local.get $3
    else
     i32.const 832
     i32.const 5280
     i32.const 31
     i32.const 36
     call $~lib/builtins/abort
     unreachable
    end
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store
    local.get $6
    call $kernel/tcb/Thread#get:deadline
    local.get $t
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store
    local.get $6
    call $kernel/tcb/Thread#get:deadline
    i32.sub
    i32.const 0
    i32.le_s
   else
    i32.const 0
   end
   if
    global.get $~lib/memory/__stack_pointer
    global.get $~lib/memory/__stack_pointer
    local.get $p
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store
    local.get $6
    call $kernel/tcb/Thread#get:tnext
    local.tee $4
    i32.store offset=16
    local.get $4
    if (result i32)
     local.get $4
    else
     i32.const 832
     i32.const 5280
     i32.const 31
     i32.const 78
     call $~lib/builtins/abort
     unreachable
    end
    local.tee $p
    i32.store offset=4
    br $while-continue|0
   end
  end
  local.get $t
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $p
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=20
  local.get $6
  call $kernel/tcb/Thread#get:tnext
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=8
  local.get $6
  call $kernel/tcb/Thread#set:tnext
  local.get $t
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $p
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=8
  local.get $6
  call $kernel/tcb/Thread#set:tprev
  local.get $p
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $kernel/tcb/Thread#get:tnext
  i32.const 0
  i32.ne
  if
   global.get $~lib/memory/__stack_pointer
   local.get $p
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=20
   local.get $6
   call $kernel/tcb/Thread#get:tnext
   local.tee $5
   i32.store offset=24
   local.get $5
   if (result i32)
    local.get $5
   else
    i32.const 832
    i32.const 5280
    i32.const 34
    i32.const 25
    call $~lib/builtins/abort
    unreachable
   end
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   local.get $t
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=8
   local.get $6
   call $kernel/tcb/Thread#set:tprev
  end
  local.get $p
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $t
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=8
  local.get $6
  call $kernel/tcb/Thread#set:tnext
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $kernel/timeout/timeoutDue (param $now i32) (result i32)
  (local $h i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  global.get $kernel/timeout/head
  local.tee $h
  i32.store
  local.get $h
  i32.const 0
  i32.ne
  if (result i32)
   local.get $now
   local.get $h
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=4
   local.get $2
   call $kernel/tcb/Thread#get:deadline
   i32.sub
   i32.const 0
   i32.ge_s
  else
   i32.const 0
  end
  if (result i32)
   local.get $h
  else
   i32.const 0
  end
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $kernel/timeout/timeoutRemove (param $t i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  local.get $t
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $kernel/tcb/Thread#get:tprev
  i32.const 0
  i32.ne
  if
   global.get $~lib/memory/__stack_pointer
   local.get $t
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store offset=8
   local.get $3
   call $kernel/tcb/Thread#get:tprev
   local.tee $1
   i32.store offset=12
   local.get $1
   if (result i32)
    local.get $1
   else
    i32.const 832
    i32.const 5280
    i32.const 40
    i32.const 25
    call $~lib/builtins/abort
    unreachable
   end
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   local.get $t
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store offset=8
   local.get $3
   call $kernel/tcb/Thread#get:tnext
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store offset=4
   local.get $3
   call $kernel/tcb/Thread#set:tnext
  else
   local.get $t
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   call $kernel/tcb/Thread#get:tnext
   global.set $kernel/timeout/head
  end
  local.get $t
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $kernel/tcb/Thread#get:tnext
  i32.const 0
  i32.ne
  if
   global.get $~lib/memory/__stack_pointer
   local.get $t
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store offset=8
   local.get $3
   call $kernel/tcb/Thread#get:tnext
   local.tee $2
   i32.store offset=16
   local.get $2
   if (result i32)
    local.get $2
   else
    i32.const 832
    i32.const 5280
    i32.const 42
    i32.const 25
    call $~lib/builtins/abort
    unreachable
   end
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   local.get $t
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store offset=8
   local.get $3
   call $kernel/tcb/Thread#get:tprev
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store offset=4
   local.get $3
   call $kernel/tcb/Thread#set:tprev
  end
  local.get $t
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 0
  call $kernel/tcb/Thread#set:tnext
  local.get $t
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 0
  call $kernel/tcb/Thread#set:tprev
  local.get $t
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 0
  call $kernel/tcb/Thread#set:timed
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/sched.spec~anonymous|1~anonymous|0
  (local $a i32)
  (local $b i32)
  (local $c i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 28
  memory.fill
  global.get $~lib/memory/__stack_pointer
  i32.const 1
  call $tests/unit/sched.spec/thread
  local.tee $a
  i32.store
  global.get $~lib/memory/__stack_pointer
  i32.const 1
  call $tests/unit/sched.spec/thread
  local.tee $b
  i32.store offset=4
  global.get $~lib/memory/__stack_pointer
  i32.const 1
  call $tests/unit/sched.spec/thread
  local.tee $c
  i32.store offset=8
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 30
  call $kernel/timeout/timeoutAdd
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 10
  call $kernel/timeout/timeoutAdd
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 30
  call $kernel/timeout/timeoutAdd
  i32.const 9
  call $kernel/timeout/timeoutDue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBeNull
  i32.const 10
  call $kernel/timeout/timeoutDue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/timeout/timeoutRemove
  i32.const 29
  call $kernel/timeout/timeoutDue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBeNull
  i32.const 30
  call $kernel/timeout/timeoutDue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/timeout/timeoutRemove
  i32.const 31
  call $kernel/timeout/timeoutDue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/timeout/timeoutRemove
  i32.const -1
  call $kernel/timeout/timeoutDue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBeNull
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/sched.spec~anonymous|1~anonymous|1
  (local $late i32)
  (local $early i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 24
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 24
  memory.fill
  global.get $~lib/memory/__stack_pointer
  i32.const 1
  call $tests/unit/sched.spec/thread
  local.tee $late
  i32.store
  global.get $~lib/memory/__stack_pointer
  i32.const 1
  call $tests/unit/sched.spec/thread
  local.tee $early
  i32.store offset=4
  local.get $late
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  i32.const 5
  call $kernel/timeout/timeoutAdd
  local.get $early
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  i32.const -16
  call $kernel/timeout/timeoutAdd
  i32.const -16
  call $kernel/timeout/timeoutDue
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=20
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  local.get $early
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=12
  local.get $2
  i32.const 768
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=16
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $early
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $kernel/timeout/timeoutRemove
  i32.const -8
  call $kernel/timeout/timeoutDue
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=16
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  i32.const 768
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=12
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBeNull
  i32.const 5
  call $kernel/timeout/timeoutDue
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=20
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  local.get $late
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=12
  local.get $2
  i32.const 768
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=16
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $late
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $kernel/timeout/timeoutRemove
  global.get $~lib/memory/__stack_pointer
  i32.const 24
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#constructor (param $this i32) (param $actual i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 5
   i32.const 28
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#set:_not
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>@varargs (param $value i32) (param $seen i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  block $1of1
   block $0of1
    block $outOfRange
     global.get $~argumentsLength
     i32.const 1
     i32.sub
     br_table $0of1 $1of1 $outOfRange
    end
    unreachable
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   call $"~lib/map/Map<usize,i32>#constructor"
   local.tee $seen
   i32.store
  end
  local.get $value
  local.get $seen
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#toBe (param $this i32) (param $expected i32) (param $message i32)
  (local $actual i32)
  (local $equals i32)
  (local $negated i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#get:actual
  local.set $actual
  i32.const 0
  local.set $equals
  i32.const 0
  drop
  local.get $actual
  i32.const 0
  i32.ne
  local.get $expected
  i32.const 0
  i32.ne
  i32.eq
  local.set $equals
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#get:_not
  local.set $negated
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<bool>
  i32.const 0
  drop
  local.get $expected
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<bool>
  local.get $equals
  local.get $negated
  i32.xor
  local.get $message
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.clear
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/sched.spec~anonymous|1~anonymous|2
  (local $a i32)
  (local $b i32)
  (local $c i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 28
  memory.fill
  global.get $~lib/memory/__stack_pointer
  i32.const 1
  call $tests/unit/sched.spec/thread
  local.tee $a
  i32.store
  global.get $~lib/memory/__stack_pointer
  i32.const 1
  call $tests/unit/sched.spec/thread
  local.tee $b
  i32.store offset=4
  global.get $~lib/memory/__stack_pointer
  i32.const 1
  call $tests/unit/sched.spec/thread
  local.tee $c
  i32.store offset=8
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 1
  call $kernel/timeout/timeoutAdd
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 2
  call $kernel/timeout/timeoutAdd
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 3
  call $kernel/timeout/timeoutAdd
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/timeout/timeoutRemove
  local.get $b
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $kernel/tcb/Thread#get:timed
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<bool>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  i32.const 0
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#toBe
  i32.const 3
  call $kernel/timeout/timeoutDue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $a
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/timeout/timeoutRemove
  i32.const 3
  call $kernel/timeout/timeoutDue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<kernel/tcb/Thread|null>
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  i32.const 768
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<kernel/tcb/Thread|null>#toBe
  local.get $c
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $kernel/timeout/timeoutRemove
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/sched.spec~anonymous|1
  (local $0 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  i32.const 5120
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 5344
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/Test/test
  i32.const 5376
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 5488
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/Test/test
  i32.const 5520
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 5632
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/Test/test
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/sched.spec
  (local $0 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  call $start:kernel/sched
  i32.const 576
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 5040
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/Test/describe
  i32.const 5072
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 5664
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/Test/describe
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/function/Function<%28u32%29=>void>#__visit (param $this i32) (param $cookie i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/function/Function<%28u32%29=>void>#get:_env
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<usize,i32>#__visit" (param $this i32) (param $cookie i32)
  (local $entries i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $"~lib/map/Map<usize,i32>#get:buckets"
  local.get $cookie
  call $~lib/rt/itcms/__visit
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $"~lib/map/Map<usize,i32>#get:entries"
  local.set $entries
  i32.const 0
  drop
  local.get $entries
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<i64>#__visit (param $this i32) (param $cookie i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/array/Array<i64>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<usize>#__visit (param $this i32) (param $cookie i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/array/Array<usize>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<i32>#__visit (param $this i32) (param $cookie i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/array/Array<i32>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/function/Function<%28%29=>void>#__visit (param $this i32) (param $cookie i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/function/Function<%28%29=>void>#get:_env
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<kernel/tcb/Thread>#__visit (param $this i32) (param $cookie i32)
  (local $cur i32)
  (local $end i32)
  (local $val i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 1
  drop
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<kernel/tcb/Thread>#get:dataStart
  local.set $cur
  local.get $cur
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<kernel/tcb/Thread>#get:length_
  i32.const 2
  i32.shl
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    i32.load
    local.set $val
    local.get $val
    if
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    i32.const 4
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<kernel/tcb/Thread>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/staticarray/StaticArray<u32>#constructor (param $this i32) (param $length i32) (result i32)
  (local $outSize i32)
  (local $out i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $length
  i32.const 1073741820
  i32.const 2
  i32.shr_u
  i32.gt_u
  if
   i32.const 64
   i32.const 112
   i32.const 51
   i32.const 60
   call $~lib/builtins/abort
   unreachable
  end
  local.get $length
  i32.const 2
  i32.shl
  local.set $outSize
  global.get $~lib/memory/__stack_pointer
  local.get $outSize
  i32.const 5
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $out
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/staticarray/StaticArray<kernel/irq/IrqDesc|null>#constructor (param $this i32) (param $length i32) (result i32)
  (local $outSize i32)
  (local $out i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $length
  i32.const 1073741820
  i32.const 2
  i32.shr_u
  i32.gt_u
  if
   i32.const 64
   i32.const 112
   i32.const 51
   i32.const 60
   call $~lib/builtins/abort
   unreachable
  end
  local.get $length
  i32.const 2
  i32.shl
  local.set $outSize
  global.get $~lib/memory/__stack_pointer
  local.get $outSize
  i32.const 14
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $out
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/staticarray/StaticArray<kernel/tcb/Thread|null>#constructor (param $this i32) (param $length i32) (result i32)
  (local $outSize i32)
  (local $out i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $length
  i32.const 1073741820
  i32.const 2
  i32.shr_u
  i32.gt_u
  if
   i32.const 64
   i32.const 112
   i32.const 51
   i32.const 60
   call $~lib/builtins/abort
   unreachable
  end
  local.get $length
  i32.const 2
  i32.shl
  local.set $outSize
  global.get $~lib/memory/__stack_pointer
  local.get $outSize
  i32.const 17
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $out
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/object/Object#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   i32.const 0
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $~lib/arraybuffer/ArrayBuffer#constructor (param $this i32) (param $length i32) (result i32)
  (local $buffer i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $length
  i32.const 1073741820
  i32.gt_u
  if
   i32.const 64
   i32.const 1328
   i32.const 52
   i32.const 43
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $length
  i32.const 1
  call $~lib/rt/itcms/__new
  local.tee $buffer
  i32.store
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $buffer
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/object/Object#__aspectStrictEquals (param $this i32) (param $rawRef i32) (param $stack i32) (param $cache i32) (param $ignore i32) (result i32)
  (local $ref i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 1
  i32.eqz
  drop
  global.get $~lib/memory/__stack_pointer
  local.get $rawRef
  local.tee $ref
  i32.store
  i32.const 0
  drop
  i32.const 1
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
  return
 )
 (func $~lib/rt/__newArray (param $length i32) (param $alignLog2 i32) (param $id i32) (param $data i32) (result i32)
  (local $bufferSize i32)
  (local $buffer i32)
  (local $array i32)
  (local $7 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $length
  local.get $alignLog2
  i32.shl
  local.set $bufferSize
  global.get $~lib/memory/__stack_pointer
  local.get $bufferSize
  i32.const 1
  local.get $data
  call $~lib/rt/__newBuffer
  local.tee $buffer
  i32.store
  i32.const 16
  local.get $id
  call $~lib/rt/itcms/__new
  local.set $array
  local.get $array
  local.get $buffer
  i32.store
  local.get $array
  local.get $buffer
  i32.const 0
  call $~lib/rt/itcms/__link
  local.get $array
  local.get $buffer
  i32.store offset=4
  local.get $array
  local.get $bufferSize
  i32.store offset=8
  local.get $array
  local.get $length
  i32.store offset=12
  local.get $array
  local.set $7
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $7
  return
 )
 (func $export:node_modules/@as-pect/assembly/assembly/internal/call/__call (param $0 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/call/__call
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
)
