import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 786:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/promises");

/***/ }),

/***/ 16:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".worker.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/util/errors.ts
/** The message of anything thrown, for one-line reports (an Error of any realm has one). */
function errors_errorMessage(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** The errno code of a file-system error (ENOENT, EACCES, ...), else the message. */
function errorCode(error) {
    return error?.code ?? errors_errorMessage(error);
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/util/json.ts


/**
 * JSON.parse with an error that names where the text came from (`where`: a file, a line) and at
 * most the position of the problem: never the text itself, which may be anything (a token).
 */
function parseJson(text, where, Failure = Error) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const position = /at position (\d+)/.exec(errors_errorMessage(error))?.[1];
        const at = position === undefined ? '' : ` at position ${position}`;
        // No cause: JSON.parse's own message quotes the text.
        throw new Failure(`${where}: not valid JSON${at}`);
    }
}
/** A JSON file's value; errors name the file and say whether it is missing, unreadable or not JSON. */
async function readJsonFile(path, Failure = Error) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = errorCode(error);
        throw new Failure(`${path}: ${code === 'ENOENT' ? 'missing' : `cannot be read (${code})`}`, {
            cause: error
        });
    }
    return parseJson(text, path, Failure);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/util/durable.ts
/** File-system steps that survive a crash or power loss once they return. */



async function writeFileDurably(file, bytes) {
    const handle = await open(file, 'w');
    try {
        await handle.writeFile(bytes);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/** Makes the creations, renames and removals of entries in `dir` durable. */
async function syncDir(dir) {
    // Windows cannot open a folder for fsync; NTFS journals the renames itself.
    if (process.platform === 'win32')
        return;
    const handle = await open(dir, 'r');
    try {
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * Replaces `target` as one step: `write` fills a fresh name beside it, which is then renamed onto
 * `target`. Readers see the old file or the whole new one, never a part; the temporary name is
 * removed whatever fails.
 */
async function durable_replaceViaTemp(target, write) {
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
        await write(temp);
        await rename(temp, target);
    }
    finally {
        await rm(temp, { force: true });
    }
}
/** writeFileDurably, through replaceViaTemp. */
function writeFileAtomically(target, bytes) {
    return durable_replaceViaTemp(target, temp => writeFileDurably(temp, bytes));
}

;// CONCATENATED MODULE: ./src/embed/download.ts






/** An HTTP answer other than 200, kept apart so callers can word 404s and 401s for the user. */
class download_HttpStatusError extends Error {
    url;
    status;
    constructor(url, status) {
        super(`GET ${url} answered HTTP ${status}`);
        this.url = url;
        this.status = status;
    }
}
/**
 * Downloads `url` to `dest` so that `dest` either does not exist or holds the whole file: the
 * body goes to a temporary name beside it, its size is checked against Content-Length, and only
 * then is it renamed into place. A connection cut halfway therefore never leaves a file that a
 * later run would take for a complete one.
 */
async function download_downloadFile(url, dest, headers = {}) {
    const response = await fetch(url, { headers });
    if (response.status !== 200 || !response.body) {
        await response.body?.cancel();
        throw new download_HttpStatusError(url, response.status);
    }
    await mkdir(path.dirname(dest), { recursive: true });
    await replaceViaTemp(dest, async (temp) => {
        let received = 0;
        const body = Readable.fromWeb(response.body);
        body.on('data', (chunk) => (received += chunk.length));
        await pipeline(body, createWriteStream(temp));
        // fetch decodes compressed bodies, and then Content-Length counts the encoded bytes.
        const declared = response.headers.get('content-length');
        if (declared !== null && !response.headers.has('content-encoding')) {
            if (received !== Number(declared)) {
                throw new Error(`GET ${url} ended after ${received} of ${declared} bytes`);
            }
        }
    });
}

;// CONCATENATED MODULE: ./src/embed/hub.ts
/**
 * The Hugging Face Hub (or a mirror laid out like it): which commit a revision names, and the
 * model files at that commit. With HF_TOKEN set, every request carries it as a bearer token so that
 * gated and private models work; it is never written to a log or an error.
 */




/** A full commit id, as the hub names commits. */
const COMMIT = /^[0-9a-f]{40}$/;
function hubHeaders(env = process.env) {
    return env.HF_TOKEN ? { authorization: `Bearer ${env.HF_TOKEN}` } : {};
}
/** `<hub>/<id>/resolve/<revision>/<file>` */
function fileUrl(config, revision, file) {
    return `${config.hubUrl}/${config.id}/resolve/${encodeURIComponent(revision)}/${file}`;
}
/** Where the commit a revision named is remembered, so a later run without the hub can use it. */
function refFile(config) {
    return path.join(config.cacheDir, ...config.id.split('/'), 'refs', encodeURIComponent(config.revision));
}
/**
 * The commit the hub serves for the model's revision: the revision itself when it is a full commit
 * id, else the `X-Repo-Commit` header of the hub's answer for config.json. Null when the hub (a
 * mirror) does not say. Without the hub, the commit an earlier run resolved, with a warning.
 */
async function hub_resolveCommit(config, log) {
    if (COMMIT.test(config.revision))
        return config.revision;
    let response;
    try {
        response = await fetch(fileUrl(config, config.revision, 'config.json'), {
            method: 'HEAD',
            headers: hubHeaders()
        });
    }
    catch (error) {
        const remembered = await readFile(refFile(config), 'utf8').then(text => text.trim(), () => undefined);
        if (remembered !== undefined && COMMIT.test(remembered)) {
            log.warning(`could not ask ${config.hubUrl} which commit ${config.id}@${config.revision} is ` +
                `(${describeFetchError(error)}); using ${remembered}, which it was on an earlier run`);
            return remembered;
        }
        throw new Error(hubAdvice(config, 'config.json', error), { cause: error });
    }
    if (response.status !== 200) {
        throw new Error(hubAdvice(config, 'config.json', new HttpStatusError(response.url, response.status)));
    }
    const commit = response.headers.get('x-repo-commit');
    if (commit === null || !COMMIT.test(commit)) {
        log.warning(`${config.hubUrl} did not say which commit ${config.id}@${config.revision} is (no ` +
            `X-Repo-Commit header): the model is not pinned, so name a commit in model-revision ` +
            `if the revision may move`);
        return null;
    }
    await mkdir(path.dirname(refFile(config)), { recursive: true });
    await writeFile(refFile(config), `${commit}\n`);
    return commit;
}
/** Downloads `files` of the model at `commit` (or its revision, when not pinned) into `dir`. */
async function hub_downloadModelFiles(config, commit, files, dir, log) {
    const at = commit ?? config.revision;
    log?.info(`Downloading ${config.id}@${at} from ${config.hubUrl} into ${dir}`);
    for (const file of files) {
        try {
            await downloadFile(fileUrl(config, at, file), path.join(dir, file), hubHeaders());
        }
        catch (error) {
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
        return (`${what}: HTTP ${error.status}. A gated or private model needs a token with access to it ` +
            `in the HF_TOKEN environment variable${process.env.HF_TOKEN ? ' (the one set was refused)' : ''}.`);
    }
    return (`${what}: ${describeFetchError(error)}. Without access to the hub, set model-path ` +
        `(--model-path) to a local model folder, or hub-url (--hub-url) to a mirror laid out like the hub.`);
}
/** fetch says only "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND, ...) is its cause. */
function describeFetchError(error) {
    const cause = error?.cause;
    return cause === undefined
        ? errorMessage(error)
        : `${errorMessage(error)} (${errorMessage(cause)})`;
}

;// CONCATENATED MODULE: ./src/embed/model-source.ts




/** A hub model id: `name` or `owner/name`, no `.`/`..` parts (it becomes a folder under cacheDir). */
function isModelId(id) {
    return /^[\w.-]+(\/[\w.-]+)?$/.test(id) && !id.split('/').some(part => /^\.+$/.test(part));
}
/** A branch, tag or commit name (it becomes part of a URL and a folder name). */
function isRevision(revision) {
    return /^[\w.\-/]+$/.test(revision) && !revision.includes('..');
}
/** The ONNX file transformers.js loads for one dtype, relative to the model folder. */
function weightsFile(dtype) {
    return dtype === 'q8' ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx';
}
/** The files transformers.js loads for one dtype; the whole of a model folder as far as we care. */
function modelFiles(dtype) {
    return ['config.json', 'tokenizer.json', 'tokenizer_config.json', weightsFile(dtype)];
}
/**
 * Where a hub model is kept under the cache dir: one folder per id and commit (or revision, when
 * not pinned), so the action can restore it before resolveModel and a restored folder needs no
 * download.
 */
function modelCacheDir(model) {
    const at = model.commit ?? encodeURIComponent(model.revision);
    return path.resolve(model.cacheDir, ...model.id.split('/'), at);
}
/** Fixes which files the model is: a local folder as it is, a hub revision at its commit. */
async function pinModel(config, log) {
    return { ...config, commit: config.path === undefined ? await resolveCommit(config, log) : null };
}
/**
 * Makes the model available as a local folder: the configured model-path as it is (checked),
 * or the hub model at its commit downloaded once into the cache dir. Files already there are never
 * fetched again, so a second resolve makes no HTTP request.
 */
async function resolveModel(model, log) {
    const dir = model.path !== undefined ? path.resolve(model.path) : modelCacheDir(model);
    const missing = await missingFiles(dir, model.dtype);
    if (missing.length > 0 && model.path !== undefined) {
        throw new Error(`Model folder ${dir} lacks ${missing.join(', ')} (dtype ${model.dtype} needs ` +
            `${modelFiles(model.dtype).join(', ')})`);
    }
    if (missing.length > 0)
        await downloadModelFiles(model, model.commit, missing, dir, log);
    return {
        dir,
        id: model.id,
        revision: model.revision,
        commit: model.commit,
        dtype: model.dtype,
        dimension: (await readModelShape(dir)).dimension
    };
}
async function missingFiles(dir, dtype) {
    const present = await Promise.all(modelFiles(dtype).map(file => access(path.join(dir, file)).then(() => true, () => false)));
    return modelFiles(dtype).filter((_, i) => !present[i]);
}
async function readModelShape(dir) {
    const file = external_node_path_default().join(dir, 'config.json');
    const config = Object(await readJsonFile(file));
    const whole = (value, min) => typeof value === 'number' && Number.isInteger(value) && value >= min;
    if (!whole(config.hidden_size, 1)) {
        throw new Error(`${file} has no integer hidden_size; is this a BERT-style model?`);
    }
    if (!whole(config.max_position_embeddings, 2)) {
        throw new Error(`${file} has no usable max_position_embeddings`);
    }
    return { dimension: config.hidden_size, maxPositions: config.max_position_embeddings };
}

;// CONCATENATED MODULE: ./src/embed/pooling.ts
/**
 * Mean of each row's token vectors over its attention mask, scaled to unit length. Done here in
 * plain JS with a fixed summation order (float64 accumulators, token order) so that the result
 * for a row depends only on that row's encoder output, never on threads or batch layout.
 *
 * hidden: batch × seq × dim (row-major); mask: batch × seq, 1 for real tokens.
 */
function meanPoolNormalize(hidden, mask, batch, seq, dim) {
    if (hidden.length !== batch * seq * dim || mask.length !== batch * seq) {
        throw new Error(`pooling: got ${hidden.length} values and ${mask.length} mask entries for ${batch}×${seq}×${dim}`);
    }
    const out = new Float32Array(batch * dim);
    const sum = new Float64Array(dim);
    for (let row = 0; row < batch; row++) {
        sum.fill(0);
        let count = 0;
        for (let t = 0; t < seq; t++) {
            if (mask[row * seq + t] === 0)
                continue;
            count++;
            const base = (row * seq + t) * dim;
            for (let d = 0; d < dim; d++)
                sum[d] += hidden[base + d];
        }
        if (count === 0)
            throw new Error(`pooling: row ${row} has no tokens`);
        let squares = 0;
        for (let d = 0; d < dim; d++) {
            sum[d] /= count;
            squares += sum[d] * sum[d];
        }
        // An all-zero mean has no direction; leave it zero rather than divide by zero.
        const scale = squares > 0 ? 1 / Math.sqrt(squares) : 0;
        for (let d = 0; d < dim; d++)
            out[row * dim + d] = sum[d] * scale;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/embed/transformers-runtime.ts
let loading;
/**
 * transformers.js, imported on first use: it is over a third of the bundle and loads ONNX
 * Runtime's native library, and a run that reuses every chunk (or only merges or verifies) never
 * needs it.
 */
function transformers() {
    loading ??= Promise.all(/* import() */[__nccwpck_require__.e(140), __nccwpck_require__.e(621)]).then(__nccwpck_require__.bind(__nccwpck_require__, 140)).then(module => {
        // Models reach transformers.js only as resolved local folders (./model-source.ts downloads);
        // it must never fetch on its own nor write its own file cache next to the bundle.
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

;// CONCATENATED MODULE: ./src/embed/embedder.ts



/**
 * How text becomes a vector here, recorded in every manifest (`recipe`): the model's own tokenizer
 * with [CLS] … [SEP] and no truncation (chunks fit the window), the encoder's last_hidden_state,
 * the mean over the attention mask in float64 in token order, L2 normalisation to float32; q8 texts
 * one per call. Any change to that which changes a vector's bits must change this string: vectors
 * of different recipes are never mixed (src/artifact/compat.ts).
 */
const EMBEDDING_RECIPE = 'mean-l2/1';
/**
 * Loads the model with ONNX Runtime pinned to `threads` intra-op threads and one inter-op
 * thread: several workers each own a core without oversubscribing, and every path that must
 * give identical bits (in-process or any worker) runs the same kernels.
 */
async function loadEmbedder(model, threads) {
    const { AutoModel, Tensor } = await transformers();
    const [tokenizer, encoder, { maxPositions }] = await Promise.all([
        loadTokenizer(model.dir),
        AutoModel.from_pretrained(model.encoderDir ?? model.dir, {
            local_files_only: true,
            device: 'cpu',
            dtype: model.dtype,
            session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 }
        }),
        readModelShape(model.dir)
    ]);
    /** One encoder call; rows of different lengths are padded to the longest. */
    async function encode(texts) {
        const encoding = tokenizer(texts, { return_tensor: false });
        const rows = encoding.input_ids.map((ids, i) => ({
            ids: fitToWindow(ids, maxPositions),
            types: fitToWindow(encoding.token_type_ids?.[i] ?? ids.map(() => 0), maxPositions)
        }));
        const seq = Math.max(...rows.map(r => r.ids.length));
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
        const output = (await encoder.forward({
            input_ids: new Tensor('int64', inputIds, dims),
            attention_mask: new Tensor('int64', attentionMask, dims),
            token_type_ids: new Tensor('int64', tokenTypeIds, dims)
        }));
        const hidden = output.last_hidden_state;
        if (!hidden || hidden.dims.length !== 3 || hidden.dims[2] !== model.dimension) {
            throw new Error(`${model.dir}: expected last_hidden_state of width ${model.dimension}, got ${JSON.stringify(hidden?.dims)}`);
        }
        return meanPoolNormalize(hidden.data, mask, texts.length, seq, model.dimension);
    }
    /**
     * ONNX Runtime's fp32 CPU kernels give a row the same bits whatever equal-length texts share
     * its batch (measured, and tested). The q8 graph quantises activations with one scale per
     * input tensor, so there a row depends on its companions: each text gets its own call
     * (measured no slower at one intra-op thread: a ~200-token text already fills the kernels).
     */
    async function embedBatch(texts) {
        if (texts.length === 0)
            return new Float32Array(0);
        if (model.dtype === 'fp32' || texts.length <= 1)
            return encode(texts);
        const out = new Float32Array(texts.length * model.dimension);
        for (let i = 0; i < texts.length; i++)
            out.set(await encode([texts[i]]), i * model.dimension);
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
/**
 * Truncation is the last resort for a text longer than the model's position table (the chunker
 * keeps chunks within it): keep the head and the closing special token ([SEP]).
 */
function fitToWindow(values, maxPositions) {
    if (values.length <= maxPositions)
        return values;
    return [...values.slice(0, maxPositions - 1), values[values.length - 1]];
}

;// CONCATENATED MODULE: ./src/embed/worker-main.ts
/**
 * The life of one embedding worker process, forked by ./cluster.ts: it loads the model named in
 * its argument once, then embeds whatever batch the parent sends.
 */


function send(message) {
    process.send?.(message);
}
function serveAsWorker() {
    // Without its parent there is nobody to embed for: leave with the channel (also when the
    // parent is killed), so no worker outlives the run.
    process.on('disconnect', () => process.exit(0));
    const init = JSON.parse(process.argv[2] ?? '');
    const embedder = loadEmbedder(init.model, init.threads);
    embedder.then(() => send({ type: 'ready' }), error => send({ type: 'load-failed', message: errors_errorMessage(error) }));
    // Batches come only after 'ready'; the parent keeps a second one queued here. They run one
    // after another: two ONNX runs at once would oversubscribe the cores this worker was sized to.
    let queue = Promise.resolve();
    process.on('message', ({ batch, texts }) => {
        queue = queue.then(async () => {
            const started = performance.now();
            try {
                const vectors = await (await embedder).embedBatch(texts);
                send({ type: 'vectors', batch, vectors, busySeconds: (performance.now() - started) / 1000 });
            }
            catch (error) {
                send({ type: 'batch-failed', batch, message: errors_errorMessage(error) });
            }
        });
    });
}

;// CONCATENATED MODULE: ./src/worker.ts
// Entry of one embedding worker process (dist/worker.js), forked by src/embed/cluster.ts.

serveAsWorker();

