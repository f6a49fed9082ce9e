import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RunningProcess {
  child: ChildProcess;
  /** stdout and stderr so far, interleaved as they arrived. */
  output(): string;
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM to the process group, then waits until every process in it has exited. */
  stop(): Promise<void>;
}

/**
 * Runs `npm <args>` in the repository as a user would, with a clean
 * environment: only PATH, HOME and what the test passes.
 */
export function runNpm(
  args: string[],
  env: Record<string, string>,
  input?: string,
): RunningProcess {
  return run("npm", ["--silent", ...args], env, input);
}

/**
 * What `npm start` runs, read from package.json's "start" script (node with
 * its flags, dist/main.js), without npm and its prestart build: the tests
 * build dist/ once beforehand (test/support/build.ts), so no process rebuilds
 * it while another is loading it.
 */
export function runStart(env: Record<string, string>): RunningProcess {
  const packageJson = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, "utf8"));
  const [command = "node", ...args] = String(packageJson.scripts.start).split(" ");
  return run(command, args, env);
}

function run(
  command: string,
  args: string[],
  env: Record<string, string>,
  input?: string,
): RunningProcess {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["pipe", "pipe", "pipe"],
    // Its own process group: npm does not pass SIGTERM on to the script, so
    // stop() signals the whole group, as a process manager would.
    detached: true,
  });
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  if (input !== undefined) child.stdin?.end(input);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal }));
  });
  return {
    child,
    output: () => output,
    exited,
    waitForOutput(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (!match) return;
          cleanup();
          resolve(match[0]);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`output did not match ${pattern} within ${timeoutMs} ms:\n${output}`));
        }, timeoutMs);
        const onExit = () => {
          check();
          cleanup();
          reject(new Error(`process exited before output matched ${pattern}:\n${output}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off("exit", onExit);
        };
        listeners.add(check);
        child.on("exit", onExit);
        check();
      });
    },
    async stop() {
      const group = child.pid;
      if (group === undefined) return;
      signalGroup(group, "SIGTERM");
      await exited;
      // The bot itself may still be shutting down after npm has gone.
      for (let waited = 0; groupAlive(group); waited += 50) {
        if (waited > 15_000) {
          signalGroup(group, "SIGKILL");
          throw new Error(`process group ${group} did not exit within 15 s of SIGTERM`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of the process in a process group whose command line contains `needle` (Linux /proc). */
export function processInGroup(group: number, needle: string): number {
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name in parentheses: state, ppid, pgrp, …
      const processGroup = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      const command = readFileSync(`/proc/${name}/cmdline`, "utf8").replaceAll("\0", " ");
      if (processGroup === group && command.startsWith("node") && command.includes(needle))
        return Number(name);
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error(`no process in group ${group} runs ${needle}`);
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
