import { loadContent } from "../src/knowledge/content/index.js";
import { createKnowledge } from "../src/knowledge/knowledge.js";

for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const c = loadContent();
  const t1 = performance.now();
  createKnowledge(c);
  console.log((t1 - t0).toFixed(0), (performance.now() - t1).toFixed(0));
}
