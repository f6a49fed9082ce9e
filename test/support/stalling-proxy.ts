import { connect, createServer, type Socket } from "node:net";

export interface StallingProxy {
  port: number;
  /** From now on, the server's replies are held back (the connection stays open). */
  stall(): void;
  /** Lets the held replies, and all later ones, through. */
  resume(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 in front of `targetPort` that can stop passing
 * the server's replies on, as a stalled server (or a network that drops one
 * direction) would: the client's commands still arrive, nothing comes back.
 */
export async function startStallingProxy(targetPort: number): Promise<StallingProxy> {
  let stalled = false;
  const held: Array<() => void> = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
      socket.on("close", () => sockets.delete(socket));
    }
    client.pipe(upstream);
    upstream.on("data", (data: Buffer) => {
      const pass = () => client.write(data);
      if (stalled) held.push(pass);
      else pass();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as { port: number }).port,
    stall: () => {
      stalled = true;
    },
    resume: () => {
      stalled = false;
      for (const pass of held.splice(0)) pass();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
