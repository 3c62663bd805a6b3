import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);

// src/artifact/digest-thread.ts
import { createHash } from "node:crypto";
import { parentPort, Worker } from "node:worker_threads";

// src/entry-scripts.ts
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
function entryScript(name) {
  const here = new URL(import.meta.url);
  return fileURLToPath(new URL(`./${name}${extname(here.pathname)}`, here));
}

// src/artifact/digest-thread.ts
var DigestThread = class _DigestThread {
  static current;
  worker;
  /** Who waits for each answer to come, in order. */
  waiting = [];
  nextStream = 0;
  failure;
  constructor() {
    this.worker = new Worker(entryScript("digest-worker"));
    this.worker.unref();
    this.worker.on("message", (answer) => this.next()?.resolve(answer));
    const fail = (reason) => {
      if (_DigestThread.current === this) _DigestThread.current = void 0;
      this.failure ??= new Error(`the digest thread failed: ${reason}`);
      while (this.waiting.length > 0) this.next()?.reject(this.failure);
    };
    this.worker.on("error", (error) => fail(error.message));
    this.worker.on("exit", (code) => fail(`it exited (code ${code})`));
  }
  static stream() {
    _DigestThread.current ??= new _DigestThread();
    return _DigestThread.current.stream();
  }
  stream() {
    const stream = this.nextStream++;
    let ended = false;
    const usable = () => {
      if (ended) throw new Error("digest stream used after its end");
    };
    return {
      update: async (piece) => {
        usable();
        await this.ask({ type: "piece", stream, piece });
      },
      collect: (bytes) => {
        usable();
        if (!this.failure)
          this.worker.postMessage({ type: "collect", stream, bytes });
      },
      collected: async () => {
        usable();
        const answer = await this.ask({ type: "collected", stream });
        if (answer.type !== "collected") throw new Error("the digest thread answered out of turn");
        return answer.buffer;
      },
      end: async () => {
        usable();
        ended = true;
        const answer = await this.ask({ type: "end", stream });
        if (answer.type !== "digest") throw new Error("the digest thread answered out of turn");
        return answer.digest;
      },
      drop: () => {
        if (ended) return;
        ended = true;
        if (!this.failure) this.worker.postMessage({ type: "drop", stream });
      }
    };
  }
  ask(message) {
    if (this.failure) return Promise.reject(this.failure);
    const answer = new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
    });
    if (this.waiting.length === 1) this.worker.ref();
    this.worker.postMessage(message);
    return answer;
  }
  next() {
    const waiter = this.waiting.shift();
    if (this.waiting.length === 0) this.worker.unref();
    return waiter;
  }
};
function serveDigests() {
  const port = parentPort;
  const hashes = /* @__PURE__ */ new Map();
  const collecting = /* @__PURE__ */ new Map();
  port.on("message", (message) => {
    if (message.type === "drop") {
      hashes.delete(message.stream);
      collecting.delete(message.stream);
      return;
    }
    if (message.type === "collect") {
      collecting.set(message.stream, { buffer: new ArrayBuffer(message.bytes), filled: 0 });
      return;
    }
    if (message.type === "collected") {
      const { buffer } = collecting.get(message.stream);
      collecting.delete(message.stream);
      port.postMessage({ type: "collected", buffer }, [buffer]);
      return;
    }
    let hash = hashes.get(message.stream);
    if (hash === void 0) hashes.set(message.stream, hash = createHash("sha256"));
    if (message.type === "piece") {
      hash.update(message.piece);
      const collect = collecting.get(message.stream);
      if (collect !== void 0) {
        new Uint8Array(collect.buffer, collect.filled, message.piece.length).set(message.piece);
        collect.filled += message.piece.length;
      }
      port.postMessage({ type: "hashed" });
      return;
    }
    hashes.delete(message.stream);
    collecting.delete(message.stream);
    port.postMessage({ type: "digest", digest: hash.digest("hex") });
  });
}

export {
  entryScript,
  DigestThread,
  serveDigests
};
