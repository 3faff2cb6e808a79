# ivt: the two commands a new machine needs are `make setup` and `make test`.
#
#   make setup                  Debian packages + npm ci (safe to repeat; quick when done)
#   make test [BOARD=b]         everything, or only board b's on-target suite
#             [ONLY=regex]      only the on-target runs whose "<board> <name>" matches
#   make run [BOARD=b]          boot the demo (default sim, in Node; others in QEMU)
#   make run APP=<name|dir>     boot an app: apps/<name>, or a folder anywhere (docs/apps.md)
#   make new-app DIR=d          a new app folder (main.ts, test.json, Makefile); DIR must not exist
#   make new-driver NAME=n      drivers/n.ts (an IrqHandler skeleton) and its test tests/target/drivers/n.ts
#   make build BOARD=b [APP=a]  build the image only (its build folder: what make decode reads)
#   make size BOARD=b           text/data/bss, memory regions, module memory
#   make bench BOARD=b          kernel benchmarks, Thread-Metric, code generation (AS vs C) -> build/bench/b.json (instructions under QEMU -icount)
#                               TRACE=off: the same with the trace ring compiled out -> build/bench/b-notrace.json
#   make soak BOARD=b MINUTES=m suite + interrupt-load test in a loop (default sim, 60 min); not in make test
#   make stress [OPS=n SEED=s]  the model-based random test at length (10^6 ops on sim), with ops/second
#   make debug BOARD=b [APP=a]  QEMU halted with its gdb server, gdb-multiarch attached with the ivt commands (docs/debug.md)
#   make flash BOARD=b [APP=a] [DRY_RUN=1]  flash a real board with OpenOCD (docs/debug.md; not run on hardware here)
#   IRQ_PIN=on (run, size, bench, debug, flash): the board's logic-analyzer pin compiled in (docs/interrupts.md)
#   make trace BOARD=b APP=a    run the app, its trace ring -> build/trace/b-a.{json,html,vcd} (LOG=file: from a console log)
#   make decode BOARD=b APP=a LOG=file  a bugcheck record in a console log, read against that image's build (docs/crash.md)
#                               (BUILD=dir instead of BOARD and APP: an image's build folder)
#   make boards                 list the boards
#   make clean

# Debian packages of the native toolchain: wasm2c (wabt), the cross
# compilers, newlib for Cortex-M, and QEMU for ARM and for ColdFire (m68k,
# in qemu-system-misc); and of the daily tools: gdb-multiarch (`ivt debug`),
# openocd (`ivt flash`, whose tests check its board scripts are installed),
# chromium (the trace page's test renders it headless).
DEBIAN_PACKAGES := wabt gcc gcc-arm-none-eabi libnewlib-arm-none-eabi qemu-system-arm \
                   qemu-system-misc gcc-m68k-linux-gnu gdb-multiarch openocd chromium

NODE ?= node
IVT := build/tools/ivt.mjs
TOOL_SOURCES := $(wildcard tools/ivt/*.js arch/sim/*.js tests/model/*.js) tools/rollup.config.js
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APP ?= demo
# APP (and DIR) may name a path relative to the directory make was started
# from, also under `make -C <kernel>`: make's $(PWD) is then the caller's
# directory and CURDIR the kernel's. A path that exists is made absolute for
# the tool, which runs from the kernel's folder; anything else is an app name.
CALLER_DIR := $(or $(PWD),$(CURDIR))
app_path = $(if $(wildcard $(1)),$(abspath $(1)),$(if $(wildcard $(CALLER_DIR)/$(1)),$(abspath $(CALLER_DIR)/$(1)),$(1)))
caller_path = $(if $(filter /%,$(1)),$(1),$(abspath $(CALLER_DIR)/$(1)))

.PHONY: setup test build run size bench soak stress trace decode boards clean tools new-app new-driver debug flash

setup:
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "setup: installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	else \
	  echo "setup: Debian packages present"; \
	fi
	@if [ node_modules/.package-lock.json -nt package-lock.json ]; then \
	  echo "setup: node_modules up to date"; \
	else \
	  npm ci --no-audit --no-fund; \
	fi
	@$(MAKE) --no-print-directory tools

tools: $(IVT)

$(IVT): $(TOOL_SOURCES) package-lock.json
	@test -d node_modules || { echo "node_modules is missing: run \`make setup\`"; exit 2; }
	@./node_modules/.bin/rollup -c tools/rollup.config.js --silent

test: $(IVT)
	@$(NODE) $(IVT) test $(if $(BOARD),--board $(BOARD)) $(if $(ONLY),--only '$(ONLY)')

build: $(IVT)
	@$(NODE) $(IVT) build --board $(or $(BOARD),sim) --app $(call app_path,$(APP)) $(if $(IRQ_PIN),--irq-pin $(IRQ_PIN))

run: $(IVT)
	@$(NODE) $(IVT) run --board $(or $(BOARD),sim) --app $(call app_path,$(APP)) $(if $(IRQ_PIN),--irq-pin $(IRQ_PIN))

size: $(IVT)
	@$(NODE) $(IVT) size --board $(or $(BOARD),sim) --app $(call app_path,$(APP)) $(if $(IRQ_PIN),--irq-pin $(IRQ_PIN))

bench: $(IVT)
	@$(NODE) $(IVT) bench --board $(or $(BOARD),sim) $(if $(TRACE),--trace $(TRACE)) $(if $(IRQ_PIN),--irq-pin $(IRQ_PIN))

debug: $(IVT)
	@$(if $(BOARD),,echo "make debug: BOARD= is needed (a QEMU board: make boards)" >&2; exit 2)
	@$(NODE) $(IVT) debug --board $(BOARD) --app $(call app_path,$(APP)) $(if $(IRQ_PIN),--irq-pin $(IRQ_PIN))

flash: $(IVT)
	@$(if $(BOARD),,echo "make flash: BOARD= is needed (a real board's name: make boards)" >&2; exit 2)
	@$(NODE) $(IVT) flash --board $(BOARD) --app $(call app_path,$(APP)) $(if $(DRY_RUN),--dry-run) $(if $(IRQ_PIN),--irq-pin $(IRQ_PIN))

soak: $(IVT)
	@$(NODE) $(IVT) soak --board $(or $(BOARD),sim) --minutes $(or $(MINUTES),60)

stress: $(IVT)
	@$(NODE) $(IVT) stress $(if $(OPS),--ops $(OPS)) $(if $(SEED),--seed $(SEED))

new-app: $(IVT)
	@test -n "$(DIR)" || { echo "make new-app DIR=<new folder>"; exit 2; }
	@$(NODE) $(IVT) new app $(call caller_path,$(DIR))

new-driver: $(IVT)
	@test -n "$(NAME)" || { echo "make new-driver NAME=<name>"; exit 2; }
	@$(NODE) $(IVT) new driver $(NAME)

# With LOG, the board comes from the dump and the name from the file unless given.
trace: $(IVT)
ifdef LOG
	@$(NODE) $(IVT) trace --log $(call caller_path,$(LOG)) $(if $(BOARD),--board $(BOARD)) $(if $(filter command line,$(origin APP)),--app $(APP))
else
	@$(NODE) $(IVT) trace --board $(or $(BOARD),sim) --app $(APP) $(if $(INPUT),--input '$(INPUT)')
endif

decode: $(IVT)
	@$(NODE) $(IVT) decode $(if $(BUILD),--build $(call caller_path,$(BUILD)),--board $(or $(BOARD),sim) --app $(APP)) $(if $(LOG),$(call caller_path,$(LOG)))

boards: $(IVT)
	@$(NODE) $(IVT) boards

clean:
	rm -rf build
