import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);

// src/util/errors.ts
function errorMessage(error) {
  const message = error?.message;
  return typeof message === "string" ? message : String(error);
}
function errorCode(error) {
  return error?.code ?? errorMessage(error);
}

// src/util/digest.ts
import * as crypto from "node:crypto";
import { createHash } from "node:crypto";
var oneShot = crypto.hash;
function sha256Hex(bytes) {
  return oneShot !== void 0 ? oneShot("sha256", bytes) : createHash("sha256").update(bytes).digest("hex");
}
function gitBlobId(bytes) {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

// src/util/durable.ts
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
async function writeFileDurably(file, bytes) {
  const handle = await open(file, "w");
  try {
    const pieces = typeof bytes === "string" || bytes instanceof Uint8Array ? [bytes] : bytes;
    for (const piece of pieces) await handle.writeFile(piece);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function syncDir(dir) {
  if (process.platform === "win32") return;
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function replaceViaTemp(target, write) {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`
  );
  try {
    await write(temp);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}
function writeFileAtomically(target, bytes) {
  return replaceViaTemp(target, (temp) => writeFileDurably(temp, bytes));
}

// src/util/folders.ts
import { lstat, mkdir, realpath } from "node:fs/promises";
import path2 from "node:path";
async function makeFolders(dir) {
  const missing = [];
  let at = path2.resolve(dir);
  for (; ; ) {
    const exists = await lstat(at).then(
      (stats) => stats,
      (error) => {
        if (errorCode(error) !== "ENOENT") throw error;
        return void 0;
      }
    );
    if (exists !== void 0) break;
    missing.unshift(at);
    const parent = path2.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing) await mkdir(folder);
  return missing[0];
}
async function realPathOf(target) {
  let at = path2.resolve(target);
  const rest = [];
  for (; ; ) {
    try {
      return path2.join(await realpath(at), ...rest);
    } catch (error) {
      const parent = path2.dirname(at);
      if (!["ENOENT", "ENOTDIR"].includes(errorCode(error)) || parent === at) throw error;
      rest.unshift(path2.basename(at));
      at = parent;
    }
  }
}
function isWithin(inner, outer) {
  const relative = path2.relative(outer, inner);
  return relative === "" || !relative.startsWith(`..${path2.sep}`) && relative !== ".." && !path2.isAbsolute(relative);
}

// src/util/json.ts
import { readFile } from "node:fs/promises";
function parseJson(text, where, Failure = Error) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const position = /at position (\d+)/.exec(errorMessage(error))?.[1];
    const at = position === void 0 ? "" : ` at position ${position}`;
    throw new Failure(`${where}: not valid JSON${at}`);
  }
}
async function readJsonFile(path3, Failure = Error) {
  let text;
  try {
    text = await readFile(path3, "utf8");
  } catch (error) {
    const code = errorCode(error);
    throw new Failure(`${path3}: ${code === "ENOENT" ? "missing" : `cannot be read (${code})`}`, {
      cause: error
    });
  }
  return parseJson(text, path3, Failure);
}

// src/util/printable.ts
var UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
var UNSAFE_BUT_TAB = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function printable(text, keepTabs = false) {
  return text.replace(keepTabs ? UNSAFE_BUT_TAB : UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return NAMED[char] ?? (code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`);
  });
}

// src/util/quoted.ts
function quoted(value) {
  return printable(JSON.stringify(value));
}

// src/util/regular-file.ts
import { constants } from "node:fs";
import { open as open2 } from "node:fs/promises";
var REGULAR_FILE_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var NotRegularFileError = class extends Error {
  code = "ENOTREG";
};
async function readRegularFile(path3) {
  const handle = await open2(path3, REGULAR_FILE_FLAGS);
  try {
    if (!(await handle.stat()).isFile()) {
      throw new NotRegularFileError(`${path3} is not a regular file`);
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export {
  sha256Hex,
  gitBlobId,
  writeFileDurably,
  syncDir,
  replaceViaTemp,
  writeFileAtomically,
  errorMessage,
  errorCode,
  makeFolders,
  realPathOf,
  isWithin,
  parseJson,
  readJsonFile,
  quoted,
  REGULAR_FILE_FLAGS,
  readRegularFile
};
