import type { IncomingMessage } from "node:http";

/**
 * A request's body as text, "too large" past `maxBytes`, or "stopped" when
 * `stop` aborts first (a shutdown while a client is still uploading: its
 * request is answered at once instead of holding the shutdown up).
 */
export function readBody(
  req: IncomingMessage,
  maxBytes: number,
  stop: AbortSignal,
): Promise<string | "too large" | "stopped"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: string | "too large" | "stopped" | Error) => {
      req.off("data", onData).off("end", onEnd).off("error", finish);
      stop.removeEventListener("abort", onStop);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish("too large");
      else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks).toString("utf8"));
    const onStop = () => finish("stopped");
    req.on("data", onData).on("end", onEnd).on("error", finish);
    stop.addEventListener("abort", onStop);
    if (stop.aborted) onStop();
  });
}
