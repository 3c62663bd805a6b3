import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/util/entries.ts


/**
 * An entry that goes with the running code. Bundled (dist/index.js, dist/cli.js), this module's
 * code is inside the bundle and the entry is its own bundle beside it: dist/<name>.js. Unbundled,
 * this module is util/entries.* and the entries sit one folder up: lib/<name>.js in the npm
 * package (compiled by tsc), or src/<name>.ts when the source tree runs under tsx (the tests,
 * `npm run` scripts).
 */
function entries_entryFile(name) {
    // Not `new URL('./worker.js', import.meta.url)`: the bundler would try to resolve that at build
    // time, and the entries are separate bundles that exist only in dist/.
    const here = fileURLToPath(import.meta.url);
    if (here.endsWith('.ts'))
        return { path: join(dirname(here), '..', `${name}.ts`), source: true };
    const bundled = !basename(here).startsWith('entries.');
    return { path: join(dirname(here), bundled ? '.' : '..', `${name}.js`), source: false };
}

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

;// CONCATENATED MODULE: ./src/serve/keyword-index.ts
/**
 * BM25 over chunk texts, tokenised by ./code-tokens.ts. The postings live in flat typed arrays
 * (term → rows, with counts; a few bytes per distinct term of a row), built in one pass over the
 * texts, where a general search library took over a minute and a gigabyte for 100,000 chunks (see
 * the README's "Query the index").
 */

// The usual BM25 constants: term-frequency saturation and length normalisation.
const K1 = 1.2;
const B = 0.75;
const MAX_COUNT = 0xffff;
const RUN_MEMO = 1 << 18;
/** A growable Uint32Array. */
class Uint32List {
    data;
    length = 0;
    constructor(capacity) {
        this.data = new Uint32Array(Math.max(1024, capacity));
    }
    push(value) {
        if (this.length === this.data.length)
            this.data = grow(this.data);
        this.data[this.length++] = value;
    }
}
function grow(array) {
    const grown = new Uint32Array(array.length * 2);
    grown.set(array);
    return grown;
}
/** The postings in term order (offsets, rows, counts) from pairs listed row by row. */
function groupByTerm(termCount, pairTerms, pairCounts, pairsOfRow) {
    const offsets = new Uint32Array(termCount + 1);
    for (let p = 0; p < pairTerms.length; p++)
        offsets[pairTerms.data[p] + 1]++;
    for (let t = 0; t < termCount; t++)
        offsets[t + 1] += offsets[t];
    const next = offsets.slice(0, termCount);
    const rows = new Uint32Array(pairTerms.length);
    const counts = new Uint16Array(pairTerms.length);
    for (let row = 0; row + 1 < pairsOfRow.length; row++) {
        for (let p = pairsOfRow[row]; p < pairsOfRow[row + 1]; p++) {
            const slot = next[pairTerms.data[p]]++;
            rows[slot] = row;
            counts[slot] = Math.min(pairCounts.data[p], MAX_COUNT);
        }
    }
    return [offsets, rows, counts];
}
class KeywordIndex {
    terms;
    offsets;
    postingRows;
    postingCounts;
    rowLengths;
    averageLength;
    documents;
    constructor(terms, 
    /** Postings of term t: entries offsets[t] .. offsets[t + 1] - 1, rows ascending. */
    offsets, postingRows, postingCounts, rowLengths, averageLength, 
    /** Rows that had text to index. */
    documents) {
        this.terms = terms;
        this.offsets = offsets;
        this.postingRows = postingRows;
        this.postingCounts = postingCounts;
        this.rowLengths = rowLengths;
        this.averageLength = averageLength;
        this.documents = documents;
    }
    /** Indexes the texts by row; an undefined text is a row keyword search cannot find. */
    static build(texts) {
        const terms = new Map();
        const rowLengths = new Uint32Array(texts.length);
        // (term, count) pairs, row by row, then regrouped by term.
        // About one distinct term per 10 characters of code: room for most texts without regrowing.
        let characters = 0;
        for (const text of texts)
            characters += text?.length ?? 0;
        const pairTerms = new Uint32List(characters / 8);
        const pairCounts = new Uint32List(characters / 8);
        const pairsOfRow = new Uint32Array(texts.length + 1);
        // Per term: the last row it was seen in (+ 1) and its pair there, to count without sorting.
        let seenInRow = new Uint32Array(1024);
        let pairOfTerm = new Uint32Array(1024);
        let row = 0;
        const count = (id) => {
            rowLengths[row]++;
            if (seenInRow[id] === row + 1) {
                pairCounts.data[pairOfTerm[id]]++;
            }
            else {
                seenInRow[id] = row + 1;
                pairOfTerm[id] = pairTerms.length;
                pairTerms.push(id);
                pairCounts.push(1);
            }
        };
        const idOf = (token) => {
            let id = terms.get(token);
            if (id === undefined) {
                terms.set(token, (id = terms.size));
                if (id === seenInRow.length)
                    [seenInRow, pairOfTerm] = [grow(seenInRow), grow(pairOfTerm)];
            }
            return id;
        };
        // Code repeats its identifiers: each distinct run is split and looked up once (until the
        // memo is full, when it starts over, so that memory stays bounded).
        const runIds = new Map();
        const countRun = (run) => {
            let ids = runIds.get(run);
            if (ids === undefined) {
                if (runIds.size === RUN_MEMO)
                    runIds.clear();
                runIds.set(run, (ids = runTokens(run).map(idOf)));
            }
            for (const id of ids)
                count(id);
        };
        let documents = 0;
        let totalLength = 0;
        for (; row < texts.length; row++) {
            pairsOfRow[row] = pairTerms.length;
            const text = texts[row];
            if (text === undefined)
                continue;
            forEachRun(text, countRun);
            documents++;
            totalLength += rowLengths[row];
        }
        pairsOfRow[texts.length] = pairTerms.length;
        return new KeywordIndex(terms, ...groupByTerm(terms.size, pairTerms, pairCounts, pairsOfRow), rowLengths, documents > 0 ? totalLength / documents : 0, documents);
    }
    /** The rows whose text holds the token (as ./code-tokens.ts makes tokens), ascending. */
    rowsHolding(token) {
        const id = this.terms.get(token);
        if (id === undefined)
            return new Uint32Array(0);
        return this.postingRows.subarray(this.offsets[id], this.offsets[id + 1]);
    }
    /** BM25 (k1 1.2, b 0.75, idf ln(1 + (N - df + 0.5) / (df + 0.5))) of distinct terms. */
    bm25(terms) {
        const score = new Float64Array(this.rowLengths.length);
        const rows = [];
        for (const term of new Set(terms)) {
            const id = this.terms.get(term);
            if (id === undefined)
                continue;
            const [from, to] = [this.offsets[id], this.offsets[id + 1]];
            const df = to - from;
            const idf = Math.log(1 + (this.documents - df + 0.5) / (df + 0.5));
            for (let p = from; p < to; p++) {
                const row = this.postingRows[p];
                const tf = this.postingCounts[p];
                const norm = K1 * (1 - B + (B * this.rowLengths[row]) / this.averageLength);
                if (score[row] === 0)
                    rows.push(row);
                score[row] += (idf * tf * (K1 + 1)) / (tf + norm);
            }
        }
        return { rows, score };
    }
    /** BM25 of the query's terms, and per row the query's identifiers it holds whole. */
    match(query) {
        const { rows, score } = this.bm25(query.terms);
        const identifiers = new Uint16Array(this.rowLengths.length);
        for (const identifier of new Set(query.identifiers)) {
            for (const row of this.rowsHolding(identifier))
                identifiers[row]++;
        }
        return { rows: Uint32Array.from(rows), bm25: score, identifiers };
    }
}

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
        this.worker.on('error', error => fail(errorMessage(error)));
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
    const { path, source } = entryFile('keyword-worker');
    if (!source)
        return new Worker(path);
    // A worker thread does not take tsx from --import: load the entry through tsx's API.
    const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const entry = JSON.stringify(pathToFileURL(path).href);
    const code = `import(${api}).then(tsx => tsx.tsImport(${entry}, ${JSON.stringify(import.meta.url)}))`;
    return new Worker(code, { eval: true });
}
/** The thread's side: build the index from the first message, say so, then answer queries. */
function serveKeywordIndex() {
    const port = external_node_worker_threads_namespaceObject.parentPort;
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

;// CONCATENATED MODULE: ./src/keyword-worker.ts
// Entry of the keyword index's worker thread (dist/keyword-worker.js), started by
// src/serve/keyword-thread.ts.

serveKeywordIndex();

