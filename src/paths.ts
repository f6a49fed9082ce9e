import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package root (where package.json is), found from this module whether it
 * runs from src/ (tsx, tests) or bundled into dist/ (npm start), so content/
 * and locales/ are found wherever the code runs from, whatever the cwd.
 */
function findPackageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const CONTENT_DIR = join(PACKAGE_ROOT, "content");
export const LOCALES_DIR = join(PACKAGE_ROOT, "locales");
