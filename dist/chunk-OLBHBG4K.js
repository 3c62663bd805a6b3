import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);
import {
  errorMessage
} from "./chunk-3BOKGJ3I.js";

// src/artifact/digest-thread.ts
import { createHash } from "node:crypto";
import { readSync } from "node:fs";
import { parentPort, Worker } from "node:worker_threads";

// src/entry-scripts.ts
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
function entryScript(name) {
  const here = new URL(import.meta.url);
  return fileURLToPath(new URL(`./${name}${extname(here.pathname)}`, here));
}

// src/artifact/digest-thread.ts
var ShortRead = class extends Error {
  constructor(read) {
    super(`the file ended ${read} bytes into the read`);
    this.read = read;
  }
  read;
};
var DigestThread = class _DigestThread {
  static current;
  worker;
  /** Who waits for each answer, by request. */
  waiting = /* @__PURE__ */ new Map();
  nextStream = 0;
  nextRequest = 0;
  failure;
  constructor() {
    this.worker = new Worker(entryScript("digest-worker"));
    this.worker.unref();
    this.worker.on("message", (answer) => this.take(answer.id)?.resolve(answer));
    const fail = (reason) => {
      if (_DigestThread.current === this) _DigestThread.current = void 0;
      this.failure ??= new Error(`the digest thread failed: ${reason}`);
      for (const id of [...this.waiting.keys()]) this.take(id)?.reject(this.failure);
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
        await this.ask((id) => ({ type: "piece", id, stream, piece }));
      },
      readRest: async (fd, position, bytes, pieceBytes) => {
        usable();
        const answer = await this.ask((id) => ({
          type: "read",
          id,
          stream,
          fd,
          position,
          bytes,
          pieceBytes
        }));
        if (answer.type === "short") throw new ShortRead(answer.read);
        if (answer.type === "failed") throw new Error(answer.reason);
        if (answer.type !== "read") throw new Error("the digest thread answered out of turn");
        return answer.buffer;
      },
      end: async () => {
        usable();
        ended = true;
        const answer = await this.ask((id) => ({ type: "end", id, stream }));
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
    const id = this.nextRequest++;
    const answer = new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
    });
    if (this.waiting.size === 1) this.worker.ref();
    this.worker.postMessage(message(id));
    return answer;
  }
  take(id) {
    const waiter = this.waiting.get(id);
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
    return waiter;
  }
};
function serveDigests() {
  const port = parentPort;
  const hashes = /* @__PURE__ */ new Map();
  const hashOf = (stream) => {
    let hash = hashes.get(stream);
    if (hash === void 0) hashes.set(stream, hash = createHash("sha256"));
    return hash;
  };
  const answer = (message, transfer = []) => port.postMessage(message, transfer);
  port.on("message", (message) => {
    if (message.type === "drop") {
      hashes.delete(message.stream);
      return;
    }
    const { id, stream } = message;
    if (message.type === "piece") {
      hashOf(stream).update(message.piece);
      answer({ type: "hashed", id });
    } else if (message.type === "read") {
      readHashed(message, hashOf(stream), answer);
    } else {
      const hash = hashOf(stream);
      hashes.delete(stream);
      answer({ type: "digest", id, digest: hash.digest("hex") });
    }
  });
}
function readHashed({ id, fd, position, bytes, pieceBytes }, hash, answer) {
  const buffer = new ArrayBuffer(bytes);
  const piece = Buffer.allocUnsafe(Math.min(pieceBytes, bytes));
  let filled = 0;
  const step = () => {
    try {
      const length = Math.min(piece.length, bytes - filled);
      for (let got = 0; got < length; ) {
        const read = readSync(fd, piece, got, length - got, position + filled + got);
        if (read === 0) return answer({ type: "short", id, read: filled + got });
        got += read;
      }
      const part = piece.subarray(0, length);
      hash.update(part);
      new Uint8Array(buffer, filled, length).set(part);
      filled += length;
      if (filled < bytes) setImmediate(step);
      else answer({ type: "read", id, buffer }, [buffer]);
    } catch (error) {
      answer({ type: "failed", id, reason: errorMessage(error) });
    }
  };
  step();
}

export {
  entryScript,
  ShortRead,
  DigestThread,
  serveDigests
};
