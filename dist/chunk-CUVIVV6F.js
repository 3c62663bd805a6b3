import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);
import {
  errorMessage,
  readJsonFile,
  replaceViaTemp
} from "./chunk-3BOKGJ3I.js";

// src/embed/model-source.ts
import { access } from "node:fs/promises";
import path4 from "node:path";

// src/embed/hub.ts
import { mkdir as mkdir2, readFile, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/embed/download.ts
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
var HttpStatusError = class extends Error {
  constructor(url, status) {
    super(`GET ${url} answered HTTP ${status}`);
    this.url = url;
    this.status = status;
  }
  url;
  status;
};
async function downloadFile(url, dest, headers = {}) {
  const response = await fetch(url, { headers });
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel();
    throw new HttpStatusError(url, response.status);
  }
  await mkdir(path.dirname(dest), { recursive: true });
  await replaceViaTemp(dest, async (temp) => {
    let received = 0;
    const body = Readable.fromWeb(response.body);
    body.on("data", (chunk) => received += chunk.length);
    await pipeline(body, createWriteStream(temp));
    const declared = response.headers.get("content-length");
    if (declared !== null && !response.headers.has("content-encoding")) {
      if (received !== Number(declared)) {
        throw new Error(`GET ${url} ended after ${received} of ${declared} bytes`);
      }
    }
  });
}

// src/embed/hub.ts
var COMMIT = /^[0-9a-f]{40}$/;
function hubHeaders(env = process.env) {
  return env.HF_TOKEN ? { authorization: `Bearer ${env.HF_TOKEN}` } : {};
}
function fileUrl(config, revision, file) {
  return `${config.hubUrl}/${config.id}/resolve/${encodeURIComponent(revision)}/${file}`;
}
function refFile(config) {
  return path2.join(
    config.cacheDir,
    ...config.id.split("/"),
    "refs",
    encodeURIComponent(config.revision)
  );
}
async function resolveCommit(config, log) {
  if (COMMIT.test(config.revision)) return config.revision;
  let response;
  try {
    response = await fetch(fileUrl(config, config.revision, "config.json"), {
      method: "HEAD",
      headers: hubHeaders()
    });
  } catch (error) {
    const remembered = await readFile(refFile(config), "utf8").then(
      (text) => text.trim(),
      () => void 0
    );
    if (remembered !== void 0 && COMMIT.test(remembered)) {
      log.warning(
        `could not ask ${config.hubUrl} which commit ${config.id}@${config.revision} is (${describeFetchError(error)}); using ${remembered}, which it was on an earlier run`
      );
      return remembered;
    }
    throw new Error(hubAdvice(config, "config.json", error), { cause: error });
  }
  if (response.status !== 200) {
    throw new Error(
      hubAdvice(config, "config.json", new HttpStatusError(response.url, response.status))
    );
  }
  const commit = response.headers.get("x-repo-commit");
  if (commit === null || !COMMIT.test(commit)) {
    log.warning(
      `${config.hubUrl} did not say which commit ${config.id}@${config.revision} is (no X-Repo-Commit header): the model is not pinned, so name a commit in model-revision if the revision may move`
    );
    return null;
  }
  await mkdir2(path2.dirname(refFile(config)), { recursive: true });
  await writeFile(refFile(config), `${commit}
`);
  return commit;
}
async function downloadModelFiles(config, commit, files, dir, log) {
  const at = commit ?? config.revision;
  log?.info(`Downloading ${config.id}@${at} from ${config.hubUrl} into ${dir}`);
  for (const file of files) {
    try {
      await downloadFile(fileUrl(config, at, file), path2.join(dir, file), hubHeaders());
    } catch (error) {
      throw new Error(hubAdvice(config, file, error), { cause: error });
    }
  }
}
function hubAdvice(config, file, error) {
  const what = `Could not download ${file} of model ${config.id}@${config.revision} from ${config.hubUrl}`;
  if (error instanceof HttpStatusError && error.status === 404) {
    return `${what}: not found (HTTP 404). Check the model id, the revision and that the model has ONNX weights.`;
  }
  if (error instanceof HttpStatusError && (error.status === 401 || error.status === 403)) {
    return `${what}: HTTP ${error.status}. A gated or private model needs a token with access to it in the HF_TOKEN environment variable${process.env.HF_TOKEN ? " (the one set was refused)" : ""}.`;
  }
  return `${what}: ${describeFetchError(error)}. Without access to the hub, set model-path (--model-path) to a local model folder, or hub-url (--hub-url) to a mirror laid out like the hub.`;
}
function describeFetchError(error) {
  const cause = error?.cause;
  return cause === void 0 ? errorMessage(error) : `${errorMessage(error)} (${errorMessage(cause)})`;
}

// src/embed/model-digest.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path3 from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
var PIECE_BYTES = 4 * 1024 * 1024;
async function modelDigest(dir, files) {
  const listing = createHash("sha256");
  for (const file of files) {
    const hash = createHash("sha256");
    await pipeline2(createReadStream(path3.join(dir, file), { highWaterMark: PIECE_BYTES }), hash);
    listing.update(`${hash.digest("hex")}  ${file}
`);
  }
  return listing.digest("hex");
}

// src/embed/model-source.ts
var MAX_NAME_LENGTH = 200;
function isModelId(id) {
  return id.length <= MAX_NAME_LENGTH && /^[\w.-]+(\/[\w.-]+)?$/.test(id) && !id.split("/").some((part) => /^\.+$/.test(part));
}
function isRevision(revision) {
  return revision.length <= MAX_NAME_LENGTH && /^[\w.\-/]+$/.test(revision) && !revision.includes("..");
}
function weightsFile(dtype) {
  return dtype === "q8" ? "onnx/model_quantized.onnx" : "onnx/model.onnx";
}
function modelFiles(dtype) {
  return ["config.json", "tokenizer.json", "tokenizer_config.json", weightsFile(dtype)];
}
function modelCacheDir(model) {
  const at = model.commit ?? encodeURIComponent(model.revision);
  return path4.resolve(model.cacheDir, ...model.id.split("/"), at);
}
async function pinModel(config, log) {
  const commit = config.path === void 0 ? await resolveCommit(config, log) : null;
  if (commit !== null) return { ...config, commit };
  const dir = await ensureModelFiles({ ...config, commit }, log);
  return { ...config, commit, sha256: await modelDigest(dir, modelFiles(config.dtype)) };
}
async function resolveModel(model, log) {
  const dir = await ensureModelFiles(model, log);
  return {
    dir,
    id: model.id,
    revision: model.revision,
    commit: model.commit,
    ...model.sha256 !== void 0 ? { sha256: model.sha256 } : {},
    dtype: model.dtype,
    dimension: (await readModelShape(dir)).dimension
  };
}
async function ensureModelFiles(model, log) {
  const dir = model.path !== void 0 ? path4.resolve(model.path) : modelCacheDir(model);
  const missing = await missingFiles(dir, model.dtype);
  if (missing.length > 0 && model.path !== void 0) {
    throw new Error(
      `Model folder ${dir} lacks ${missing.join(", ")} (dtype ${model.dtype} needs ${modelFiles(model.dtype).join(", ")})`
    );
  }
  if (missing.length > 0) await downloadModelFiles(model, model.commit, missing, dir, log);
  return dir;
}
async function missingFiles(dir, dtype) {
  const present = await Promise.all(
    modelFiles(dtype).map(
      (file) => access(path4.join(dir, file)).then(
        () => true,
        () => false
      )
    )
  );
  return modelFiles(dtype).filter((_, i) => !present[i]);
}
async function readModelShape(dir) {
  const file = path4.join(dir, "config.json");
  const config = Object(await readJsonFile(file));
  const whole = (value, min) => typeof value === "number" && Number.isInteger(value) && value >= min;
  if (!whole(config.hidden_size, 1)) {
    throw new Error(`${file} has no integer hidden_size; is this a BERT-style model?`);
  }
  if (!whole(config.max_position_embeddings, 2)) {
    throw new Error(`${file} has no usable max_position_embeddings`);
  }
  return { dimension: config.hidden_size, maxPositions: config.max_position_embeddings };
}

// src/embed/pooling.ts
function meanPoolNormalize(hidden, mask, batch, seq, dim) {
  if (hidden.length !== batch * seq * dim || mask.length !== batch * seq) {
    throw new Error(
      `pooling: got ${hidden.length} values and ${mask.length} mask entries for ${batch}\xD7${seq}\xD7${dim}`
    );
  }
  const out = new Float32Array(batch * dim);
  const sum = new Float64Array(dim);
  for (let row = 0; row < batch; row++) {
    sum.fill(0);
    let count = 0;
    for (let t = 0; t < seq; t++) {
      if (mask[row * seq + t] === 0) continue;
      count++;
      const base = (row * seq + t) * dim;
      for (let d = 0; d < dim; d++) sum[d] += hidden[base + d];
    }
    if (count === 0) throw new Error(`pooling: row ${row} has no tokens`);
    let squares = 0;
    for (let d = 0; d < dim; d++) {
      sum[d] /= count;
      squares += sum[d] * sum[d];
    }
    const scale = squares > 0 ? 1 / Math.sqrt(squares) : 0;
    for (let d = 0; d < dim; d++) out[row * dim + d] = sum[d] * scale;
  }
  return out;
}

// src/embed/transformers-runtime.ts
var loading;
function transformers() {
  loading ??= import("./transformers.node-NVQQQAKT.js").then((module) => {
    module.env.allowRemoteModels = false;
    module.env.useFSCache = false;
    return module;
  });
  return loading;
}
async function loadTokenizer(dir) {
  const { AutoTokenizer } = await transformers();
  return AutoTokenizer.from_pretrained(dir, { local_files_only: true });
}

// src/embed/embedder.ts
var EMBEDDING_RECIPE = "mean-l2/1";
async function loadEmbedder(model, threads) {
  const { AutoModel, Tensor } = await transformers();
  const [tokenizer, encoder, { maxPositions }] = await Promise.all([
    loadTokenizer(model.dir),
    AutoModel.from_pretrained(model.encoderDir ?? model.dir, {
      local_files_only: true,
      device: "cpu",
      dtype: model.dtype,
      session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 }
    }),
    readModelShape(model.dir)
  ]);
  async function encode(texts) {
    const encoding = tokenizer(texts, { return_tensor: false });
    const rows = encoding.input_ids.map((ids, i) => ({
      ids: fitToWindow(ids, maxPositions),
      types: fitToWindow(encoding.token_type_ids?.[i] ?? ids.map(() => 0), maxPositions)
    }));
    const seq = Math.max(...rows.map((r) => r.ids.length));
    const size = texts.length * seq;
    const inputIds = new BigInt64Array(size).fill(BigInt(tokenizer.pad_token_id ?? 0));
    const attentionMask = new BigInt64Array(size);
    const tokenTypeIds = new BigInt64Array(size);
    const mask = new Uint8Array(size);
    rows.forEach((row, r) => {
      for (let t = 0; t < row.ids.length; t++) {
        inputIds[r * seq + t] = BigInt(row.ids[t]);
        tokenTypeIds[r * seq + t] = BigInt(row.types[t]);
        attentionMask[r * seq + t] = 1n;
        mask[r * seq + t] = 1;
      }
    });
    const dims = [texts.length, seq];
    const output = await encoder.forward({
      input_ids: new Tensor("int64", inputIds, dims),
      attention_mask: new Tensor("int64", attentionMask, dims),
      token_type_ids: new Tensor("int64", tokenTypeIds, dims)
    });
    const hidden = output.last_hidden_state;
    if (!hidden || hidden.dims.length !== 3 || hidden.dims[2] !== model.dimension) {
      throw new Error(
        `${model.dir}: expected last_hidden_state of width ${model.dimension}, got ${JSON.stringify(hidden?.dims)}`
      );
    }
    return meanPoolNormalize(hidden.data, mask, texts.length, seq, model.dimension);
  }
  async function embedBatch(texts) {
    if (texts.length === 0) return new Float32Array(0);
    if (model.dtype === "fp32" || texts.length <= 1) return encode(texts);
    const out = new Float32Array(texts.length * model.dimension);
    for (let i = 0; i < texts.length; i++) out.set(await encode([texts[i]]), i * model.dimension);
    return out;
  }
  return {
    dimension: model.dimension,
    embedBatch,
    dispose: async () => {
      await encoder.dispose();
    }
  };
}
function fitToWindow(values, maxPositions) {
  if (values.length <= maxPositions) return values;
  return [...values.slice(0, maxPositions - 1), values[values.length - 1]];
}

export {
  isModelId,
  isRevision,
  weightsFile,
  modelCacheDir,
  pinModel,
  resolveModel,
  readModelShape,
  loadTokenizer,
  EMBEDDING_RECIPE,
  loadEmbedder
};
