// What the kernel knows of the board it runs on: names for the banner.
// A board's board.ts calls boardDescribe during its init.

let boardName: string = "unknown";
let cpuName: string = "unknown";

/** Records the board and CPU names shown in the banner. Thread context (board init). */
export function boardDescribe(board: string, cpu: string): void {
  boardName = board;
  cpuName = cpu;
}

/** The board's name. Any context. */
export function boardNameOf(): string {
  return boardName;
}

/** The CPU's name. Any context. */
export function cpuNameOf(): string {
  return cpuName;
}
