import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);
import {
  serveDigests
} from "./chunk-7TKSC655.js";
import "./chunk-YCYJS2N5.js";

// src/digest-worker.ts
serveDigests();
