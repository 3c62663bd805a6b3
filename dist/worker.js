import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);
import {
  loadEmbedder
} from "./chunk-CUVIVV6F.js";
import {
  errorMessage
} from "./chunk-3BOKGJ3I.js";
import "./chunk-YCYJS2N5.js";

// src/embed/worker-main.ts
function send(message) {
  process.send?.(message);
}
function serveAsWorker() {
  process.on("disconnect", () => process.exit(0));
  const init = JSON.parse(process.argv[2] ?? "");
  const embedder = loadEmbedder(init.model, init.threads);
  embedder.then(
    () => send({ type: "ready" }),
    (error) => send({ type: "load-failed", message: errorMessage(error) })
  );
  let queue = Promise.resolve();
  process.on("message", ({ batch, texts }) => {
    queue = queue.then(async () => {
      const started = performance.now();
      try {
        const vectors = await (await embedder).embedBatch(texts);
        send({ type: "vectors", batch, vectors, busySeconds: (performance.now() - started) / 1e3 });
      } catch (error) {
        send({ type: "batch-failed", batch, message: errorMessage(error) });
      }
    });
  });
}

// src/worker.ts
serveAsWorker();
