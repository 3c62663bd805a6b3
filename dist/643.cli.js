export const id = 643;
export const ids = [643,621];
export const modules = {

/***/ 5031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NO_TEXT: () => (/* binding */ NO_TEXT),
  SearchSession: () => (/* binding */ SearchSession)
});

// EXTERNAL MODULE: ./src/embed/embedder.ts + 1 modules
var embedder = __webpack_require__(7297);
// EXTERNAL MODULE: ./src/artifact/compat.ts
var compat = __webpack_require__(4694);
// EXTERNAL MODULE: ./src/embed/model-source.ts + 4 modules
var model_source = __webpack_require__(8591);
// EXTERNAL MODULE: ./src/pipeline/settings.ts
var pipeline_settings = __webpack_require__(6757);
;// CONCATENATED MODULE: ./src/serve/code-tokens.ts
/**
 * The words keyword search sees in code and prose. A word run is letters, digits, `_` and `$`,
 * possibly joined by `.` or `-` (dotted paths, kebab-case). Each run counts whole, lowercased
 * (`core.setfailed`), and a compound run also counts by its segments (`core`, `setfailed`) and by
 * the words of each segment, split at `_`, `$` and camelCase humps (`set`, `failed`), so that
 * `setFailed` finds `set_failed`'s parts and a query for the whole identifier can still tell an
 * exact match from a chunk that only mentions its parts.
 */
const RUN = /[\p{L}\p{N}_$]+(?:[.-][\p{L}\p{N}_$]+)*/gu;
// How a run's characters split it (a run holds nothing but these, letters and digits). Humps are
// found among ASCII letters only; other letters count as lower case.
const LOWER = 0;
const UPPER = 1;
const WORD_SEPARATOR = 2; // _ and $
const SEGMENT_SEPARATOR = 3; // . and -
function kindOf(code) {
    if (code >= 65 && code <= 90)
        return UPPER;
    if (code === 95 || code === 36)
        return WORD_SEPARATOR;
    if (code === 46 || code === 45)
        return SEGMENT_SEPARATOR;
    return LOWER;
}
const NONE = [];
/** Calls `visit` with each word run of the text, as written, in order. */
function forEachRun(text, visit) {
    for (const [run] of text.matchAll(RUN))
        visit(run);
}
/** The tokens of one word run: the run whole, lowercased, then its segments and words. */
function runTokens(run) {
    return [run.toLowerCase(), ...subTokens(run)];
}
/** Calls `emit` with each token of the text, in order; a word repeated is emitted again. */
function forEachToken(text, emit) {
    forEachRun(text, run => {
        for (const token of runTokens(run))
            emit(token);
    });
}
/**
 * The segments and words of a compound run, lowercased; none for a run of one word. A hump is a
 * capital after a lower-case letter or digit (`setFailed`), or the last capital of an acronym
 * before a capitalised word (`HTMLParser`).
 */
function subTokens(run) {
    let compound = false;
    for (let i = 0; i < run.length && !compound; i++)
        compound = kindOf(run.charCodeAt(i)) !== LOWER;
    if (!compound)
        return NONE;
    const segments = [];
    const words = [];
    let segmentStart = 0;
    let segmentWords = 0; // words of the current segment pushed so far
    let wordStart = 0;
    // One step past the end closes the last word and segment. (No closures: this runs per token.)
    for (let i = 0; i <= run.length; i++) {
        const kind = i === run.length ? SEGMENT_SEPARATOR : kindOf(run.charCodeAt(i));
        const hump = kind === UPPER &&
            i > wordStart &&
            (kindOf(run.charCodeAt(i - 1)) === LOWER || isLowerLetter(run.charCodeAt(i + 1)));
        if (kind === LOWER || (kind === UPPER && !hump))
            continue;
        if (i > wordStart) {
            words.push(run.slice(wordStart, i).toLowerCase());
            segmentWords++;
        }
        wordStart = kind === UPPER ? i : i + 1;
        if (kind !== SEGMENT_SEPARATOR)
            continue;
        // A segment of one word adds nothing beyond the segment itself.
        if (segmentWords === 1)
            words.pop();
        segments.push(run.slice(segmentStart, i).toLowerCase());
        segmentStart = i + 1;
        segmentWords = 0;
    }
    return segments.length > 1 ? [...segments, ...words] : words;
}
function isLowerLetter(code) {
    return code >= 97 && code <= 122;
}
function queryTerms(query) {
    const terms = new Set();
    const identifiers = new Set();
    for (const [run] of query.matchAll(RUN)) {
        const parts = subTokens(run);
        terms.add(run.toLowerCase());
        if (parts.length > 0)
            identifiers.add(run.toLowerCase());
        for (const part of parts)
            terms.add(part);
    }
    return { terms: [...terms], identifiers: [...identifiers] };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/util/entries.ts
var entries = __webpack_require__(1952);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/serve/keyword-thread.ts
/**
 * The keyword index in a worker thread of its own. Building it (tokenising every chunk) takes
 * seconds on a big index, so it runs beside the rest: the model loads meanwhile, the server
 * answers `initialize` and semantic searches at once, and keyword and hybrid searches wait until
 * the index is built. Queries cross as messages; answers come back as typed arrays,
 * transferred, not copied.
 */





class KeywordThread {
    /** Resolves to the number of chunks indexed once the index is built. */
    ready;
    /** Chunks indexed, once built. */
    documents;
    worker;
    pending = new Map();
    /** Why the index cannot answer, once it cannot. */
    failure;
    nextId = 0;
    /** Starts building the index of these texts (by row; undefined: a row without text). */
    constructor(texts) {
        this.worker = startWorker();
        this.worker.postMessage({ type: 'build', texts });
        // The thread must not keep a finished command alive.
        this.worker.unref();
        let markReady = () => { };
        this.ready = new Promise((resolve, reject) => {
            markReady = resolve;
            this.worker.once('error', reject);
        });
        // Nobody may be waiting yet; a failure is reported to whoever asks.
        this.ready.catch(() => { });
        this.worker.on('message', (message) => {
            if (message.type === 'ready')
                markReady((this.documents = message.documents));
            else
                this.take(message.id)?.resolve(message.match);
        });
        const fail = (reason) => {
            this.failure ??= new Error(`the keyword index failed: ${reason}`);
            for (const id of [...this.pending.keys()])
                this.take(id)?.reject(this.failure);
        };
        this.worker.on('error', error => fail((0,errors/* errorMessage */.g)(error)));
        this.worker.on('exit', code => fail(`its thread exited (code ${code})`));
    }
    /** What keyword search finds for the query, once the index is built. */
    match(query) {
        if (this.failure)
            return Promise.reject(this.failure);
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.worker.postMessage({ type: 'match', id, query });
        });
    }
    async close() {
        await this.worker.terminate();
    }
    take(id) {
        const waiting = this.pending.get(id);
        this.pending.delete(id);
        return waiting;
    }
}
/** The thread, running src/keyword-worker.ts (under tsx, when the source runs) or its build. */
function startWorker() {
    const { path, source } = (0,entries/* entryFile */.$)('keyword-worker');
    if (!source)
        return new external_node_worker_threads_.Worker(path);
    // A worker thread does not take tsx from --import: load the entry through tsx's API.
    const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const entry = JSON.stringify((0,external_node_url_.pathToFileURL)(path).href);
    const code = `import(${api}).then(tsx => tsx.tsImport(${entry}, ${JSON.stringify(import.meta.url)}))`;
    return new external_node_worker_threads_.Worker(code, { eval: true });
}
/** The thread's side: build the index from the first message, say so, then answer queries. */
function serveKeywordIndex() {
    const port = parentPort;
    if (port === null)
        throw new Error('the keyword index runs in a worker thread');
    let index;
    port.on('message', (message) => {
        if (message.type === 'build') {
            index = KeywordIndex.build(message.texts);
            port.postMessage({ type: 'ready', documents: index.documents });
            return;
        }
        const match = index.match(message.query);
        port.postMessage({ type: 'match', id: message.id, match }, [
            match.rows.buffer,
            match.bm25.buffer,
            match.identifiers.buffer
        ]);
    });
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/serve/path-filter.ts

/**
 * Whether an index path matches a glob, as `include` globs read: `**` crosses folders, dot files
 * match, and a glob without a slash matches the file name in any folder (`*.ts`).
 */
function pathMatcher(glob) {
    if (glob.trim() === '')
        throw new Error('the path glob is empty');
    return picomatch_default()(glob, { dot: true, basename: !glob.includes('/') });
}

// EXTERNAL MODULE: ./src/serve/ranking.ts + 1 modules
var ranking = __webpack_require__(7490);
;// CONCATENATED MODULE: ./src/serve/snippet.ts
/** At most this many lines of a chunk in a search hit, each cut at LINE_CHARS characters. */
const SNIPPET_LINES = 6;
const LINE_CHARS = 200;
/**
 * A few lines of a chunk for a search hit, around the line holding the most query terms (the
 * chunk's first non-blank line when none holds any), so that a keyword hit shows why it matched.
 */
function snippetOf(text, startLine, terms) {
    const lines = text.split('\n');
    let best = Math.max(0, lines.findIndex(line => line.trim() !== ''));
    let bestCount = 0;
    lines.forEach((line, i) => {
        const lower = line.toLowerCase();
        const count = terms.filter(term => lower.includes(term)).length;
        if (count > bestCount)
            [best, bestCount] = [i, count];
    });
    // From the best line on, or the chunk's last lines when it is near the end.
    const from = Math.max(0, Math.min(best, lines.length - SNIPPET_LINES));
    const shown = lines
        .slice(from, from + SNIPPET_LINES)
        .map(line => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}…` : line));
    return { snippet: shown.join('\n'), snippet_line: startLine + from };
}

// EXTERNAL MODULE: ./src/serve/text-source.ts
var text_source = __webpack_require__(396);
// EXTERNAL MODULE: ./node_modules/@huggingface/transformers/dist/transformers.node.mjs + 15 modules
var transformers_node = __webpack_require__(140);
;// CONCATENATED MODULE: ./src/serve/vector-search.ts

/**
 * The cosine similarity of a query with every row of the index: a dot product, as rows and
 * query are unit vectors. ONNX Runtime's matrix product does it about four times faster than a
 * JavaScript loop (10 ms against 45 ms at 100,000 × 384 on the development machine), reading the
 * vectors where they lie (the tensor wraps the index's Float32Array, no copy).
 */
class VectorScorer {
    dimension;
    matrix;
    constructor(vectors, dimension) {
        this.dimension = dimension;
        const rows = vectors.length / dimension;
        this.matrix = rows > 0 ? new transformers_node.Tensor('float32', vectors, [rows, dimension]) : undefined;
    }
    /** Score by row. */
    async scores(query) {
        if (query.length !== this.dimension) {
            throw new RangeError(`query vector has ${query.length} values, the index has dimension ${this.dimension}`);
        }
        if (this.matrix === undefined)
            return new Float32Array(0);
        const product = await (0,transformers_node.matmul)(this.matrix, new transformers_node.Tensor('float32', query, [this.dimension, 1]));
        return product.data;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/chunk/lines.ts
var lines = __webpack_require__(7402);
// EXTERNAL MODULE: ./src/scan/read.ts + 1 modules
var scan_read = __webpack_require__(7211);
;// CONCATENATED MODULE: ./src/serve/working-tree.ts





// Files whose lines are kept between calls (a search reads its hits' files again and again).
const KEPT_FILES = 64;
/**
 * The working tree an index was built from (`--root`). A file's lines are handed out only while
 * its content has the sha256 the manifest recorded, so that the index's line numbers hold; a
 * file edited since is reported, never shown. Reading follows the scanner's rules (a symbolic
 * link must stay inside the root; no FIFO blocks; nothing larger than the indexed size is read),
 * as the index, which names the paths, may come from anywhere.
 */
class WorkingTree {
    root;
    files;
    /** Per path: the stat signature last checked, and why the file was not current then. */
    verdicts = new Map();
    /** The lines of the last KEPT_FILES current files read, least recently used first. */
    kept = new Map();
    constructor(root, files) {
        this.root = root;
        this.files = files;
    }
    static async open(root, files) {
        return new WorkingTree(await (0,promises_.realpath)(root), new Map(files.map(file => [file.path, file])));
    }
    /** The file as the tree has it; read again only when its inode, size or times changed. */
    async read(file) {
        const entry = this.files.get(file);
        if (entry === undefined)
            return { current: false, reason: 'not in the index' };
        const located = await this.locate(file);
        if (typeof located !== 'string')
            return located;
        let signature;
        try {
            const stats = await (0,promises_.stat)(located, { bigint: true });
            signature = `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
        }
        catch (error) {
            return missingOr(error);
        }
        const verdict = this.verdicts.get(file);
        if (verdict?.signature === signature) {
            if (verdict.reason !== undefined)
                return { current: false, reason: verdict.reason };
            const kept = this.kept.get(file);
            if (kept?.signature === signature)
                return this.keep(file, kept);
        }
        const read = await (0,scan_read/* readFileContent */.A)(located, entry.bytes);
        if (!('sha256' in read) || read.sha256 !== entry.sha256) {
            this.verdicts.set(file, { signature, reason: 'changed' });
            return { current: false, reason: 'changed' };
        }
        this.verdicts.set(file, { signature });
        return this.keep(file, { signature, lines: (0,lines/* splitLines */.u)(read.content) });
    }
    /** The file's real path inside the root, or why there is none. */
    async locate(file) {
        try {
            const real = await (0,promises_.realpath)(external_node_path_default().join(this.root, ...file.split('/')));
            const relative = external_node_path_default().relative(this.root, real);
            const outside = relative === '' ||
                relative === '..' ||
                relative.startsWith(`..${(external_node_path_default()).sep}`) ||
                external_node_path_default().isAbsolute(relative);
            return outside ? { current: false, reason: 'outside the root' } : real;
        }
        catch (error) {
            return missingOr(error);
        }
    }
    keep(file, kept) {
        this.kept.delete(file);
        this.kept.set(file, kept);
        if (this.kept.size > KEPT_FILES)
            this.kept.delete(this.kept.keys().next().value);
        return { current: true, lines: kept.lines };
    }
}
function missingOr(error) {
    const code = (0,errors/* errorCode */.C)(error);
    return { current: false, reason: code === 'ENOENT' ? 'missing' : `unreadable (${code})` };
}

;// CONCATENATED MODULE: ./src/serve/session.ts












const NO_TEXT = 'the index stores no chunk text (built without store-text) and no --root (the working tree it was built from) was given';
class SearchSession {
    dir;
    index;
    texts;
    keyword;
    scorer;
    embedder;
    constructor(dir, index, texts, 
    /** Undefined when there is no text to search. */
    keyword, scorer, embedder) {
        this.dir = dir;
        this.index = index;
        this.texts = texts;
        this.keyword = keyword;
        this.scorer = scorer;
        this.embedder = embedder;
    }
    /** `index` is the verified index read from `dir`. */
    static async open(dir, index, config, log) {
        const tree = config.root === undefined
            ? undefined
            : await WorkingTree.open(config.root, index.manifest.files);
        const texts = new text_source/* TextSource */.p$(index, tree);
        const all = config.keyword === false ? undefined : await texts.allTexts();
        if (all && texts.origin === 'working-tree')
            await warnOfStaleFiles(texts, index, config.root, log);
        // Built in its own thread while the model loads.
        const keyword = all === undefined ? undefined : new KeywordThread(all);
        try {
            const embedder = await loadQueryEmbedder(index, config.model, log);
            const scorer = new VectorScorer(index.vectors, index.manifest.model.dimension);
            // The first embedding and the first matrix product set up their ONNX Runtime sessions: do
            // that now, so that the first query costs what every other does.
            await scorer.scores(await embedder.embedBatch(['warm up']));
            return new SearchSession(dir, index, texts, keyword, scorer, embedder);
        }
        catch (error) {
            await keyword?.close();
            throw error;
        }
    }
    async search(request) {
        const accept = this.acceptor(request.pathGlob);
        const query = queryTerms(request.text);
        const { keyword } = this;
        let mode = request.mode;
        let note;
        if (mode !== 'semantic' && keyword === undefined) {
            if (mode === 'keyword')
                throw new Error(`keyword search needs chunk text, but ${NO_TEXT}`);
            mode = 'semantic';
            note = `hybrid search fell back to semantic: ${NO_TEXT}`;
        }
        // The keyword side runs in its thread while this one embeds the query.
        const matching = mode === 'semantic' ? undefined : keyword.match(query);
        matching?.catch(() => { }); // awaited below; until then a failure must not count as unhandled
        let ranked;
        if (mode === 'keyword') {
            ranked = (0,ranking/* rankKeyword */.Wv)(await matching, request.top, accept);
        }
        else {
            const scores = await this.scorer.scores(await this.embedder.embedBatch([request.text]));
            ranked =
                mode === 'semantic'
                    ? (0,ranking/* rankSemantic */.PA)(scores, request.top, accept)
                    : (0,ranking/* rankHybrid */.dk)(scores, await matching, request.top, accept);
        }
        const { minScore } = request;
        const kept = minScore === undefined ? ranked : ranked.filter(hit => hit.score >= minScore);
        const hits = await Promise.all(kept.map(hit => this.describe(hit, query.terms)));
        return { mode, ...(note !== undefined ? { note } : {}), hits };
    }
    /** Lines start..end of an indexed file, as indexed. */
    chunk(path, start, end) {
        return this.texts.lines(path, start, end);
    }
    async close() {
        await this.keyword?.close();
        await this.embedder.dispose();
    }
    acceptor(glob) {
        if (glob === undefined)
            return () => true;
        const matches = pathMatcher(glob);
        const accepted = new Uint8Array(this.index.rows.length);
        for (const file of this.index.manifest.files) {
            if (matches(file.path))
                accepted.fill(1, file.first_row, file.first_row + file.rows);
        }
        return row => accepted[row] === 1;
    }
    async describe(hit, terms) {
        const row = { ...this.index.rows[hit.row] };
        delete row.text;
        const { text, stale } = await this.texts.rowText(hit.row);
        return {
            ...row,
            score: hit.score,
            ...(stale ? { stale: true } : {}),
            ...(text !== undefined ? snippetOf(text, row.start_line, terms) : {})
        };
    }
}
/** A working tree far from the index (the wrong --root, an old index) should not go unnoticed. */
async function warnOfStaleFiles(texts, index, root, log) {
    const stale = (await texts.staleFiles()) ?? [];
    if (stale.length === 0)
        return;
    log.warning(`${stale.length} of ${index.manifest.files.length} indexed files have changed under ${root} ` +
        'since the index was built (or are gone): keyword search leaves them out and shows them without snippets');
}
/**
 * The model the index was built with, at the commit the index records (or the one configured,
 * with a warning when its vectors live in another space), loaded once.
 */
async function loadQueryEmbedder(index, config, log) {
    const indexModel = index.manifest.model;
    // The index's own model files, unless the user named another model or revision.
    const sameModel = config.id === indexModel.id && config.revision === indexModel.revision;
    const pinned = sameModel && config.path === undefined && indexModel.commit !== null
        ? { ...config, commit: indexModel.commit }
        : await (0,model_source/* pinModel */.dW)(config, log);
    const model = await (0,model_source/* resolveModel */.AX)(pinned, log);
    if (model.dimension !== indexModel.dimension) {
        throw new Error(`model ${model.id} gives ${model.dimension}-d vectors but the index holds ${indexModel.dimension}-d vectors`);
    }
    const settings = (0,pipeline_settings/* runSettings */.n)(index.manifest.chunking, model, model.dimension);
    const difference = (0,compat/* vectorsDiffer */.VX)(settings, index.manifest);
    if (difference !== null) {
        log.warning(`the index was made with ${difference} as this query: scores will be meaningless`);
    }
    // One thread: a query is a few tokens, and the machine may be busy with other work.
    return (0,embedder/* loadEmbedder */.P)(model, 1);
}


/***/ }),

/***/ 396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p$: () => (/* binding */ TextSource),
/* harmony export */   xg: () => (/* binding */ MAX_LINES)
/* harmony export */ });
/* unused harmony export storedLines */
/** The most lines one call of `lines` hands out (a whole file of generated code could be huge). */
const MAX_LINES = 400;
// Reading a whole tree, a few files at a time.
const READ_CONCURRENCY = 8;
class TextSource {
    index;
    tree;
    origin;
    entries;
    constructor(index, tree) {
        this.index = index;
        this.tree = tree;
        this.origin = index.manifest.store_text ? 'index' : tree ? 'working-tree' : 'none';
        this.entries = new Map(index.manifest.files.map(file => [file.path, file]));
    }
    /** Every row's text, for keyword search; undefined for rows of files changed since. */
    async allTexts() {
        const { rows } = this.index;
        if (this.origin === 'index')
            return rows.map(row => row.text);
        if (this.origin === 'none')
            return undefined;
        const texts = new Array(rows.length).fill(undefined);
        await this.eachTreeFile((entry, file) => {
            if (!file.current)
                return;
            for (let row = entry.first_row; row < entry.first_row + entry.rows; row++) {
                texts[row] = linesOf(file.lines, rows[row]);
            }
        });
        return texts;
    }
    /** The indexed files that changed in the working tree since, or are gone; undefined without one. */
    async staleFiles() {
        if (this.tree === undefined)
            return undefined;
        const stale = new Set();
        await this.eachTreeFile((entry, file) => {
            if (!file.current)
                stale.add(entry.path);
        });
        // In index order, whichever read finished first.
        return this.index.manifest.files.map(file => file.path).filter(path => stale.has(path));
    }
    /** Reads every indexed file from the working tree, a few at a time. */
    async eachTreeFile(visit) {
        const { tree } = this;
        if (tree === undefined)
            return;
        const { files } = this.index.manifest;
        let next = 0;
        const reader = async () => {
            for (let f = next++; f < files.length; f = next++)
                visit(files[f], await tree.read(files[f].path));
        };
        await Promise.all(Array.from({ length: READ_CONCURRENCY }, reader));
    }
    async rowText(row) {
        const chunk = this.index.rows[row];
        const file = this.tree ? await this.tree.read(chunk.path) : undefined;
        const stale = file !== undefined && !file.current;
        if (this.origin === 'index')
            return { text: chunk.text, stale };
        return file?.current ? { text: linesOf(file.lines, chunk), stale } : { stale };
    }
    /** Lines start..end of an indexed file (end clipped to its last line), as indexed. */
    async lines(path, start, end) {
        const entry = this.entries.get(path);
        if (entry === undefined) {
            throw new Error(`${JSON.stringify(path)} is not a file of the index (search gives its paths)`);
        }
        if (end < start)
            throw new Error(`end_line ${end} is before start_line ${start}`);
        if (end - start + 1 > MAX_LINES) {
            throw new Error(`lines ${start}-${end} are ${end - start + 1} lines; at most ${MAX_LINES} per call`);
        }
        const file = this.tree ? await this.tree.read(path) : undefined;
        let lines;
        if (this.origin === 'index') {
            lines = storedLines(this.index.rows.slice(entry.first_row, entry.first_row + entry.rows));
        }
        else if (file?.current) {
            lines = file.lines;
        }
        else {
            throw new Error(file === undefined
                ? 'this index has no text: it was built without store-text and the server has no --root'
                : `${JSON.stringify(path)} in the working tree: ${file.reason} since it was indexed, so its indexed lines are not available`);
        }
        if (start > lines.length) {
            throw new Error(`start_line ${start} is past the end of ${path} (${lines.length} lines)`);
        }
        const last = Math.min(end, lines.length);
        const range = lines.slice(start - 1, last);
        if (range.includes(undefined)) {
            throw new Error(`lines ${start}-${last} of ${path} are not all in the index's stored text`);
        }
        const stale = file !== undefined && !file.current;
        return {
            path,
            start_line: start,
            end_line: last,
            text: range.join('\n'),
            ...(stale ? { stale: true } : {})
        };
    }
}
/** A row's text from its file's lines (a piece of a long line gets the whole line). */
function linesOf(lines, row) {
    return lines.slice(row.start_line - 1, row.end_line).join('\n');
}
/**
 * A file's lines rebuilt from its rows' stored text (1-based line n at [n - 1]): a row's text is
 * its lines joined by '\n', and the pieces of a long line, rows that share that one line,
 * concatenate to it. A line no row holds stays undefined; where rows overlap, the first wins.
 */
function storedLines(rows) {
    const lines = [];
    const set = (line, text) => {
        if (lines[line - 1] === undefined)
            lines[line - 1] = text;
    };
    for (let i = 0; i < rows.length;) {
        const row = rows[i];
        let end = i + 1;
        const single = (r) => r.start_line === row.start_line && r.end_line === row.start_line;
        if (single(row))
            while (end < rows.length && single(rows[end]))
                end++;
        if (end > i + 1) {
            set(row.start_line, rows
                .slice(i, end)
                .map(piece => piece.text ?? '')
                .join(''));
        }
        else {
            const texts = (row.text ?? '').split('\n');
            for (let k = 0; k < texts.length && row.start_line + k <= row.end_line; k++) {
                set(row.start_line + k, texts[k]);
            }
        }
        i = end;
    }
    return lines;
}


/***/ }),

/***/ 3621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ sharp)
/* harmony export */ });
/**
 * Stands in for `sharp` in the bundle. transformers.js imports sharp at load time for image
 * inputs; embed-index embeds text only, and sharp's native binaries would bloat dist/.
 * The default export must be a function: transformers.js checks it is truthy at load.
 */
function sharp() {
    throw new Error('embed-index embeds text only: image processing (sharp) is not bundled');
}


/***/ })

};
