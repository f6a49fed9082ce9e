// Bundles the bot's entry point into dist/ with esbuild, so `npm start` runs
// plain JavaScript on Node: it starts faster and uses less memory than
// compiling TypeScript on the fly. Dependencies stay in node_modules.
// Plain .mjs so it runs with no TypeScript tooling (npm ci --omit=dev).
import { build } from "esbuild";

await build({
  entryPoints: { main: "src/main.ts" },
  outdir: "dist",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
