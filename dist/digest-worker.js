import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);
import {
  serveDigests
} from "./chunk-OLBHBG4K.js";
import "./chunk-3BOKGJ3I.js";
import "./chunk-YCYJS2N5.js";

// src/digest-worker.ts
serveDigests();
