import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);
import {
  serveDigests
} from "./chunk-L3W445GO.js";
import "./chunk-YCYJS2N5.js";

// src/digest-worker.ts
serveDigests();
