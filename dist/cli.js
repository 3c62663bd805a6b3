#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2400:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
const fs = __nccwpck_require__(9896);
exports.FILE_SYSTEM_ADAPTER = {
    lstat: fs.lstat,
    stat: fs.stat,
    lstatSync: fs.lstatSync,
    statSync: fs.statSync,
    readdir: fs.readdir,
    readdirSync: fs.readdirSync
};
function createFileSystemAdapter(fsMethods) {
    if (fsMethods === undefined) {
        return exports.FILE_SYSTEM_ADAPTER;
    }
    return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
}
exports.createFileSystemAdapter = createFileSystemAdapter;


/***/ }),

/***/ 2479:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
const NODE_PROCESS_VERSION_PARTS = process.versions.node.split('.');
if (NODE_PROCESS_VERSION_PARTS[0] === undefined || NODE_PROCESS_VERSION_PARTS[1] === undefined) {
    throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
}
const MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
const MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
const SUPPORTED_MAJOR_VERSION = 10;
const SUPPORTED_MINOR_VERSION = 10;
const IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
const IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
/**
 * IS `true` for Node.js 10.10 and greater.
 */
exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;


/***/ }),

/***/ 7198:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Settings = exports.scandirSync = exports.scandir = void 0;
const async = __nccwpck_require__(7299);
const sync = __nccwpck_require__(7200);
const settings_1 = __nccwpck_require__(2501);
exports.Settings = settings_1.default;
function scandir(path, optionsOrSettingsOrCallback, callback) {
    if (typeof optionsOrSettingsOrCallback === 'function') {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
    }
    async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
}
exports.scandir = scandir;
function scandirSync(path, optionsOrSettings) {
    const settings = getSettings(optionsOrSettings);
    return sync.read(path, settings);
}
exports.scandirSync = scandirSync;
function getSettings(settingsOrOptions = {}) {
    if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
    }
    return new settings_1.default(settingsOrOptions);
}


/***/ }),

/***/ 7299:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
const fsStat = __nccwpck_require__(1470);
const rpl = __nccwpck_require__(2743);
const constants_1 = __nccwpck_require__(2479);
const utils = __nccwpck_require__(1144);
const common = __nccwpck_require__(770);
function read(directory, settings, callback) {
    if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
    }
    readdir(directory, settings, callback);
}
exports.read = read;
function readdirWithFileTypes(directory, settings, callback) {
    settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
            callFailureCallback(callback, readdirError);
            return;
        }
        const entries = dirents.map((dirent) => ({
            dirent,
            name: dirent.name,
            path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
            callSuccessCallback(callback, entries);
            return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
            if (rplError !== null) {
                callFailureCallback(callback, rplError);
                return;
            }
            callSuccessCallback(callback, rplEntries);
        });
    });
}
exports.readdirWithFileTypes = readdirWithFileTypes;
function makeRplTaskEntry(entry, settings) {
    return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
            done(null, entry);
            return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
            if (statError !== null) {
                if (settings.throwErrorOnBrokenSymbolicLink) {
                    done(statError);
                    return;
                }
                done(null, entry);
                return;
            }
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
            done(null, entry);
        });
    };
}
function readdir(directory, settings, callback) {
    settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
            callFailureCallback(callback, readdirError);
            return;
        }
        const tasks = names.map((name) => {
            const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
            return (done) => {
                fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
                    if (error !== null) {
                        done(error);
                        return;
                    }
                    const entry = {
                        name,
                        path,
                        dirent: utils.fs.createDirentFromStats(name, stats)
                    };
                    if (settings.stats) {
                        entry.stats = stats;
                    }
                    done(null, entry);
                });
            };
        });
        rpl(tasks, (rplError, entries) => {
            if (rplError !== null) {
                callFailureCallback(callback, rplError);
                return;
            }
            callSuccessCallback(callback, entries);
        });
    });
}
exports.readdir = readdir;
function callFailureCallback(callback, error) {
    callback(error);
}
function callSuccessCallback(callback, result) {
    callback(null, result);
}


/***/ }),

/***/ 770:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.joinPathSegments = void 0;
function joinPathSegments(a, b, separator) {
    /**
     * The correct handling of cases when the first segment is a root (`/`, `C:/`) or UNC path (`//?/C:/`).
     */
    if (a.endsWith(separator)) {
        return a + b;
    }
    return a + separator + b;
}
exports.joinPathSegments = joinPathSegments;


/***/ }),

/***/ 7200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
const fsStat = __nccwpck_require__(1470);
const constants_1 = __nccwpck_require__(2479);
const utils = __nccwpck_require__(1144);
const common = __nccwpck_require__(770);
function read(directory, settings) {
    if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
    }
    return readdir(directory, settings);
}
exports.read = read;
function readdirWithFileTypes(directory, settings) {
    const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
    return dirents.map((dirent) => {
        const entry = {
            dirent,
            name: dirent.name,
            path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
            try {
                const stats = settings.fs.statSync(entry.path);
                entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
            }
            catch (error) {
                if (settings.throwErrorOnBrokenSymbolicLink) {
                    throw error;
                }
            }
        }
        return entry;
    });
}
exports.readdirWithFileTypes = readdirWithFileTypes;
function readdir(directory, settings) {
    const names = settings.fs.readdirSync(directory);
    return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
            name,
            path: entryPath,
            dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
            entry.stats = stats;
        }
        return entry;
    });
}
exports.readdir = readdir;


/***/ }),

/***/ 2501:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const path = __nccwpck_require__(6928);
const fsStat = __nccwpck_require__(1470);
const fs = __nccwpck_require__(2400);
class Settings {
    constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
            followSymbolicLink: this.followSymbolicLinks,
            fs: this.fs,
            throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
    }
    _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
    }
}
exports["default"] = Settings;


/***/ }),

/***/ 5497:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createDirentFromStats = void 0;
class DirentFromStats {
    constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
    }
}
function createDirentFromStats(name, stats) {
    return new DirentFromStats(name, stats);
}
exports.createDirentFromStats = createDirentFromStats;


/***/ }),

/***/ 1144:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fs = void 0;
const fs = __nccwpck_require__(5497);
exports.fs = fs;


/***/ }),

/***/ 4368:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
const fs = __nccwpck_require__(9896);
exports.FILE_SYSTEM_ADAPTER = {
    lstat: fs.lstat,
    stat: fs.stat,
    lstatSync: fs.lstatSync,
    statSync: fs.statSync
};
function createFileSystemAdapter(fsMethods) {
    if (fsMethods === undefined) {
        return exports.FILE_SYSTEM_ADAPTER;
    }
    return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
}
exports.createFileSystemAdapter = createFileSystemAdapter;


/***/ }),

/***/ 1470:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.statSync = exports.stat = exports.Settings = void 0;
const async = __nccwpck_require__(1539);
const sync = __nccwpck_require__(6544);
const settings_1 = __nccwpck_require__(4853);
exports.Settings = settings_1.default;
function stat(path, optionsOrSettingsOrCallback, callback) {
    if (typeof optionsOrSettingsOrCallback === 'function') {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
    }
    async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
}
exports.stat = stat;
function statSync(path, optionsOrSettings) {
    const settings = getSettings(optionsOrSettings);
    return sync.read(path, settings);
}
exports.statSync = statSync;
function getSettings(settingsOrOptions = {}) {
    if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
    }
    return new settings_1.default(settingsOrOptions);
}


/***/ }),

/***/ 1539:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.read = void 0;
function read(path, settings, callback) {
    settings.fs.lstat(path, (lstatError, lstat) => {
        if (lstatError !== null) {
            callFailureCallback(callback, lstatError);
            return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
            callSuccessCallback(callback, lstat);
            return;
        }
        settings.fs.stat(path, (statError, stat) => {
            if (statError !== null) {
                if (settings.throwErrorOnBrokenSymbolicLink) {
                    callFailureCallback(callback, statError);
                    return;
                }
                callSuccessCallback(callback, lstat);
                return;
            }
            if (settings.markSymbolicLink) {
                stat.isSymbolicLink = () => true;
            }
            callSuccessCallback(callback, stat);
        });
    });
}
exports.read = read;
function callFailureCallback(callback, error) {
    callback(error);
}
function callSuccessCallback(callback, result) {
    callback(null, result);
}


/***/ }),

/***/ 6544:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.read = void 0;
function read(path, settings) {
    const lstat = settings.fs.lstatSync(path);
    if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
    }
    try {
        const stat = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
            stat.isSymbolicLink = () => true;
        }
        return stat;
    }
    catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
            return lstat;
        }
        throw error;
    }
}
exports.read = read;


/***/ }),

/***/ 4853:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const fs = __nccwpck_require__(4368);
class Settings {
    constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
    }
    _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
    }
}
exports["default"] = Settings;


/***/ }),

/***/ 9337:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
const async_1 = __nccwpck_require__(1936);
const stream_1 = __nccwpck_require__(8986);
const sync_1 = __nccwpck_require__(8769);
const settings_1 = __nccwpck_require__(244);
exports.Settings = settings_1.default;
function walk(directory, optionsOrSettingsOrCallback, callback) {
    if (typeof optionsOrSettingsOrCallback === 'function') {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
    }
    new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
}
exports.walk = walk;
function walkSync(directory, optionsOrSettings) {
    const settings = getSettings(optionsOrSettings);
    const provider = new sync_1.default(directory, settings);
    return provider.read();
}
exports.walkSync = walkSync;
function walkStream(directory, optionsOrSettings) {
    const settings = getSettings(optionsOrSettings);
    const provider = new stream_1.default(directory, settings);
    return provider.read();
}
exports.walkStream = walkStream;
function getSettings(settingsOrOptions = {}) {
    if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
    }
    return new settings_1.default(settingsOrOptions);
}


/***/ }),

/***/ 1936:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const async_1 = __nccwpck_require__(1906);
class AsyncProvider {
    constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
    }
    read(callback) {
        this._reader.onError((error) => {
            callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
            this._storage.push(entry);
        });
        this._reader.onEnd(() => {
            callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
    }
}
exports["default"] = AsyncProvider;
function callFailureCallback(callback, error) {
    callback(error);
}
function callSuccessCallback(callback, entries) {
    callback(null, entries);
}


/***/ }),

/***/ 8986:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const stream_1 = __nccwpck_require__(2203);
const async_1 = __nccwpck_require__(1906);
class StreamProvider {
    constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
            objectMode: true,
            read: () => { },
            destroy: () => {
                if (!this._reader.isDestroyed) {
                    this._reader.destroy();
                }
            }
        });
    }
    read() {
        this._reader.onError((error) => {
            this._stream.emit('error', error);
        });
        this._reader.onEntry((entry) => {
            this._stream.push(entry);
        });
        this._reader.onEnd(() => {
            this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
    }
}
exports["default"] = StreamProvider;


/***/ }),

/***/ 8769:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const sync_1 = __nccwpck_require__(3431);
class SyncProvider {
    constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
    }
    read() {
        return this._reader.read();
    }
}
exports["default"] = SyncProvider;


/***/ }),

/***/ 1906:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const events_1 = __nccwpck_require__(4434);
const fsScandir = __nccwpck_require__(7198);
const fastq = __nccwpck_require__(3281);
const common = __nccwpck_require__(4449);
const reader_1 = __nccwpck_require__(5903);
class AsyncReader extends reader_1.default {
    constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
            if (!this._isFatalError) {
                this._emitter.emit('end');
            }
        };
    }
    read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
            this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
    }
    get isDestroyed() {
        return this._isDestroyed;
    }
    destroy() {
        if (this._isDestroyed) {
            throw new Error('The reader is already destroyed');
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
    }
    onEntry(callback) {
        this._emitter.on('entry', callback);
    }
    onError(callback) {
        this._emitter.once('error', callback);
    }
    onEnd(callback) {
        this._emitter.once('end', callback);
    }
    _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
            if (error !== null) {
                this._handleError(error);
            }
        });
    }
    _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
            if (error !== null) {
                done(error, undefined);
                return;
            }
            for (const entry of entries) {
                this._handleEntry(entry, item.base);
            }
            done(null, undefined);
        });
    }
    _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
            return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit('error', error);
    }
    _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
            return;
        }
        const fullpath = entry.path;
        if (base !== undefined) {
            entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
            this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
            this._pushToQueue(fullpath, base === undefined ? undefined : entry.path);
        }
    }
    _emitEntry(entry) {
        this._emitter.emit('entry', entry);
    }
}
exports["default"] = AsyncReader;


/***/ }),

/***/ 4449:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
function isFatalError(settings, error) {
    if (settings.errorFilter === null) {
        return true;
    }
    return !settings.errorFilter(error);
}
exports.isFatalError = isFatalError;
function isAppliedFilter(filter, value) {
    return filter === null || filter(value);
}
exports.isAppliedFilter = isAppliedFilter;
function replacePathSegmentSeparator(filepath, separator) {
    return filepath.split(/[/\\]/).join(separator);
}
exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
function joinPathSegments(a, b, separator) {
    if (a === '') {
        return b;
    }
    /**
     * The correct handling of cases when the first segment is a root (`/`, `C:/`) or UNC path (`//?/C:/`).
     */
    if (a.endsWith(separator)) {
        return a + b;
    }
    return a + separator + b;
}
exports.joinPathSegments = joinPathSegments;


/***/ }),

/***/ 5903:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const common = __nccwpck_require__(4449);
class Reader {
    constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
    }
}
exports["default"] = Reader;


/***/ }),

/***/ 3431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const fsScandir = __nccwpck_require__(7198);
const common = __nccwpck_require__(4449);
const reader_1 = __nccwpck_require__(5903);
class SyncReader extends reader_1.default {
    constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = new Set();
    }
    read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
    }
    _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
    }
    _handleQueue() {
        for (const item of this._queue.values()) {
            this._handleDirectory(item.directory, item.base);
        }
    }
    _handleDirectory(directory, base) {
        try {
            const entries = this._scandir(directory, this._settings.fsScandirSettings);
            for (const entry of entries) {
                this._handleEntry(entry, base);
            }
        }
        catch (error) {
            this._handleError(error);
        }
    }
    _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
            return;
        }
        throw error;
    }
    _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== undefined) {
            entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
            this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
            this._pushToQueue(fullpath, base === undefined ? undefined : entry.path);
        }
    }
    _pushToStorage(entry) {
        this._storage.push(entry);
    }
}
exports["default"] = SyncReader;


/***/ }),

/***/ 244:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const path = __nccwpck_require__(6928);
const fsScandir = __nccwpck_require__(7198);
class Settings {
    constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, undefined);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
            followSymbolicLinks: this._options.followSymbolicLinks,
            fs: this._options.fs,
            pathSegmentSeparator: this._options.pathSegmentSeparator,
            stats: this._options.stats,
            throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
    }
    _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
    }
}
exports["default"] = Settings;


/***/ }),

/***/ 748:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const stringify = __nccwpck_require__(3317);
const compile = __nccwpck_require__(1113);
const expand = __nccwpck_require__(5290);
const parse = __nccwpck_require__(507);

/**
 * Expand the given pattern or create a regex-compatible string.
 *
 * ```js
 * const braces = require('braces');
 * console.log(braces('{a,b,c}', { compile: true })); //=> ['(a|b|c)']
 * console.log(braces('{a,b,c}')); //=> ['a', 'b', 'c']
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {String}
 * @api public
 */

const braces = (input, options = {}) => {
  let output = [];

  if (Array.isArray(input)) {
    for (const pattern of input) {
      const result = braces.create(pattern, options);
      if (Array.isArray(result)) {
        output.push(...result);
      } else {
        output.push(result);
      }
    }
  } else {
    output = [].concat(braces.create(input, options));
  }

  if (options && options.expand === true && options.nodupes === true) {
    output = [...new Set(output)];
  }
  return output;
};

/**
 * Parse the given `str` with the given `options`.
 *
 * ```js
 * // braces.parse(pattern, [, options]);
 * const ast = braces.parse('a/{b,c}/d');
 * console.log(ast);
 * ```
 * @param {String} pattern Brace pattern to parse
 * @param {Object} options
 * @return {Object} Returns an AST
 * @api public
 */

braces.parse = (input, options = {}) => parse(input, options);

/**
 * Creates a braces string from an AST, or an AST node.
 *
 * ```js
 * const braces = require('braces');
 * let ast = braces.parse('foo/{a,b}/bar');
 * console.log(stringify(ast.nodes[2])); //=> '{a,b}'
 * ```
 * @param {String} `input` Brace pattern or AST.
 * @param {Object} `options`
 * @return {Array} Returns an array of expanded values.
 * @api public
 */

braces.stringify = (input, options = {}) => {
  if (typeof input === 'string') {
    return stringify(braces.parse(input, options), options);
  }
  return stringify(input, options);
};

/**
 * Compiles a brace pattern into a regex-compatible, optimized string.
 * This method is called by the main [braces](#braces) function by default.
 *
 * ```js
 * const braces = require('braces');
 * console.log(braces.compile('a/{b,c}/d'));
 * //=> ['a/(b|c)/d']
 * ```
 * @param {String} `input` Brace pattern or AST.
 * @param {Object} `options`
 * @return {Array} Returns an array of expanded values.
 * @api public
 */

braces.compile = (input, options = {}) => {
  if (typeof input === 'string') {
    input = braces.parse(input, options);
  }
  return compile(input, options);
};

/**
 * Expands a brace pattern into an array. This method is called by the
 * main [braces](#braces) function when `options.expand` is true. Before
 * using this method it's recommended that you read the [performance notes](#performance))
 * and advantages of using [.compile](#compile) instead.
 *
 * ```js
 * const braces = require('braces');
 * console.log(braces.expand('a/{b,c}/d'));
 * //=> ['a/b/d', 'a/c/d'];
 * ```
 * @param {String} `pattern` Brace pattern
 * @param {Object} `options`
 * @return {Array} Returns an array of expanded values.
 * @api public
 */

braces.expand = (input, options = {}) => {
  if (typeof input === 'string') {
    input = braces.parse(input, options);
  }

  let result = expand(input, options);

  // filter out empty strings if specified
  if (options.noempty === true) {
    result = result.filter(Boolean);
  }

  // filter out duplicates if specified
  if (options.nodupes === true) {
    result = [...new Set(result)];
  }

  return result;
};

/**
 * Processes a brace pattern and returns either an expanded array
 * (if `options.expand` is true), a highly optimized regex-compatible string.
 * This method is called by the main [braces](#braces) function.
 *
 * ```js
 * const braces = require('braces');
 * console.log(braces.create('user-{200..300}/project-{a,b,c}-{1..10}'))
 * //=> 'user-(20[0-9]|2[1-9][0-9]|300)/project-(a|b|c)-([1-9]|10)'
 * ```
 * @param {String} `pattern` Brace pattern
 * @param {Object} `options`
 * @return {Array} Returns an array of expanded values.
 * @api public
 */

braces.create = (input, options = {}) => {
  if (input === '' || input.length < 3) {
    return [input];
  }

  return options.expand !== true
    ? braces.compile(input, options)
    : braces.expand(input, options);
};

/**
 * Expose "braces"
 */

module.exports = braces;


/***/ }),

/***/ 1113:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const fill = __nccwpck_require__(877);
const utils = __nccwpck_require__(2257);

const compile = (ast, options = {}) => {
  const walk = (node, parent = {}) => {
    const invalidBlock = utils.isInvalidBrace(parent);
    const invalidNode = node.invalid === true && options.escapeInvalid === true;
    const invalid = invalidBlock === true || invalidNode === true;
    const prefix = options.escapeInvalid === true ? '\\' : '';
    let output = '';

    if (node.isOpen === true) {
      return prefix + node.value;
    }

    if (node.isClose === true) {
      console.log('node.isClose', prefix, node.value);
      return prefix + node.value;
    }

    if (node.type === 'open') {
      return invalid ? prefix + node.value : '(';
    }

    if (node.type === 'close') {
      return invalid ? prefix + node.value : ')';
    }

    if (node.type === 'comma') {
      return node.prev.type === 'comma' ? '' : invalid ? node.value : '|';
    }

    if (node.value) {
      return node.value;
    }

    if (node.nodes && node.ranges > 0) {
      const args = utils.reduce(node.nodes);
      const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });

      if (range.length !== 0) {
        return args.length > 1 && range.length > 1 ? `(${range})` : range;
      }
    }

    if (node.nodes) {
      for (const child of node.nodes) {
        output += walk(child, node);
      }
    }

    return output;
  };

  return walk(ast);
};

module.exports = compile;


/***/ }),

/***/ 2477:
/***/ ((module) => {



module.exports = {
  MAX_LENGTH: 10000,

  // Digits
  CHAR_0: '0', /* 0 */
  CHAR_9: '9', /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 'A', /* A */
  CHAR_LOWERCASE_A: 'a', /* a */
  CHAR_UPPERCASE_Z: 'Z', /* Z */
  CHAR_LOWERCASE_Z: 'z', /* z */

  CHAR_LEFT_PARENTHESES: '(', /* ( */
  CHAR_RIGHT_PARENTHESES: ')', /* ) */

  CHAR_ASTERISK: '*', /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: '&', /* & */
  CHAR_AT: '@', /* @ */
  CHAR_BACKSLASH: '\\', /* \ */
  CHAR_BACKTICK: '`', /* ` */
  CHAR_CARRIAGE_RETURN: '\r', /* \r */
  CHAR_CIRCUMFLEX_ACCENT: '^', /* ^ */
  CHAR_COLON: ':', /* : */
  CHAR_COMMA: ',', /* , */
  CHAR_DOLLAR: '$', /* . */
  CHAR_DOT: '.', /* . */
  CHAR_DOUBLE_QUOTE: '"', /* " */
  CHAR_EQUAL: '=', /* = */
  CHAR_EXCLAMATION_MARK: '!', /* ! */
  CHAR_FORM_FEED: '\f', /* \f */
  CHAR_FORWARD_SLASH: '/', /* / */
  CHAR_HASH: '#', /* # */
  CHAR_HYPHEN_MINUS: '-', /* - */
  CHAR_LEFT_ANGLE_BRACKET: '<', /* < */
  CHAR_LEFT_CURLY_BRACE: '{', /* { */
  CHAR_LEFT_SQUARE_BRACKET: '[', /* [ */
  CHAR_LINE_FEED: '\n', /* \n */
  CHAR_NO_BREAK_SPACE: '\u00A0', /* \u00A0 */
  CHAR_PERCENT: '%', /* % */
  CHAR_PLUS: '+', /* + */
  CHAR_QUESTION_MARK: '?', /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: '>', /* > */
  CHAR_RIGHT_CURLY_BRACE: '}', /* } */
  CHAR_RIGHT_SQUARE_BRACKET: ']', /* ] */
  CHAR_SEMICOLON: ';', /* ; */
  CHAR_SINGLE_QUOTE: '\'', /* ' */
  CHAR_SPACE: ' ', /*   */
  CHAR_TAB: '\t', /* \t */
  CHAR_UNDERSCORE: '_', /* _ */
  CHAR_VERTICAL_LINE: '|', /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: '\uFEFF' /* \uFEFF */
};


/***/ }),

/***/ 5290:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const fill = __nccwpck_require__(877);
const stringify = __nccwpck_require__(3317);
const utils = __nccwpck_require__(2257);

const append = (queue = '', stash = '', enclose = false) => {
  const result = [];

  queue = [].concat(queue);
  stash = [].concat(stash);

  if (!stash.length) return queue;
  if (!queue.length) {
    return enclose ? utils.flatten(stash).map(ele => `{${ele}}`) : stash;
  }

  for (const item of queue) {
    if (Array.isArray(item)) {
      for (const value of item) {
        result.push(append(value, stash, enclose));
      }
    } else {
      for (let ele of stash) {
        if (enclose === true && typeof ele === 'string') ele = `{${ele}}`;
        result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
      }
    }
  }
  return utils.flatten(result);
};

const expand = (ast, options = {}) => {
  const rangeLimit = options.rangeLimit === undefined ? 1000 : options.rangeLimit;

  const walk = (node, parent = {}) => {
    node.queue = [];

    let p = parent;
    let q = parent.queue;

    while (p.type !== 'brace' && p.type !== 'root' && p.parent) {
      p = p.parent;
      q = p.queue;
    }

    if (node.invalid || node.dollar) {
      q.push(append(q.pop(), stringify(node, options)));
      return;
    }

    if (node.type === 'brace' && node.invalid !== true && node.nodes.length === 2) {
      q.push(append(q.pop(), ['{}']));
      return;
    }

    if (node.nodes && node.ranges > 0) {
      const args = utils.reduce(node.nodes);

      if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
        throw new RangeError('expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.');
      }

      let range = fill(...args, options);
      if (range.length === 0) {
        range = stringify(node, options);
      }

      q.push(append(q.pop(), range));
      node.nodes = [];
      return;
    }

    const enclose = utils.encloseBrace(node);
    let queue = node.queue;
    let block = node;

    while (block.type !== 'brace' && block.type !== 'root' && block.parent) {
      block = block.parent;
      queue = block.queue;
    }

    for (let i = 0; i < node.nodes.length; i++) {
      const child = node.nodes[i];

      if (child.type === 'comma' && node.type === 'brace') {
        if (i === 1) queue.push('');
        queue.push('');
        continue;
      }

      if (child.type === 'close') {
        q.push(append(q.pop(), queue, enclose));
        continue;
      }

      if (child.value && child.type !== 'open') {
        queue.push(append(queue.pop(), child.value));
        continue;
      }

      if (child.nodes) {
        walk(child, node);
      }
    }

    return queue;
  };

  return utils.flatten(walk(ast));
};

module.exports = expand;


/***/ }),

/***/ 507:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const stringify = __nccwpck_require__(3317);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  CHAR_BACKSLASH, /* \ */
  CHAR_BACKTICK, /* ` */
  CHAR_COMMA, /* , */
  CHAR_DOT, /* . */
  CHAR_LEFT_PARENTHESES, /* ( */
  CHAR_RIGHT_PARENTHESES, /* ) */
  CHAR_LEFT_CURLY_BRACE, /* { */
  CHAR_RIGHT_CURLY_BRACE, /* } */
  CHAR_LEFT_SQUARE_BRACKET, /* [ */
  CHAR_RIGHT_SQUARE_BRACKET, /* ] */
  CHAR_DOUBLE_QUOTE, /* " */
  CHAR_SINGLE_QUOTE, /* ' */
  CHAR_NO_BREAK_SPACE,
  CHAR_ZERO_WIDTH_NOBREAK_SPACE
} = __nccwpck_require__(2477);

/**
 * parse
 */

const parse = (input, options = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  const opts = options || {};
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  if (input.length > max) {
    throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
  }

  const ast = { type: 'root', input, nodes: [] };
  const stack = [ast];
  let block = ast;
  let prev = ast;
  let brackets = 0;
  const length = input.length;
  let index = 0;
  let depth = 0;
  let value;

  /**
   * Helpers
   */

  const advance = () => input[index++];
  const push = node => {
    if (node.type === 'text' && prev.type === 'dot') {
      prev.type = 'text';
    }

    if (prev && prev.type === 'text' && node.type === 'text') {
      prev.value += node.value;
      return;
    }

    block.nodes.push(node);
    node.parent = block;
    node.prev = prev;
    prev = node;
    return node;
  };

  push({ type: 'bos' });

  while (index < length) {
    block = stack[stack.length - 1];
    value = advance();

    /**
     * Invalid chars
     */

    if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
      continue;
    }

    /**
     * Escaped chars
     */

    if (value === CHAR_BACKSLASH) {
      push({ type: 'text', value: (options.keepEscaping ? value : '') + advance() });
      continue;
    }

    /**
     * Right square bracket (literal): ']'
     */

    if (value === CHAR_RIGHT_SQUARE_BRACKET) {
      push({ type: 'text', value: '\\' + value });
      continue;
    }

    /**
     * Left square bracket: '['
     */

    if (value === CHAR_LEFT_SQUARE_BRACKET) {
      brackets++;

      let next;

      while (index < length && (next = advance())) {
        value += next;

        if (next === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          continue;
        }

        if (next === CHAR_BACKSLASH) {
          value += advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          brackets--;

          if (brackets === 0) {
            break;
          }
        }
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Parentheses
     */

    if (value === CHAR_LEFT_PARENTHESES) {
      block = push({ type: 'paren', nodes: [] });
      stack.push(block);
      push({ type: 'text', value });
      continue;
    }

    if (value === CHAR_RIGHT_PARENTHESES) {
      if (block.type !== 'paren') {
        push({ type: 'text', value });
        continue;
      }
      block = stack.pop();
      push({ type: 'text', value });
      block = stack[stack.length - 1];
      continue;
    }

    /**
     * Quotes: '|"|`
     */

    if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
      const open = value;
      let next;

      if (options.keepQuotes !== true) {
        value = '';
      }

      while (index < length && (next = advance())) {
        if (next === CHAR_BACKSLASH) {
          value += next + advance();
          continue;
        }

        if (next === open) {
          if (options.keepQuotes === true) value += next;
          break;
        }

        value += next;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Left curly brace: '{'
     */

    if (value === CHAR_LEFT_CURLY_BRACE) {
      depth++;

      const dollar = prev.value && prev.value.slice(-1) === '$' || block.dollar === true;
      const brace = {
        type: 'brace',
        open: true,
        close: false,
        dollar,
        depth,
        commas: 0,
        ranges: 0,
        nodes: []
      };

      block = push(brace);
      stack.push(block);
      push({ type: 'open', value });
      continue;
    }

    /**
     * Right curly brace: '}'
     */

    if (value === CHAR_RIGHT_CURLY_BRACE) {
      if (block.type !== 'brace') {
        push({ type: 'text', value });
        continue;
      }

      const type = 'close';
      block = stack.pop();
      block.close = true;

      push({ type, value });
      depth--;

      block = stack[stack.length - 1];
      continue;
    }

    /**
     * Comma: ','
     */

    if (value === CHAR_COMMA && depth > 0) {
      if (block.ranges > 0) {
        block.ranges = 0;
        const open = block.nodes.shift();
        block.nodes = [open, { type: 'text', value: stringify(block) }];
      }

      push({ type: 'comma', value });
      block.commas++;
      continue;
    }

    /**
     * Dot: '.'
     */

    if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
      const siblings = block.nodes;

      if (depth === 0 || siblings.length === 0) {
        push({ type: 'text', value });
        continue;
      }

      if (prev.type === 'dot') {
        block.range = [];
        prev.value += value;
        prev.type = 'range';

        if (block.nodes.length !== 3 && block.nodes.length !== 5) {
          block.invalid = true;
          block.ranges = 0;
          prev.type = 'text';
          continue;
        }

        block.ranges++;
        block.args = [];
        continue;
      }

      if (prev.type === 'range') {
        siblings.pop();

        const before = siblings[siblings.length - 1];
        before.value += prev.value + value;
        prev = before;
        block.ranges--;
        continue;
      }

      push({ type: 'dot', value });
      continue;
    }

    /**
     * Text
     */

    push({ type: 'text', value });
  }

  // Mark imbalanced braces and brackets as invalid
  do {
    block = stack.pop();

    if (block.type !== 'root') {
      block.nodes.forEach(node => {
        if (!node.nodes) {
          if (node.type === 'open') node.isOpen = true;
          if (node.type === 'close') node.isClose = true;
          if (!node.nodes) node.type = 'text';
          node.invalid = true;
        }
      });

      // get the location of the block on parent.nodes (block's siblings)
      const parent = stack[stack.length - 1];
      const index = parent.nodes.indexOf(block);
      // replace the (invalid) block with it's nodes
      parent.nodes.splice(index, 1, ...block.nodes);
    }
  } while (stack.length > 0);

  push({ type: 'eos' });
  return ast;
};

module.exports = parse;


/***/ }),

/***/ 3317:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(2257);

module.exports = (ast, options = {}) => {
  const stringify = (node, parent = {}) => {
    const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
    const invalidNode = node.invalid === true && options.escapeInvalid === true;
    let output = '';

    if (node.value) {
      if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
        return '\\' + node.value;
      }
      return node.value;
    }

    if (node.value) {
      return node.value;
    }

    if (node.nodes) {
      for (const child of node.nodes) {
        output += stringify(child);
      }
    }
    return output;
  };

  return stringify(ast);
};



/***/ }),

/***/ 2257:
/***/ ((__unused_webpack_module, exports) => {



exports.isInteger = num => {
  if (typeof num === 'number') {
    return Number.isInteger(num);
  }
  if (typeof num === 'string' && num.trim() !== '') {
    return Number.isInteger(Number(num));
  }
  return false;
};

/**
 * Find a node of the given type
 */

exports.find = (node, type) => node.nodes.find(node => node.type === type);

/**
 * Find a node of the given type
 */

exports.exceedsLimit = (min, max, step = 1, limit) => {
  if (limit === false) return false;
  if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
  return ((Number(max) - Number(min)) / Number(step)) >= limit;
};

/**
 * Escape the given node with '\\' before node.value
 */

exports.escapeNode = (block, n = 0, type) => {
  const node = block.nodes[n];
  if (!node) return;

  if ((type && node.type === type) || node.type === 'open' || node.type === 'close') {
    if (node.escaped !== true) {
      node.value = '\\' + node.value;
      node.escaped = true;
    }
  }
};

/**
 * Returns true if the given brace node should be enclosed in literal braces
 */

exports.encloseBrace = node => {
  if (node.type !== 'brace') return false;
  if ((node.commas >> 0 + node.ranges >> 0) === 0) {
    node.invalid = true;
    return true;
  }
  return false;
};

/**
 * Returns true if a brace node is invalid.
 */

exports.isInvalidBrace = block => {
  if (block.type !== 'brace') return false;
  if (block.invalid === true || block.dollar) return true;
  if ((block.commas >> 0 + block.ranges >> 0) === 0) {
    block.invalid = true;
    return true;
  }
  if (block.open !== true || block.close !== true) {
    block.invalid = true;
    return true;
  }
  return false;
};

/**
 * Returns true if a node is an open or close node
 */

exports.isOpenOrClose = node => {
  if (node.type === 'open' || node.type === 'close') {
    return true;
  }
  return node.open === true || node.close === true;
};

/**
 * Reduce an array of text nodes.
 */

exports.reduce = nodes => nodes.reduce((acc, node) => {
  if (node.type === 'text') acc.push(node.value);
  if (node.type === 'range') node.type = 'text';
  return acc;
}, []);

/**
 * Flatten an array
 */

exports.flatten = (...args) => {
  const result = [];

  const flat = arr => {
    for (let i = 0; i < arr.length; i++) {
      const ele = arr[i];

      if (Array.isArray(ele)) {
        flat(ele);
        continue;
      }

      if (ele !== undefined) {
        result.push(ele);
      }
    }
    return result;
  };

  flat(args);
  return result;
};


/***/ }),

/***/ 5648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const taskManager = __nccwpck_require__(6599);
const async_1 = __nccwpck_require__(645);
const stream_1 = __nccwpck_require__(1969);
const sync_1 = __nccwpck_require__(5894);
const settings_1 = __nccwpck_require__(879);
const utils = __nccwpck_require__(6002);
async function FastGlob(source, options) {
    assertPatternsInput(source);
    const works = getWorks(source, async_1.default, options);
    const result = await Promise.all(works);
    return utils.array.flatten(result);
}
// https://github.com/typescript-eslint/typescript-eslint/issues/60
// eslint-disable-next-line no-redeclare
(function (FastGlob) {
    FastGlob.glob = FastGlob;
    FastGlob.globSync = sync;
    FastGlob.globStream = stream;
    FastGlob.async = FastGlob;
    function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
    }
    FastGlob.sync = sync;
    function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        /**
         * The stream returned by the provider cannot work with an asynchronous iterator.
         * To support asynchronous iterators, regardless of the number of tasks, we always multiplex streams.
         * This affects performance (+25%). I don't see best solution right now.
         */
        return utils.stream.merge(works);
    }
    FastGlob.stream = stream;
    function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
    }
    FastGlob.generateTasks = generateTasks;
    function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
    }
    FastGlob.isDynamicPattern = isDynamicPattern;
    function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
    }
    FastGlob.escapePath = escapePath;
    function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
    }
    FastGlob.convertPathToPattern = convertPathToPattern;
    let posix;
    (function (posix) {
        function escapePath(source) {
            assertPatternsInput(source);
            return utils.path.escapePosixPath(source);
        }
        posix.escapePath = escapePath;
        function convertPathToPattern(source) {
            assertPatternsInput(source);
            return utils.path.convertPosixPathToPattern(source);
        }
        posix.convertPathToPattern = convertPathToPattern;
    })(posix = FastGlob.posix || (FastGlob.posix = {}));
    let win32;
    (function (win32) {
        function escapePath(source) {
            assertPatternsInput(source);
            return utils.path.escapeWindowsPath(source);
        }
        win32.escapePath = escapePath;
        function convertPathToPattern(source) {
            assertPatternsInput(source);
            return utils.path.convertWindowsPathToPattern(source);
        }
        win32.convertPathToPattern = convertPathToPattern;
    })(win32 = FastGlob.win32 || (FastGlob.win32 = {}));
})(FastGlob || (FastGlob = {}));
function getWorks(source, _Provider, options) {
    const patterns = [].concat(source);
    const settings = new settings_1.default(options);
    const tasks = taskManager.generate(patterns, settings);
    const provider = new _Provider(settings);
    return tasks.map(provider.read, provider);
}
function assertPatternsInput(input) {
    const source = [].concat(input);
    const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
    if (!isValidSource) {
        throw new TypeError('Patterns must be a string (non empty) or an array of strings');
    }
}
module.exports = FastGlob;


/***/ }),

/***/ 6599:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
const utils = __nccwpck_require__(6002);
function generate(input, settings) {
    const patterns = processPatterns(input, settings);
    const ignore = processPatterns(settings.ignore, settings);
    const positivePatterns = getPositivePatterns(patterns);
    const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
    const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
    const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
    const staticTasks = convertPatternsToTasks(staticPatterns, negativePatterns, /* dynamic */ false);
    const dynamicTasks = convertPatternsToTasks(dynamicPatterns, negativePatterns, /* dynamic */ true);
    return staticTasks.concat(dynamicTasks);
}
exports.generate = generate;
function processPatterns(input, settings) {
    let patterns = input;
    /**
     * The original pattern like `{,*,**,a/*}` can lead to problems checking the depth when matching entry
     * and some problems with the micromatch package (see fast-glob issues: #365, #394).
     *
     * To solve this problem, we expand all patterns containing brace expansion. This can lead to a slight slowdown
     * in matching in the case of a large set of patterns after expansion.
     */
    if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
    }
    /**
     * If the `baseNameMatch` option is enabled, we must add globstar to patterns, so that they can be used
     * at any nesting level.
     *
     * We do this here, because otherwise we have to complicate the filtering logic. For example, we need to change
     * the pattern in the filter before creating a regular expression. There is no need to change the patterns
     * in the application. Only on the input.
     */
    if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes('/') ? pattern : `**/${pattern}`);
    }
    /**
     * This method also removes duplicate slashes that may have been in the pattern or formed as a result of expansion.
     */
    return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
}
/**
 * Returns tasks grouped by basic pattern directories.
 *
 * Patterns that can be found inside (`./`) and outside (`../`) the current directory are handled separately.
 * This is necessary because directory traversal starts at the base directory and goes deeper.
 */
function convertPatternsToTasks(positive, negative, dynamic) {
    const tasks = [];
    const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
    const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
    const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
    const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
    tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
    /*
     * For the sake of reducing future accesses to the file system, we merge all tasks within the current directory
     * into a global task, if at least one pattern refers to the root (`.`). In this case, the global task covers the rest.
     */
    if ('.' in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask('.', patternsInsideCurrentDirectory, negative, dynamic));
    }
    else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
    }
    return tasks;
}
exports.convertPatternsToTasks = convertPatternsToTasks;
function getPositivePatterns(patterns) {
    return utils.pattern.getPositivePatterns(patterns);
}
exports.getPositivePatterns = getPositivePatterns;
function getNegativePatternsAsPositive(patterns, ignore) {
    const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
    const positive = negative.map(utils.pattern.convertToPositivePattern);
    return positive;
}
exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
function groupPatternsByBaseDirectory(patterns) {
    const group = {};
    return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
            collection[base].push(pattern);
        }
        else {
            collection[base] = [pattern];
        }
        return collection;
    }, group);
}
exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
function convertPatternGroupsToTasks(positive, negative, dynamic) {
    return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
    });
}
exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
function convertPatternGroupToTask(base, positive, negative, dynamic) {
    return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
    };
}
exports.convertPatternGroupToTask = convertPatternGroupToTask;


/***/ }),

/***/ 645:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const async_1 = __nccwpck_require__(2907);
const provider_1 = __nccwpck_require__(7792);
class ProviderAsync extends provider_1.default {
    constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
    }
    async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
    }
    api(root, task, options) {
        if (task.dynamic) {
            return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
    }
}
exports["default"] = ProviderAsync;


/***/ }),

/***/ 3591:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils = __nccwpck_require__(6002);
const partial_1 = __nccwpck_require__(5740);
class DeepFilter {
    constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
    }
    getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
    }
    _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
    }
    _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
    }
    _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
            return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
            return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
            return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
    }
    _isSkippedByDeep(basePath, entryPath) {
        /**
         * Avoid unnecessary depth calculations when it doesn't matter.
         */
        if (this._settings.deep === Infinity) {
            return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
    }
    _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split('/').length;
        if (basePath === '') {
            return entryPathDepth;
        }
        const basePathDepth = basePath.split('/').length;
        return entryPathDepth - basePathDepth;
    }
    _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
    }
    _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
    }
    _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
    }
}
exports["default"] = DeepFilter;


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils = __nccwpck_require__(6002);
class EntryFilter {
    constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = new Map();
    }
    getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
            positive: {
                all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
            },
            negative: {
                absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
                relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
            }
        };
        return (entry) => this._filter(entry, patterns);
    }
    _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
            return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
            return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
            this._createIndexRecord(filepath);
        }
        return isMatched;
    }
    _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
    }
    _createIndexRecord(filepath) {
        this.index.set(filepath, undefined);
    }
    _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
    }
    _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
    }
    _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
            return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
            return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
            return false;
        }
        return true;
    }
    _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
            return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
    }
    _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
            return false;
        }
        // Trying to match files and directories by patterns.
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        // A pattern with a trailling slash can be used for directory matching.
        // To apply such pattern, we need to add a tralling slash to the path.
        if (!isMatched && isDirectory) {
            return utils.pattern.matchAny(filepath + '/', patternsRe);
        }
        return isMatched;
    }
}
exports["default"] = EntryFilter;


/***/ }),

/***/ 1587:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils = __nccwpck_require__(6002);
class ErrorFilter {
    constructor(_settings) {
        this._settings = _settings;
    }
    getFilter() {
        return (error) => this._isNonFatalError(error);
    }
    _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
    }
}
exports["default"] = ErrorFilter;


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils = __nccwpck_require__(6002);
class Matcher {
    constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
    }
    _fillStorage() {
        for (const pattern of this._patterns) {
            const segments = this._getPatternSegments(pattern);
            const sections = this._splitSegmentsIntoSections(segments);
            this._storage.push({
                complete: sections.length <= 1,
                pattern,
                segments,
                sections
            });
        }
    }
    _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
            const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
            if (!dynamic) {
                return {
                    dynamic: false,
                    pattern: part
                };
            }
            return {
                dynamic: true,
                pattern: part,
                patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
            };
        });
    }
    _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
    }
}
exports["default"] = Matcher;


/***/ }),

/***/ 5740:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const matcher_1 = __nccwpck_require__(7827);
class PartialMatcher extends matcher_1.default {
    match(filepath) {
        const parts = filepath.split('/');
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
            const section = pattern.sections[0];
            /**
             * In this case, the pattern has a globstar and we must read all directories unconditionally,
             * but only if the level has reached the end of the first group.
             *
             * fixtures/{a,b}/**
             *  ^ true/false  ^ always true
            */
            if (!pattern.complete && levels > section.length) {
                return true;
            }
            const match = parts.every((part, index) => {
                const segment = pattern.segments[index];
                if (segment.dynamic && segment.patternRe.test(part)) {
                    return true;
                }
                if (!segment.dynamic && segment.pattern === part) {
                    return true;
                }
                return false;
            });
            if (match) {
                return true;
            }
        }
        return false;
    }
}
exports["default"] = PartialMatcher;


/***/ }),

/***/ 7792:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const path = __nccwpck_require__(6928);
const deep_1 = __nccwpck_require__(3591);
const entry_1 = __nccwpck_require__(4285);
const error_1 = __nccwpck_require__(1587);
const entry_2 = __nccwpck_require__(7094);
class Provider {
    constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
    }
    _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
    }
    _getReaderOptions(task) {
        const basePath = task.base === '.' ? '' : task.base;
        return {
            basePath,
            pathSegmentSeparator: '/',
            concurrency: this._settings.concurrency,
            deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
            entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
            errorFilter: this.errorFilter.getFilter(),
            followSymbolicLinks: this._settings.followSymbolicLinks,
            fs: this._settings.fs,
            stats: this._settings.stats,
            throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
            transform: this.entryTransformer.getTransformer()
        };
    }
    _getMicromatchOptions() {
        return {
            dot: this._settings.dot,
            matchBase: this._settings.baseNameMatch,
            nobrace: !this._settings.braceExpansion,
            nocase: !this._settings.caseSensitiveMatch,
            noext: !this._settings.extglob,
            noglobstar: !this._settings.globstar,
            posix: true,
            strictSlashes: false
        };
    }
}
exports["default"] = Provider;


/***/ }),

/***/ 1969:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const stream_1 = __nccwpck_require__(2203);
const stream_2 = __nccwpck_require__(87);
const provider_1 = __nccwpck_require__(7792);
class ProviderStream extends provider_1.default {
    constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
    }
    read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => { } });
        source
            .once('error', (error) => destination.emit('error', error))
            .on('data', (entry) => destination.emit('data', options.transform(entry)))
            .once('end', () => destination.emit('end'));
        destination
            .once('close', () => source.destroy());
        return destination;
    }
    api(root, task, options) {
        if (task.dynamic) {
            return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
    }
}
exports["default"] = ProviderStream;


/***/ }),

/***/ 5894:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const sync_1 = __nccwpck_require__(264);
const provider_1 = __nccwpck_require__(7792);
class ProviderSync extends provider_1.default {
    constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
    }
    read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
    }
    api(root, task, options) {
        if (task.dynamic) {
            return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
    }
}
exports["default"] = ProviderSync;


/***/ }),

/***/ 7094:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const utils = __nccwpck_require__(6002);
class EntryTransformer {
    constructor(_settings) {
        this._settings = _settings;
    }
    getTransformer() {
        return (entry) => this._transform(entry);
    }
    _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
            filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
            filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
            filepath += '/';
        }
        if (!this._settings.objectMode) {
            return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
    }
}
exports["default"] = EntryTransformer;


/***/ }),

/***/ 2907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const fsWalk = __nccwpck_require__(9337);
const reader_1 = __nccwpck_require__(1824);
const stream_1 = __nccwpck_require__(87);
class ReaderAsync extends reader_1.default {
    constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
    }
    dynamic(root, options) {
        return new Promise((resolve, reject) => {
            this._walkAsync(root, options, (error, entries) => {
                if (error === null) {
                    resolve(entries);
                }
                else {
                    reject(error);
                }
            });
        });
    }
    async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        // After #235, replace it with an asynchronous iterator.
        return new Promise((resolve, reject) => {
            stream.once('error', reject);
            stream.on('data', (entry) => entries.push(entry));
            stream.once('end', () => resolve(entries));
        });
    }
}
exports["default"] = ReaderAsync;


/***/ }),

/***/ 1824:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const path = __nccwpck_require__(6928);
const fsStat = __nccwpck_require__(1470);
const utils = __nccwpck_require__(6002);
class Reader {
    constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
            followSymbolicLink: this._settings.followSymbolicLinks,
            fs: this._settings.fs,
            throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
    }
    _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
    }
    _makeEntry(stats, pattern) {
        const entry = {
            name: pattern,
            path: pattern,
            dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
            entry.stats = stats;
        }
        return entry;
    }
    _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
    }
}
exports["default"] = Reader;


/***/ }),

/***/ 87:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const stream_1 = __nccwpck_require__(2203);
const fsStat = __nccwpck_require__(1470);
const fsWalk = __nccwpck_require__(9337);
const reader_1 = __nccwpck_require__(1824);
class ReaderStream extends reader_1.default {
    constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
    }
    dynamic(root, options) {
        return this._walkStream(root, options);
    }
    static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
            return this._getEntry(filepaths[index], patterns[index], options)
                .then((entry) => {
                if (entry !== null && options.entryFilter(entry)) {
                    stream.push(entry);
                }
                if (index === filepaths.length - 1) {
                    stream.end();
                }
                done();
            })
                .catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
            stream.write(i);
        }
        return stream;
    }
    _getEntry(filepath, pattern, options) {
        return this._getStat(filepath)
            .then((stats) => this._makeEntry(stats, pattern))
            .catch((error) => {
            if (options.errorFilter(error)) {
                return null;
            }
            throw error;
        });
    }
    _getStat(filepath) {
        return new Promise((resolve, reject) => {
            this._stat(filepath, this._fsStatSettings, (error, stats) => {
                return error === null ? resolve(stats) : reject(error);
            });
        });
    }
}
exports["default"] = ReaderStream;


/***/ }),

/***/ 264:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const fsStat = __nccwpck_require__(1470);
const fsWalk = __nccwpck_require__(9337);
const reader_1 = __nccwpck_require__(1824);
class ReaderSync extends reader_1.default {
    constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
    }
    dynamic(root, options) {
        return this._walkSync(root, options);
    }
    static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
            const filepath = this._getFullEntryPath(pattern);
            const entry = this._getEntry(filepath, pattern, options);
            if (entry === null || !options.entryFilter(entry)) {
                continue;
            }
            entries.push(entry);
        }
        return entries;
    }
    _getEntry(filepath, pattern, options) {
        try {
            const stats = this._getStat(filepath);
            return this._makeEntry(stats, pattern);
        }
        catch (error) {
            if (options.errorFilter(error)) {
                return null;
            }
            throw error;
        }
    }
    _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
    }
}
exports["default"] = ReaderSync;


/***/ }),

/***/ 879:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
const fs = __nccwpck_require__(9896);
const os = __nccwpck_require__(857);
/**
 * The `os.cpus` method can return zero. We expect the number of cores to be greater than zero.
 * https://github.com/nodejs/node/blob/7faeddf23a98c53896f8b574a6e66589e8fb1eb8/lib/os.js#L106-L107
 */
const CPU_COUNT = Math.max(os.cpus().length, 1);
exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
    lstat: fs.lstat,
    lstatSync: fs.lstatSync,
    stat: fs.stat,
    statSync: fs.statSync,
    readdir: fs.readdir,
    readdirSync: fs.readdirSync
};
class Settings {
    constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
            this.onlyFiles = false;
        }
        if (this.stats) {
            this.objectMode = true;
        }
        // Remove the cast to the array in the next major (#404).
        this.ignore = [].concat(this.ignore);
    }
    _getValue(option, value) {
        return option === undefined ? value : option;
    }
    _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
    }
}
exports["default"] = Settings;


/***/ }),

/***/ 5711:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.splitWhen = exports.flatten = void 0;
function flatten(items) {
    return items.reduce((collection, item) => [].concat(collection, item), []);
}
exports.flatten = flatten;
function splitWhen(items, predicate) {
    const result = [[]];
    let groupIndex = 0;
    for (const item of items) {
        if (predicate(item)) {
            groupIndex++;
            result[groupIndex] = [];
        }
        else {
            result[groupIndex].push(item);
        }
    }
    return result;
}
exports.splitWhen = splitWhen;


/***/ }),

/***/ 9718:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isEnoentCodeError = void 0;
function isEnoentCodeError(error) {
    return error.code === 'ENOENT';
}
exports.isEnoentCodeError = isEnoentCodeError;


/***/ }),

/***/ 6979:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createDirentFromStats = void 0;
class DirentFromStats {
    constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
    }
}
function createDirentFromStats(name, stats) {
    return new DirentFromStats(name, stats);
}
exports.createDirentFromStats = createDirentFromStats;


/***/ }),

/***/ 6002:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
const array = __nccwpck_require__(5711);
exports.array = array;
const errno = __nccwpck_require__(9718);
exports.errno = errno;
const fs = __nccwpck_require__(6979);
exports.fs = fs;
const path = __nccwpck_require__(9283);
exports.path = path;
const pattern = __nccwpck_require__(1304);
exports.pattern = pattern;
const stream = __nccwpck_require__(536);
exports.stream = stream;
const string = __nccwpck_require__(7641);
exports.string = string;


/***/ }),

/***/ 9283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
const os = __nccwpck_require__(857);
const path = __nccwpck_require__(6928);
const IS_WINDOWS_PLATFORM = os.platform() === 'win32';
const LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2; // ./ or .\\
/**
 * All non-escaped special characters.
 * Posix: ()*?[]{|}, !+@ before (, ! at the beginning, \\ before non-special characters.
 * Windows: (){}[], !+@ before (, ! at the beginning.
 */
const POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
const WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
/**
 * The device path (\\.\ or \\?\).
 * https://learn.microsoft.com/en-us/dotnet/standard/io/file-path-formats#dos-device-paths
 */
const DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
/**
 * All backslashes except those escaping special characters.
 * Windows: !()+@{}
 * https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file#naming-conventions
 */
const WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
/**
 * Designed to work only with simple paths: `dir\\file`.
 */
function unixify(filepath) {
    return filepath.replace(/\\/g, '/');
}
exports.unixify = unixify;
function makeAbsolute(cwd, filepath) {
    return path.resolve(cwd, filepath);
}
exports.makeAbsolute = makeAbsolute;
function removeLeadingDotSegment(entry) {
    // We do not use `startsWith` because this is 10x slower than current implementation for some cases.
    // eslint-disable-next-line @typescript-eslint/prefer-string-starts-ends-with
    if (entry.charAt(0) === '.') {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === '/' || secondCharactery === '\\') {
            return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
    }
    return entry;
}
exports.removeLeadingDotSegment = removeLeadingDotSegment;
exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
function escapeWindowsPath(pattern) {
    return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, '\\$2');
}
exports.escapeWindowsPath = escapeWindowsPath;
function escapePosixPath(pattern) {
    return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, '\\$2');
}
exports.escapePosixPath = escapePosixPath;
exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
function convertWindowsPathToPattern(filepath) {
    return escapeWindowsPath(filepath)
        .replace(DOS_DEVICE_PATH_RE, '//$1')
        .replace(WINDOWS_BACKSLASHES_RE, '/');
}
exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
function convertPosixPathToPattern(filepath) {
    return escapePosixPath(filepath);
}
exports.convertPosixPathToPattern = convertPosixPathToPattern;


/***/ }),

/***/ 1304:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
const path = __nccwpck_require__(6928);
const globParent = __nccwpck_require__(8505);
const micromatch = __nccwpck_require__(8785);
const GLOBSTAR = '**';
const ESCAPE_SYMBOL = '\\';
const COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
const REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
const REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
const GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
const BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
/**
 * Matches a sequence of two or more consecutive slashes, excluding the first two slashes at the beginning of the string.
 * The latter is due to the presence of the device path at the beginning of the UNC path.
 */
const DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
function isStaticPattern(pattern, options = {}) {
    return !isDynamicPattern(pattern, options);
}
exports.isStaticPattern = isStaticPattern;
function isDynamicPattern(pattern, options = {}) {
    /**
     * A special case with an empty string is necessary for matching patterns that start with a forward slash.
     * An empty string cannot be a dynamic pattern.
     * For example, the pattern `/lib/*` will be spread into parts: '', 'lib', '*'.
     */
    if (pattern === '') {
        return false;
    }
    /**
     * When the `caseSensitiveMatch` option is disabled, all patterns must be marked as dynamic, because we cannot check
     * filepath directly (without read directory).
     */
    if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
    }
    if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
    }
    if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
    }
    if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
    }
    return false;
}
exports.isDynamicPattern = isDynamicPattern;
function hasBraceExpansion(pattern) {
    const openingBraceIndex = pattern.indexOf('{');
    if (openingBraceIndex === -1) {
        return false;
    }
    const closingBraceIndex = pattern.indexOf('}', openingBraceIndex + 1);
    if (closingBraceIndex === -1) {
        return false;
    }
    const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
    return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
}
function convertToPositivePattern(pattern) {
    return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
}
exports.convertToPositivePattern = convertToPositivePattern;
function convertToNegativePattern(pattern) {
    return '!' + pattern;
}
exports.convertToNegativePattern = convertToNegativePattern;
function isNegativePattern(pattern) {
    return pattern.startsWith('!') && pattern[1] !== '(';
}
exports.isNegativePattern = isNegativePattern;
function isPositivePattern(pattern) {
    return !isNegativePattern(pattern);
}
exports.isPositivePattern = isPositivePattern;
function getNegativePatterns(patterns) {
    return patterns.filter(isNegativePattern);
}
exports.getNegativePatterns = getNegativePatterns;
function getPositivePatterns(patterns) {
    return patterns.filter(isPositivePattern);
}
exports.getPositivePatterns = getPositivePatterns;
/**
 * Returns patterns that can be applied inside the current directory.
 *
 * @example
 * // ['./*', '*', 'a/*']
 * getPatternsInsideCurrentDirectory(['./*', '*', 'a/*', '../*', './../*'])
 */
function getPatternsInsideCurrentDirectory(patterns) {
    return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
}
exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
/**
 * Returns patterns to be expanded relative to (outside) the current directory.
 *
 * @example
 * // ['../*', './../*']
 * getPatternsInsideCurrentDirectory(['./*', '*', 'a/*', '../*', './../*'])
 */
function getPatternsOutsideCurrentDirectory(patterns) {
    return patterns.filter(isPatternRelatedToParentDirectory);
}
exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
function isPatternRelatedToParentDirectory(pattern) {
    return pattern.startsWith('..') || pattern.startsWith('./..');
}
exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
function getBaseDirectory(pattern) {
    return globParent(pattern, { flipBackslashes: false });
}
exports.getBaseDirectory = getBaseDirectory;
function hasGlobStar(pattern) {
    return pattern.includes(GLOBSTAR);
}
exports.hasGlobStar = hasGlobStar;
function endsWithSlashGlobStar(pattern) {
    return pattern.endsWith('/' + GLOBSTAR);
}
exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
function isAffectDepthOfReadingPattern(pattern) {
    const basename = path.basename(pattern);
    return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
}
exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
function expandPatternsWithBraceExpansion(patterns) {
    return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
    }, []);
}
exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
function expandBraceExpansion(pattern) {
    const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
    /**
     * Sort the patterns by length so that the same depth patterns are processed side by side.
     * `a/{b,}/{c,}/*` – `['a///*', 'a/b//*', 'a//c/*', 'a/b/c/*']`
     */
    patterns.sort((a, b) => a.length - b.length);
    /**
     * Micromatch can return an empty string in the case of patterns like `{a,}`.
     */
    return patterns.filter((pattern) => pattern !== '');
}
exports.expandBraceExpansion = expandBraceExpansion;
function getPatternParts(pattern, options) {
    let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
    /**
     * The scan method returns an empty array in some cases.
     * See micromatch/picomatch#58 for more details.
     */
    if (parts.length === 0) {
        parts = [pattern];
    }
    /**
     * The scan method does not return an empty part for the pattern with a forward slash.
     * This is another part of micromatch/picomatch#58.
     */
    if (parts[0].startsWith('/')) {
        parts[0] = parts[0].slice(1);
        parts.unshift('');
    }
    return parts;
}
exports.getPatternParts = getPatternParts;
function makeRe(pattern, options) {
    return micromatch.makeRe(pattern, options);
}
exports.makeRe = makeRe;
function convertPatternsToRe(patterns, options) {
    return patterns.map((pattern) => makeRe(pattern, options));
}
exports.convertPatternsToRe = convertPatternsToRe;
function matchAny(entry, patternsRe) {
    return patternsRe.some((patternRe) => patternRe.test(entry));
}
exports.matchAny = matchAny;
/**
 * This package only works with forward slashes as a path separator.
 * Because of this, we cannot use the standard `path.normalize` method, because on Windows platform it will use of backslashes.
 */
function removeDuplicateSlashes(pattern) {
    return pattern.replace(DOUBLE_SLASH_RE, '/');
}
exports.removeDuplicateSlashes = removeDuplicateSlashes;
function partitionAbsoluteAndRelative(patterns) {
    const absolute = [];
    const relative = [];
    for (const pattern of patterns) {
        if (isAbsolute(pattern)) {
            absolute.push(pattern);
        }
        else {
            relative.push(pattern);
        }
    }
    return [absolute, relative];
}
exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
function isAbsolute(pattern) {
    return path.isAbsolute(pattern);
}
exports.isAbsolute = isAbsolute;


/***/ }),

/***/ 536:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.merge = void 0;
const merge2 = __nccwpck_require__(754);
function merge(streams) {
    const mergedStream = merge2(streams);
    streams.forEach((stream) => {
        stream.once('error', (error) => mergedStream.emit('error', error));
    });
    mergedStream.once('close', () => propagateCloseEventToSources(streams));
    mergedStream.once('end', () => propagateCloseEventToSources(streams));
    return mergedStream;
}
exports.merge = merge;
function propagateCloseEventToSources(streams) {
    streams.forEach((stream) => stream.emit('close'));
}


/***/ }),

/***/ 7641:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isEmpty = exports.isString = void 0;
function isString(input) {
    return typeof input === 'string';
}
exports.isString = isString;
function isEmpty(input) {
    return input === '';
}
exports.isEmpty = isEmpty;


/***/ }),

/***/ 877:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
 * fill-range <https://github.com/jonschlinkert/fill-range>
 *
 * Copyright (c) 2014-present, Jon Schlinkert.
 * Licensed under the MIT License.
 */



const util = __nccwpck_require__(9023);
const toRegexRange = __nccwpck_require__(7551);

const isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);

const transform = toNumber => {
  return value => toNumber === true ? Number(value) : String(value);
};

const isValidValue = value => {
  return typeof value === 'number' || (typeof value === 'string' && value !== '');
};

const isNumber = num => Number.isInteger(+num);

const zeros = input => {
  let value = `${input}`;
  let index = -1;
  if (value[0] === '-') value = value.slice(1);
  if (value === '0') return false;
  while (value[++index] === '0');
  return index > 0;
};

const stringify = (start, end, options) => {
  if (typeof start === 'string' || typeof end === 'string') {
    return true;
  }
  return options.stringify === true;
};

const pad = (input, maxLength, toNumber) => {
  if (maxLength > 0) {
    let dash = input[0] === '-' ? '-' : '';
    if (dash) input = input.slice(1);
    input = (dash + input.padStart(dash ? maxLength - 1 : maxLength, '0'));
  }
  if (toNumber === false) {
    return String(input);
  }
  return input;
};

const toMaxLen = (input, maxLength) => {
  let negative = input[0] === '-' ? '-' : '';
  if (negative) {
    input = input.slice(1);
    maxLength--;
  }
  while (input.length < maxLength) input = '0' + input;
  return negative ? ('-' + input) : input;
};

const toSequence = (parts, options, maxLen) => {
  parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);

  let prefix = options.capture ? '' : '?:';
  let positives = '';
  let negatives = '';
  let result;

  if (parts.positives.length) {
    positives = parts.positives.map(v => toMaxLen(String(v), maxLen)).join('|');
  }

  if (parts.negatives.length) {
    negatives = `-(${prefix}${parts.negatives.map(v => toMaxLen(String(v), maxLen)).join('|')})`;
  }

  if (positives && negatives) {
    result = `${positives}|${negatives}`;
  } else {
    result = positives || negatives;
  }

  if (options.wrap) {
    return `(${prefix}${result})`;
  }

  return result;
};

const toRange = (a, b, isNumbers, options) => {
  if (isNumbers) {
    return toRegexRange(a, b, { wrap: false, ...options });
  }

  let start = String.fromCharCode(a);
  if (a === b) return start;

  let stop = String.fromCharCode(b);
  return `[${start}-${stop}]`;
};

const toRegex = (start, end, options) => {
  if (Array.isArray(start)) {
    let wrap = options.wrap === true;
    let prefix = options.capture ? '' : '?:';
    return wrap ? `(${prefix}${start.join('|')})` : start.join('|');
  }
  return toRegexRange(start, end, options);
};

const rangeError = (...args) => {
  return new RangeError('Invalid range arguments: ' + util.inspect(...args));
};

const invalidRange = (start, end, options) => {
  if (options.strictRanges === true) throw rangeError([start, end]);
  return [];
};

const invalidStep = (step, options) => {
  if (options.strictRanges === true) {
    throw new TypeError(`Expected step "${step}" to be a number`);
  }
  return [];
};

const fillNumbers = (start, end, step = 1, options = {}) => {
  let a = Number(start);
  let b = Number(end);

  if (!Number.isInteger(a) || !Number.isInteger(b)) {
    if (options.strictRanges === true) throw rangeError([start, end]);
    return [];
  }

  // fix negative zero
  if (a === 0) a = 0;
  if (b === 0) b = 0;

  let descending = a > b;
  let startString = String(start);
  let endString = String(end);
  let stepString = String(step);
  step = Math.max(Math.abs(step), 1);

  let padded = zeros(startString) || zeros(endString) || zeros(stepString);
  let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
  let toNumber = padded === false && stringify(start, end, options) === false;
  let format = options.transform || transform(toNumber);

  if (options.toRegex && step === 1) {
    return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
  }

  let parts = { negatives: [], positives: [] };
  let push = num => parts[num < 0 ? 'negatives' : 'positives'].push(Math.abs(num));
  let range = [];
  let index = 0;

  while (descending ? a >= b : a <= b) {
    if (options.toRegex === true && step > 1) {
      push(a);
    } else {
      range.push(pad(format(a, index), maxLen, toNumber));
    }
    a = descending ? a - step : a + step;
    index++;
  }

  if (options.toRegex === true) {
    return step > 1
      ? toSequence(parts, options, maxLen)
      : toRegex(range, null, { wrap: false, ...options });
  }

  return range;
};

const fillLetters = (start, end, step = 1, options = {}) => {
  if ((!isNumber(start) && start.length > 1) || (!isNumber(end) && end.length > 1)) {
    return invalidRange(start, end, options);
  }

  let format = options.transform || (val => String.fromCharCode(val));
  let a = `${start}`.charCodeAt(0);
  let b = `${end}`.charCodeAt(0);

  let descending = a > b;
  let min = Math.min(a, b);
  let max = Math.max(a, b);

  if (options.toRegex && step === 1) {
    return toRange(min, max, false, options);
  }

  let range = [];
  let index = 0;

  while (descending ? a >= b : a <= b) {
    range.push(format(a, index));
    a = descending ? a - step : a + step;
    index++;
  }

  if (options.toRegex === true) {
    return toRegex(range, null, { wrap: false, options });
  }

  return range;
};

const fill = (start, end, step, options = {}) => {
  if (end == null && isValidValue(start)) {
    return [start];
  }

  if (!isValidValue(start) || !isValidValue(end)) {
    return invalidRange(start, end, options);
  }

  if (typeof step === 'function') {
    return fill(start, end, 1, { transform: step });
  }

  if (isObject(step)) {
    return fill(start, end, 0, step);
  }

  let opts = { ...options };
  if (opts.capture === true) opts.wrap = true;
  step = step || opts.step || 1;

  if (!isNumber(step)) {
    if (step != null && !isObject(step)) return invalidStep(step, opts);
    return fill(start, end, 1, step);
  }

  if (isNumber(start) && isNumber(end)) {
    return fillNumbers(start, end, step, opts);
  }

  return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
};

module.exports = fill;


/***/ }),

/***/ 8505:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var isGlob = __nccwpck_require__(1925);
var pathPosixDirname = (__nccwpck_require__(6928).posix).dirname;
var isWin32 = (__nccwpck_require__(857).platform)() === 'win32';

var slash = '/';
var backslash = /\\/g;
var enclosure = /[\{\[].*[\}\]]$/;
var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;

/**
 * @param {string} str
 * @param {Object} opts
 * @param {boolean} [opts.flipBackslashes=true]
 * @returns {string}
 */
module.exports = function globParent(str, opts) {
  var options = Object.assign({ flipBackslashes: true }, opts);

  // flip windows path separators
  if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
    str = str.replace(backslash, slash);
  }

  // special case for strings ending in enclosure containing path separator
  if (enclosure.test(str)) {
    str += slash;
  }

  // preserves full path in case of trailing path separator
  str += 'a';

  // remove path parts that are globby
  do {
    str = pathPosixDirname(str);
  } while (isGlob(str) || globby.test(str));

  // remove escape chars and return result
  return str.replace(escaped, '$1');
};


/***/ }),

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 5540:
/***/ ((module) => {

/*!
 * is-extglob <https://github.com/jonschlinkert/is-extglob>
 *
 * Copyright (c) 2014-2016, Jon Schlinkert.
 * Licensed under the MIT License.
 */

module.exports = function isExtglob(str) {
  if (typeof str !== 'string' || str === '') {
    return false;
  }

  var match;
  while ((match = /(\\).|([@?!+*]\(.*\))/g.exec(str))) {
    if (match[2]) return true;
    str = str.slice(match.index + match[0].length);
  }

  return false;
};


/***/ }),

/***/ 1925:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
 * is-glob <https://github.com/jonschlinkert/is-glob>
 *
 * Copyright (c) 2014-2017, Jon Schlinkert.
 * Released under the MIT License.
 */

var isExtglob = __nccwpck_require__(5540);
var chars = { '{': '}', '(': ')', '[': ']'};
var strictCheck = function(str) {
  if (str[0] === '!') {
    return true;
  }
  var index = 0;
  var pipeIndex = -2;
  var closeSquareIndex = -2;
  var closeCurlyIndex = -2;
  var closeParenIndex = -2;
  var backSlashIndex = -2;
  while (index < str.length) {
    if (str[index] === '*') {
      return true;
    }

    if (str[index + 1] === '?' && /[\].+)]/.test(str[index])) {
      return true;
    }

    if (closeSquareIndex !== -1 && str[index] === '[' && str[index + 1] !== ']') {
      if (closeSquareIndex < index) {
        closeSquareIndex = str.indexOf(']', index);
      }
      if (closeSquareIndex > index) {
        if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
          return true;
        }
        backSlashIndex = str.indexOf('\\', index);
        if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
          return true;
        }
      }
    }

    if (closeCurlyIndex !== -1 && str[index] === '{' && str[index + 1] !== '}') {
      closeCurlyIndex = str.indexOf('}', index);
      if (closeCurlyIndex > index) {
        backSlashIndex = str.indexOf('\\', index);
        if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
          return true;
        }
      }
    }

    if (closeParenIndex !== -1 && str[index] === '(' && str[index + 1] === '?' && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ')') {
      closeParenIndex = str.indexOf(')', index);
      if (closeParenIndex > index) {
        backSlashIndex = str.indexOf('\\', index);
        if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
          return true;
        }
      }
    }

    if (pipeIndex !== -1 && str[index] === '(' && str[index + 1] !== '|') {
      if (pipeIndex < index) {
        pipeIndex = str.indexOf('|', index);
      }
      if (pipeIndex !== -1 && str[pipeIndex + 1] !== ')') {
        closeParenIndex = str.indexOf(')', pipeIndex);
        if (closeParenIndex > pipeIndex) {
          backSlashIndex = str.indexOf('\\', pipeIndex);
          if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
            return true;
          }
        }
      }
    }

    if (str[index] === '\\') {
      var open = str[index + 1];
      index += 2;
      var close = chars[open];

      if (close) {
        var n = str.indexOf(close, index);
        if (n !== -1) {
          index = n + 1;
        }
      }

      if (str[index] === '!') {
        return true;
      }
    } else {
      index++;
    }
  }
  return false;
};

var relaxedCheck = function(str) {
  if (str[0] === '!') {
    return true;
  }
  var index = 0;
  while (index < str.length) {
    if (/[*?{}()[\]]/.test(str[index])) {
      return true;
    }

    if (str[index] === '\\') {
      var open = str[index + 1];
      index += 2;
      var close = chars[open];

      if (close) {
        var n = str.indexOf(close, index);
        if (n !== -1) {
          index = n + 1;
        }
      }

      if (str[index] === '!') {
        return true;
      }
    } else {
      index++;
    }
  }
  return false;
};

module.exports = function isGlob(str, options) {
  if (typeof str !== 'string' || str === '') {
    return false;
  }

  if (isExtglob(str)) {
    return true;
  }

  var check = strictCheck;

  // optionally relax check
  if (options && options.strict === false) {
    check = relaxedCheck;
  }

  return check(str);
};


/***/ }),

/***/ 3102:
/***/ ((module) => {

/*!
 * is-number <https://github.com/jonschlinkert/is-number>
 *
 * Copyright (c) 2014-present, Jon Schlinkert.
 * Released under the MIT License.
 */



module.exports = function(num) {
  if (typeof num === 'number') {
    return num - num === 0;
  }
  if (typeof num === 'string' && num.trim() !== '') {
    return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
  }
  return false;
};


/***/ }),

/***/ 754:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/*
 * merge2
 * https://github.com/teambition/merge2
 *
 * Copyright (c) 2014-2020 Teambition
 * Licensed under the MIT license.
 */
const Stream = __nccwpck_require__(2203)
const PassThrough = Stream.PassThrough
const slice = Array.prototype.slice

module.exports = merge2

function merge2 () {
  const streamsQueue = []
  const args = slice.call(arguments)
  let merging = false
  let options = args[args.length - 1]

  if (options && !Array.isArray(options) && options.pipe == null) {
    args.pop()
  } else {
    options = {}
  }

  const doEnd = options.end !== false
  const doPipeError = options.pipeError === true
  if (options.objectMode == null) {
    options.objectMode = true
  }
  if (options.highWaterMark == null) {
    options.highWaterMark = 64 * 1024
  }
  const mergedStream = PassThrough(options)

  function addStream () {
    for (let i = 0, len = arguments.length; i < len; i++) {
      streamsQueue.push(pauseStreams(arguments[i], options))
    }
    mergeStream()
    return this
  }

  function mergeStream () {
    if (merging) {
      return
    }
    merging = true

    let streams = streamsQueue.shift()
    if (!streams) {
      process.nextTick(endStream)
      return
    }
    if (!Array.isArray(streams)) {
      streams = [streams]
    }

    let pipesCount = streams.length + 1

    function next () {
      if (--pipesCount > 0) {
        return
      }
      merging = false
      mergeStream()
    }

    function pipe (stream) {
      function onend () {
        stream.removeListener('merge2UnpipeEnd', onend)
        stream.removeListener('end', onend)
        if (doPipeError) {
          stream.removeListener('error', onerror)
        }
        next()
      }
      function onerror (err) {
        mergedStream.emit('error', err)
      }
      // skip ended stream
      if (stream._readableState.endEmitted) {
        return next()
      }

      stream.on('merge2UnpipeEnd', onend)
      stream.on('end', onend)

      if (doPipeError) {
        stream.on('error', onerror)
      }

      stream.pipe(mergedStream, { end: false })
      // compatible for old stream
      stream.resume()
    }

    for (let i = 0; i < streams.length; i++) {
      pipe(streams[i])
    }

    next()
  }

  function endStream () {
    merging = false
    // emit 'queueDrain' when all streams merged.
    mergedStream.emit('queueDrain')
    if (doEnd) {
      mergedStream.end()
    }
  }

  mergedStream.setMaxListeners(0)
  mergedStream.add = addStream
  mergedStream.on('unpipe', function (stream) {
    stream.emit('merge2UnpipeEnd')
  })

  if (args.length) {
    addStream.apply(null, args)
  }
  return mergedStream
}

// check and pause streams for pipe.
function pauseStreams (streams, options) {
  if (!Array.isArray(streams)) {
    // Backwards-compat with old-style streams
    if (!streams._readableState && streams.pipe) {
      streams = streams.pipe(PassThrough(options))
    }
    if (!streams._readableState || !streams.pause || !streams.pipe) {
      throw new Error('Only readable stream can be merged.')
    }
    streams.pause()
  } else {
    for (let i = 0, len = streams.length; i < len; i++) {
      streams[i] = pauseStreams(streams[i], options)
    }
  }
  return streams
}


/***/ }),

/***/ 8785:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const util = __nccwpck_require__(9023);
const braces = __nccwpck_require__(748);
const picomatch = __nccwpck_require__(6377);
const utils = __nccwpck_require__(8604);

const isEmptyString = v => v === '' || v === './';
const hasBraces = v => {
  const index = v.indexOf('{');
  return index > -1 && v.indexOf('}', index) > -1;
};

/**
 * Returns an array of strings that match one or more glob patterns.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm(list, patterns[, options]);
 *
 * console.log(mm(['a.js', 'a.txt'], ['*.js']));
 * //=> [ 'a.js' ]
 * ```
 * @param {String|Array<string>} `list` List of strings to match.
 * @param {String|Array<string>} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `options` See available [options](#options)
 * @return {Array} Returns an array of matches
 * @summary false
 * @api public
 */

const micromatch = (list, patterns, options) => {
  patterns = [].concat(patterns);
  list = [].concat(list);

  let omit = new Set();
  let keep = new Set();
  let items = new Set();
  let negatives = 0;

  let onResult = state => {
    items.add(state.output);
    if (options && options.onResult) {
      options.onResult(state);
    }
  };

  for (let i = 0; i < patterns.length; i++) {
    let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
    let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
    if (negated) negatives++;

    for (let item of list) {
      let matched = isMatch(item, true);

      let match = negated ? !matched.isMatch : matched.isMatch;
      if (!match) continue;

      if (negated) {
        omit.add(matched.output);
      } else {
        omit.delete(matched.output);
        keep.add(matched.output);
      }
    }
  }

  let result = negatives === patterns.length ? [...items] : [...keep];
  let matches = result.filter(item => !omit.has(item));

  if (options && matches.length === 0) {
    if (options.failglob === true) {
      throw new Error(`No matches found for "${patterns.join(', ')}"`);
    }

    if (options.nonull === true || options.nullglob === true) {
      return options.unescape ? patterns.map(p => p.replace(/\\/g, '')) : patterns;
    }
  }

  return matches;
};

/**
 * Backwards compatibility
 */

micromatch.match = micromatch;

/**
 * Returns a matcher function from the given glob `pattern` and `options`.
 * The returned function takes a string to match as its only argument and returns
 * true if the string is a match.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.matcher(pattern[, options]);
 *
 * const isMatch = mm.matcher('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 * ```
 * @param {String} `pattern` Glob pattern
 * @param {Object} `options`
 * @return {Function} Returns a matcher function.
 * @api public
 */

micromatch.matcher = (pattern, options) => picomatch(pattern, options);

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.isMatch(string, patterns[, options]);
 *
 * console.log(mm.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(mm.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String} `str` The string to test.
 * @param {String|Array} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `[options]` See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Backwards compatibility
 */

micromatch.any = micromatch.isMatch;

/**
 * Returns a list of strings that _**do not match any**_ of the given `patterns`.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.not(list, patterns[, options]);
 *
 * console.log(mm.not(['a.a', 'b.b', 'c.c'], '*.a'));
 * //=> ['b.b', 'c.c']
 * ```
 * @param {Array} `list` Array of strings to match.
 * @param {String|Array} `patterns` One or more glob pattern to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Array} Returns an array of strings that **do not match** the given patterns.
 * @api public
 */

micromatch.not = (list, patterns, options = {}) => {
  patterns = [].concat(patterns).map(String);
  let result = new Set();
  let items = [];

  let onResult = state => {
    if (options.onResult) options.onResult(state);
    items.push(state.output);
  };

  let matches = new Set(micromatch(list, patterns, { ...options, onResult }));

  for (let item of items) {
    if (!matches.has(item)) {
      result.add(item);
    }
  }
  return [...result];
};

/**
 * Returns true if the given `string` contains the given pattern. Similar
 * to [.isMatch](#isMatch) but the pattern can match any part of the string.
 *
 * ```js
 * var mm = require('micromatch');
 * // mm.contains(string, pattern[, options]);
 *
 * console.log(mm.contains('aa/bb/cc', '*b'));
 * //=> true
 * console.log(mm.contains('aa/bb/cc', '*d'));
 * //=> false
 * ```
 * @param {String} `str` The string to match.
 * @param {String|Array} `patterns` Glob pattern to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Boolean} Returns true if any of the patterns matches any part of `str`.
 * @api public
 */

micromatch.contains = (str, pattern, options) => {
  if (typeof str !== 'string') {
    throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
  }

  if (Array.isArray(pattern)) {
    return pattern.some(p => micromatch.contains(str, p, options));
  }

  if (typeof pattern === 'string') {
    if (isEmptyString(str) || isEmptyString(pattern)) {
      return false;
    }

    if (str.includes(pattern) || (str.startsWith('./') && str.slice(2).includes(pattern))) {
      return true;
    }
  }

  return micromatch.isMatch(str, pattern, { ...options, contains: true });
};

/**
 * Filter the keys of the given object with the given `glob` pattern
 * and `options`. Does not attempt to match nested keys. If you need this feature,
 * use [glob-object][] instead.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.matchKeys(object, patterns[, options]);
 *
 * const obj = { aa: 'a', ab: 'b', ac: 'c' };
 * console.log(mm.matchKeys(obj, '*b'));
 * //=> { ab: 'b' }
 * ```
 * @param {Object} `object` The object with keys to filter.
 * @param {String|Array} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Object} Returns an object with only keys that match the given patterns.
 * @api public
 */

micromatch.matchKeys = (obj, patterns, options) => {
  if (!utils.isObject(obj)) {
    throw new TypeError('Expected the first argument to be an object');
  }
  let keys = micromatch(Object.keys(obj), patterns, options);
  let res = {};
  for (let key of keys) res[key] = obj[key];
  return res;
};

/**
 * Returns true if some of the strings in the given `list` match any of the given glob `patterns`.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.some(list, patterns[, options]);
 *
 * console.log(mm.some(['foo.js', 'bar.js'], ['*.js', '!foo.js']));
 * // true
 * console.log(mm.some(['foo.js'], ['*.js', '!foo.js']));
 * // false
 * ```
 * @param {String|Array} `list` The string or array of strings to test. Returns as soon as the first match is found.
 * @param {String|Array} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Boolean} Returns true if any `patterns` matches any of the strings in `list`
 * @api public
 */

micromatch.some = (list, patterns, options) => {
  let items = [].concat(list);

  for (let pattern of [].concat(patterns)) {
    let isMatch = picomatch(String(pattern), options);
    if (items.some(item => isMatch(item))) {
      return true;
    }
  }
  return false;
};

/**
 * Returns true if every string in the given `list` matches
 * any of the given glob `patterns`.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.every(list, patterns[, options]);
 *
 * console.log(mm.every('foo.js', ['foo.js']));
 * // true
 * console.log(mm.every(['foo.js', 'bar.js'], ['*.js']));
 * // true
 * console.log(mm.every(['foo.js', 'bar.js'], ['*.js', '!foo.js']));
 * // false
 * console.log(mm.every(['foo.js'], ['*.js', '!foo.js']));
 * // false
 * ```
 * @param {String|Array} `list` The string or array of strings to test.
 * @param {String|Array} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Boolean} Returns true if all `patterns` matches all of the strings in `list`
 * @api public
 */

micromatch.every = (list, patterns, options) => {
  let items = [].concat(list);

  for (let pattern of [].concat(patterns)) {
    let isMatch = picomatch(String(pattern), options);
    if (!items.every(item => isMatch(item))) {
      return false;
    }
  }
  return true;
};

/**
 * Returns true if **all** of the given `patterns` match
 * the specified string.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.all(string, patterns[, options]);
 *
 * console.log(mm.all('foo.js', ['foo.js']));
 * // true
 *
 * console.log(mm.all('foo.js', ['*.js', '!foo.js']));
 * // false
 *
 * console.log(mm.all('foo.js', ['*.js', 'foo.js']));
 * // true
 *
 * console.log(mm.all('foo.js', ['*.js', 'f*', '*o*', '*o.js']));
 * // true
 * ```
 * @param {String|Array} `str` The string to test.
 * @param {String|Array} `patterns` One or more glob patterns to use for matching.
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

micromatch.all = (str, patterns, options) => {
  if (typeof str !== 'string') {
    throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
  }

  return [].concat(patterns).every(p => picomatch(p, options)(str));
};

/**
 * Returns an array of matches captured by `pattern` in `string, or `null` if the pattern did not match.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.capture(pattern, string[, options]);
 *
 * console.log(mm.capture('test/*.js', 'test/foo.js'));
 * //=> ['foo']
 * console.log(mm.capture('test/*.js', 'foo/bar.css'));
 * //=> null
 * ```
 * @param {String} `glob` Glob pattern to use for matching.
 * @param {String} `input` String to match
 * @param {Object} `options` See available [options](#options) for changing how matches are performed
 * @return {Array|null} Returns an array of captures if the input matches the glob pattern, otherwise `null`.
 * @api public
 */

micromatch.capture = (glob, input, options) => {
  let posix = utils.isWindows(options);
  let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
  let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);

  if (match) {
    return match.slice(1).map(v => v === void 0 ? '' : v);
  }
};

/**
 * Create a regular expression from the given glob `pattern`.
 *
 * ```js
 * const mm = require('micromatch');
 * // mm.makeRe(pattern[, options]);
 *
 * console.log(mm.makeRe('*.js'));
 * //=> /^(?:(\.[\\\/])?(?!\.)(?=.)[^\/]*?\.js)$/
 * ```
 * @param {String} `pattern` A glob pattern to convert to regex.
 * @param {Object} `options`
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

micromatch.makeRe = (...args) => picomatch.makeRe(...args);

/**
 * Scan a glob pattern to separate the pattern into segments. Used
 * by the [split](#split) method.
 *
 * ```js
 * const mm = require('micromatch');
 * const state = mm.scan(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

micromatch.scan = (...args) => picomatch.scan(...args);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const mm = require('micromatch');
 * const state = mm.parse(pattern[, options]);
 * ```
 * @param {String} `glob`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as regex source string.
 * @api public
 */

micromatch.parse = (patterns, options) => {
  let res = [];
  for (let pattern of [].concat(patterns || [])) {
    for (let str of braces(String(pattern), options)) {
      res.push(picomatch.parse(str, options));
    }
  }
  return res;
};

/**
 * Process the given brace `pattern`.
 *
 * ```js
 * const { braces } = require('micromatch');
 * console.log(braces('foo/{a,b,c}/bar'));
 * //=> [ 'foo/(a|b|c)/bar' ]
 *
 * console.log(braces('foo/{a,b,c}/bar', { expand: true }));
 * //=> [ 'foo/a/bar', 'foo/b/bar', 'foo/c/bar' ]
 * ```
 * @param {String} `pattern` String with brace pattern to process.
 * @param {Object} `options` Any [options](#options) to change how expansion is performed. See the [braces][] library for all available options.
 * @return {Array}
 * @api public
 */

micromatch.braces = (pattern, options) => {
  if (typeof pattern !== 'string') throw new TypeError('Expected a string');
  if ((options && options.nobrace === true) || !hasBraces(pattern)) {
    return [pattern];
  }
  return braces(pattern, options);
};

/**
 * Expand braces
 */

micromatch.braceExpand = (pattern, options) => {
  if (typeof pattern !== 'string') throw new TypeError('Expected a string');
  return micromatch.braces(pattern, { ...options, expand: true });
};

/**
 * Expose micromatch
 */

// exposed for tests
micromatch.hasBraces = hasBraces;
module.exports = micromatch;


/***/ }),

/***/ 6377:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



module.exports = __nccwpck_require__(9639);


/***/ }),

/***/ 9560:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  SEP: path.sep,

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 7430:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(9560);
const utils = __nccwpck_require__(8604);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const getStarExtglobSequenceOutput = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  for (const branch of branches) {
    const safeOutput = getStarExtglobSequenceOutput(branch);
    if (safeOutput) {
      return { risky: true, safeOutput };
    }

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';
  const win32 = utils.isWindows(options);

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(win32);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.value += tok.value;
      prev.output = (prev.output || '') + tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if (next === '<' && !utils.supportsLookbehinds()) {
          throw new Error('Node.js v10 or higher is required for regex lookbehinds');
        }

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && eos()) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;
  const win32 = utils.isWindows(options);

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(win32);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 9639:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
const scan = __nccwpck_require__(6028);
const parse = __nccwpck_require__(7430);
const utils = __nccwpck_require__(8604);
const constants = __nccwpck_require__(9560);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = utils.isWindows(options);
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(path.basename(input));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 6028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(8604);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(9560);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              code = advance();
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES) {
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        while (eos() !== true && (code = advance())) {
          if (code === CHAR_LEFT_PARENTHESES) {
            backslashes = token.backslashes = true;
            code = advance();
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (idx !== 0 || value !== '') {
        parts.push(value);
      }
      prevIndex = i;
    }

    if (prevIndex && prevIndex + 1 < input.length) {
      const value = input.slice(prevIndex + 1);
      parts.push(value);

      if (opts.tokens) {
        tokens[tokens.length - 1].value = value;
        depth(tokens[tokens.length - 1]);
        state.maxDepth += tokens[tokens.length - 1].depth;
      }
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 8604:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



const path = __nccwpck_require__(6928);
const win32 = process.platform === 'win32';
const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(9560);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.supportsLookbehinds = () => {
  const segs = process.version.slice(1).split('.').map(Number);
  if (segs.length === 3 && segs[0] >= 9 || (segs[0] === 8 && segs[1] >= 10)) {
    return true;
  }
  return false;
};

exports.isWindows = options => {
  if (options && typeof options.windows === 'boolean') {
    return options.windows;
  }
  return win32 === true || path.sep === '\\';
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};


/***/ }),

/***/ 4351:
/***/ ((module) => {

/*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> */
let promise

module.exports = typeof queueMicrotask === 'function'
  ? queueMicrotask.bind(typeof window !== 'undefined' ? window : global)
  // reuse resolved promise, and allocate it lazily
  : cb => (promise || (promise = Promise.resolve()))
    .then(cb)
    .catch(err => setTimeout(() => { throw err }, 0))


/***/ }),

/***/ 844:
/***/ ((module) => {



function reusify (Constructor) {
  var head = new Constructor()
  var tail = head

  function get () {
    var current = head

    if (current.next) {
      head = current.next
    } else {
      head = new Constructor()
      tail = head
    }

    current.next = null

    return current
  }

  function release (obj) {
    tail.next = obj
    tail = obj
  }

  return {
    get: get,
    release: release
  }
}

module.exports = reusify


/***/ }),

/***/ 2743:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> */
module.exports = runParallel

const queueMicrotask = __nccwpck_require__(4351)

function runParallel (tasks, cb) {
  let results, pending, keys
  let isSync = true

  if (Array.isArray(tasks)) {
    results = []
    pending = tasks.length
  } else {
    keys = Object.keys(tasks)
    results = {}
    pending = keys.length
  }

  function done (err) {
    function end () {
      if (cb) cb(err, results)
      cb = null
    }
    if (isSync) queueMicrotask(end)
    else end()
  }

  function each (i, err, result) {
    results[i] = result
    if (--pending === 0 || err) {
      done(err)
    }
  }

  if (!pending) {
    // empty
    done(null)
  } else if (keys) {
    // object
    keys.forEach(function (key) {
      tasks[key](function (err, result) { each(key, err, result) })
    })
  } else {
    // array
    tasks.forEach(function (task, i) {
      task(function (err, result) { each(i, err, result) })
    })
  }

  isSync = false
}


/***/ }),

/***/ 7551:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
 * to-regex-range <https://github.com/micromatch/to-regex-range>
 *
 * Copyright (c) 2015-present, Jon Schlinkert.
 * Released under the MIT License.
 */



const isNumber = __nccwpck_require__(3102);

const toRegexRange = (min, max, options) => {
  if (isNumber(min) === false) {
    throw new TypeError('toRegexRange: expected the first argument to be a number');
  }

  if (max === void 0 || min === max) {
    return String(min);
  }

  if (isNumber(max) === false) {
    throw new TypeError('toRegexRange: expected the second argument to be a number.');
  }

  let opts = { relaxZeros: true, ...options };
  if (typeof opts.strictZeros === 'boolean') {
    opts.relaxZeros = opts.strictZeros === false;
  }

  let relax = String(opts.relaxZeros);
  let shorthand = String(opts.shorthand);
  let capture = String(opts.capture);
  let wrap = String(opts.wrap);
  let cacheKey = min + ':' + max + '=' + relax + shorthand + capture + wrap;

  if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
    return toRegexRange.cache[cacheKey].result;
  }

  let a = Math.min(min, max);
  let b = Math.max(min, max);

  if (Math.abs(a - b) === 1) {
    let result = min + '|' + max;
    if (opts.capture) {
      return `(${result})`;
    }
    if (opts.wrap === false) {
      return result;
    }
    return `(?:${result})`;
  }

  let isPadded = hasPadding(min) || hasPadding(max);
  let state = { min, max, a, b };
  let positives = [];
  let negatives = [];

  if (isPadded) {
    state.isPadded = isPadded;
    state.maxLen = String(state.max).length;
  }

  if (a < 0) {
    let newMin = b < 0 ? Math.abs(b) : 1;
    negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
    a = state.a = 0;
  }

  if (b >= 0) {
    positives = splitToPatterns(a, b, state, opts);
  }

  state.negatives = negatives;
  state.positives = positives;
  state.result = collatePatterns(negatives, positives, opts);

  if (opts.capture === true) {
    state.result = `(${state.result})`;
  } else if (opts.wrap !== false && (positives.length + negatives.length) > 1) {
    state.result = `(?:${state.result})`;
  }

  toRegexRange.cache[cacheKey] = state;
  return state.result;
};

function collatePatterns(neg, pos, options) {
  let onlyNegative = filterPatterns(neg, pos, '-', false, options) || [];
  let onlyPositive = filterPatterns(pos, neg, '', false, options) || [];
  let intersected = filterPatterns(neg, pos, '-?', true, options) || [];
  let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
  return subpatterns.join('|');
}

function splitToRanges(min, max) {
  let nines = 1;
  let zeros = 1;

  let stop = countNines(min, nines);
  let stops = new Set([max]);

  while (min <= stop && stop <= max) {
    stops.add(stop);
    nines += 1;
    stop = countNines(min, nines);
  }

  stop = countZeros(max + 1, zeros) - 1;

  while (min < stop && stop <= max) {
    stops.add(stop);
    zeros += 1;
    stop = countZeros(max + 1, zeros) - 1;
  }

  stops = [...stops];
  stops.sort(compare);
  return stops;
}

/**
 * Convert a range to a regex pattern
 * @param {Number} `start`
 * @param {Number} `stop`
 * @return {String}
 */

function rangeToPattern(start, stop, options) {
  if (start === stop) {
    return { pattern: start, count: [], digits: 0 };
  }

  let zipped = zip(start, stop);
  let digits = zipped.length;
  let pattern = '';
  let count = 0;

  for (let i = 0; i < digits; i++) {
    let [startDigit, stopDigit] = zipped[i];

    if (startDigit === stopDigit) {
      pattern += startDigit;

    } else if (startDigit !== '0' || stopDigit !== '9') {
      pattern += toCharacterClass(startDigit, stopDigit, options);

    } else {
      count++;
    }
  }

  if (count) {
    pattern += options.shorthand === true ? '\\d' : '[0-9]';
  }

  return { pattern, count: [count], digits };
}

function splitToPatterns(min, max, tok, options) {
  let ranges = splitToRanges(min, max);
  let tokens = [];
  let start = min;
  let prev;

  for (let i = 0; i < ranges.length; i++) {
    let max = ranges[i];
    let obj = rangeToPattern(String(start), String(max), options);
    let zeros = '';

    if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
      if (prev.count.length > 1) {
        prev.count.pop();
      }

      prev.count.push(obj.count[0]);
      prev.string = prev.pattern + toQuantifier(prev.count);
      start = max + 1;
      continue;
    }

    if (tok.isPadded) {
      zeros = padZeros(max, tok, options);
    }

    obj.string = zeros + obj.pattern + toQuantifier(obj.count);
    tokens.push(obj);
    start = max + 1;
    prev = obj;
  }

  return tokens;
}

function filterPatterns(arr, comparison, prefix, intersection, options) {
  let result = [];

  for (let ele of arr) {
    let { string } = ele;

    // only push if _both_ are negative...
    if (!intersection && !contains(comparison, 'string', string)) {
      result.push(prefix + string);
    }

    // or _both_ are positive
    if (intersection && contains(comparison, 'string', string)) {
      result.push(prefix + string);
    }
  }
  return result;
}

/**
 * Zip strings
 */

function zip(a, b) {
  let arr = [];
  for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
  return arr;
}

function compare(a, b) {
  return a > b ? 1 : b > a ? -1 : 0;
}

function contains(arr, key, val) {
  return arr.some(ele => ele[key] === val);
}

function countNines(min, len) {
  return Number(String(min).slice(0, -len) + '9'.repeat(len));
}

function countZeros(integer, zeros) {
  return integer - (integer % Math.pow(10, zeros));
}

function toQuantifier(digits) {
  let [start = 0, stop = ''] = digits;
  if (stop || start > 1) {
    return `{${start + (stop ? ',' + stop : '')}}`;
  }
  return '';
}

function toCharacterClass(a, b, options) {
  return `[${a}${(b - a === 1) ? '' : '-'}${b}]`;
}

function hasPadding(str) {
  return /^-?(0+)\d/.test(str);
}

function padZeros(value, tok, options) {
  if (!tok.isPadded) {
    return value;
  }

  let diff = Math.abs(tok.maxLen - String(value).length);
  let relax = options.relaxZeros !== false;

  switch (diff) {
    case 0:
      return '';
    case 1:
      return relax ? '0?' : '0';
    case 2:
      return relax ? '0{0,2}' : '00';
    default: {
      return relax ? `0{0,${diff}}` : `0{${diff}}`;
    }
  }
}

/**
 * Cache
 */

toRegexRange.cache = {};
toRegexRange.clearCache = () => (toRegexRange.cache = {});

/**
 * Expose `toRegexRange`
 */

module.exports = toRegexRange;


/***/ }),

/***/ 4694:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ rowsDiffer),
/* harmony export */   VX: () => (/* binding */ vectorsDiffer)
/* harmony export */ });
/* unused harmony export rowSettingsKey */
/** Which model files: the hub commit, or, for a model not pinned to one, the revision's name. */
function modelFiles(settings) {
    const { commit, revision } = settings.model;
    return commit ?? `revision ${revision} (not pinned to a commit)`;
}
/** The settings that decide what a vector means. */
const VECTOR_SETTINGS = [
    ['model.id', s => s.model.id],
    ['model files', modelFiles],
    ['model.dtype', s => s.model.dtype],
    ['model.dimension', s => s.model.dimension],
    ['recipe', s => s.recipe]
];
/** Those, and the settings that decide which rows a file becomes. */
const ROW_SETTINGS = [
    ...VECTOR_SETTINGS,
    ['chunking.chunker', s => s.chunking.chunker],
    ['chunking.max_tokens', s => s.chunking.max_tokens]
];
function firstDifference(settings, ours, theirs) {
    for (const [name, value] of settings) {
        const [a, b] = [value(ours), value(theirs)];
        if (a === undefined || b === undefined)
            continue;
        if (a !== b)
            return `${name} ${JSON.stringify(b)}, not ${JSON.stringify(a)}`;
    }
    return null;
}
/** Why `theirs` holds vectors of another space than `ours` (one line), or null when they agree. */
function vectorsDiffer(ours, theirs) {
    return firstDifference(VECTOR_SETTINGS, ours, theirs);
}
/** Why `theirs` would not give this run's rows and vectors for the same file, or null. */
function rowsDiffer(ours, theirs) {
    return firstDifference(ROW_SETTINGS, ours, theirs);
}
/** The row settings as one string (for cache keys): equal exactly when rowsDiffer finds nothing. */
function rowSettingsKey(settings) {
    return JSON.stringify(ROW_SETTINGS.filter(([name]) => name !== 'model.dimension').map(([, value]) => value(settings)));
}


/***/ }),

/***/ 2027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ NEXT_DIR),
/* harmony export */   Hp: () => (/* binding */ FORMAT_VERSION),
/* harmony export */   IU: () => (/* binding */ VECTORS_FILE),
/* harmony export */   RJ: () => (/* binding */ STATS_FILE),
/* harmony export */   cU: () => (/* binding */ CHUNKS_FILE),
/* harmony export */   h1: () => (/* binding */ MANIFEST_FILE),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   qM: () => (/* binding */ PREV_DIR)
/* harmony export */ });
const FORMAT_VERSION = 'embed-index/2';
const TOOL_NAME = 'embed-index';
const MANIFEST_FILE = 'manifest.json';
const CHUNKS_FILE = 'chunks.jsonl';
const VECTORS_FILE = 'vectors.npy';
const STATS_FILE = 'stats.json';
/** The new index, staged whole before the swap. */
const NEXT_DIR = '.embed-index-next';
/** The old index, kept whole (hard links) while the swap runs. */
const PREV_DIR = '.embed-index-prev';


/***/ }),

/***/ 7402:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ splitLines),
/* harmony export */   z: () => (/* binding */ isBlank)
/* harmony export */ });
/**
 * The lines of a text, with CRLF and lone CR read as LF so that a file has the same lines (and
 * chunk hashes) whichever platform checked it out. A final line ending ends the last line; it
 * does not start an empty one.
 */
function splitLines(content) {
    const lines = content.replace(/\r\n?/g, '\n').split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function isBlank(text) {
    return /^\s*$/.test(text);
}


/***/ }),

/***/ 7297:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ EMBEDDING_RECIPE),
  P: () => (/* binding */ loadEmbedder)
});

// EXTERNAL MODULE: ./src/embed/model-source.ts + 4 modules
var model_source = __nccwpck_require__(8591);
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

// EXTERNAL MODULE: ./src/embed/transformers-runtime.ts
var transformers_runtime = __nccwpck_require__(3512);
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
    const { AutoModel, Tensor } = await (0,transformers_runtime/* transformers */.V)();
    const [tokenizer, encoder, { maxPositions }] = await Promise.all([
        (0,transformers_runtime/* loadTokenizer */.Y)(model.dir),
        AutoModel.from_pretrained(model.encoderDir ?? model.dir, {
            local_files_only: true,
            device: 'cpu',
            dtype: model.dtype,
            session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 }
        }),
        (0,model_source/* readModelShape */.ZB)(model.dir)
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


/***/ }),

/***/ 8591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TC: () => (/* binding */ isModelId),
  oN: () => (/* binding */ isRevision),
  Fv: () => (/* binding */ modelCacheDir),
  dW: () => (/* binding */ pinModel),
  ZB: () => (/* binding */ readModelShape),
  AX: () => (/* binding */ resolveModel),
  k1: () => (/* binding */ weightsFile)
});

// UNUSED EXPORTS: modelFiles

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __nccwpck_require__(4976);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./src/util/durable.ts
var durable = __nccwpck_require__(6715);
;// CONCATENATED MODULE: ./src/embed/download.ts






/** An HTTP answer other than 200, kept apart so callers can word 404s and 401s for the user. */
class HttpStatusError extends Error {
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
async function downloadFile(url, dest, headers = {}) {
    const response = await fetch(url, { headers });
    if (response.status !== 200 || !response.body) {
        await response.body?.cancel();
        throw new HttpStatusError(url, response.status);
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(dest), { recursive: true });
    await (0,durable/* replaceViaTemp */.db)(dest, async (temp) => {
        let received = 0;
        const body = external_node_stream_namespaceObject.Readable.fromWeb(response.body);
        body.on('data', (chunk) => (received += chunk.length));
        await (0,external_node_stream_promises_namespaceObject.pipeline)(body, (0,external_node_fs_.createWriteStream)(temp));
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
    return external_node_path_default().join(config.cacheDir, ...config.id.split('/'), 'refs', encodeURIComponent(config.revision));
}
/**
 * The commit the hub serves for the model's revision: the revision itself when it is a full commit
 * id, else the `X-Repo-Commit` header of the hub's answer for config.json. Null when the hub (a
 * mirror) does not say. Without the hub, the commit an earlier run resolved, with a warning.
 */
async function resolveCommit(config, log) {
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
        const remembered = await (0,promises_.readFile)(refFile(config), 'utf8').then(text => text.trim(), () => undefined);
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
    await (0,promises_.mkdir)(external_node_path_default().dirname(refFile(config)), { recursive: true });
    await (0,promises_.writeFile)(refFile(config), `${commit}\n`);
    return commit;
}
/** Downloads `files` of the model at `commit` (or its revision, when not pinned) into `dir`. */
async function downloadModelFiles(config, commit, files, dir, log) {
    const at = commit ?? config.revision;
    log?.info(`Downloading ${config.id}@${at} from ${config.hubUrl} into ${dir}`);
    for (const file of files) {
        try {
            await downloadFile(fileUrl(config, at, file), external_node_path_default().join(dir, file), hubHeaders());
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
        ? (0,errors/* errorMessage */.g)(error)
        : `${(0,errors/* errorMessage */.g)(error)} (${(0,errors/* errorMessage */.g)(cause)})`;
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
    return external_node_path_default().resolve(model.cacheDir, ...model.id.split('/'), at);
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
    const dir = model.path !== undefined ? external_node_path_default().resolve(model.path) : modelCacheDir(model);
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
    const present = await Promise.all(modelFiles(dtype).map(file => (0,promises_.access)(external_node_path_default().join(dir, file)).then(() => true, () => false)));
    return modelFiles(dtype).filter((_, i) => !present[i]);
}
async function readModelShape(dir) {
    const file = external_node_path_default().join(dir, 'config.json');
    const config = Object(await (0,json/* readJsonFile */.J)(file));
    const whole = (value, min) => typeof value === 'number' && Number.isInteger(value) && value >= min;
    if (!whole(config.hidden_size, 1)) {
        throw new Error(`${file} has no integer hidden_size; is this a BERT-style model?`);
    }
    if (!whole(config.max_position_embeddings, 2)) {
        throw new Error(`${file} has no usable max_position_embeddings`);
    }
    return { dimension: config.hidden_size, maxPositions: config.max_position_embeddings };
}


/***/ }),

/***/ 3512:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ transformers),
/* harmony export */   Y: () => (/* binding */ loadTokenizer)
/* harmony export */ });
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


/***/ }),

/***/ 6757:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ runSettings)
/* harmony export */ });
/* harmony import */ var _embed_embedder_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7297);

/** What this run's index will record about how its rows and vectors are made. */
function runSettings(chunking, model, dimension) {
    const { id, revision, commit, dtype } = model;
    return {
        model: { id, revision, commit, dtype, dimension },
        recipe: _embed_embedder_js__WEBPACK_IMPORTED_MODULE_0__/* .EMBEDDING_RECIPE */ .b,
        chunking
    };
}


/***/ }),

/***/ 7211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ failedRead),
  A: () => (/* binding */ readFileContent)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/scan/binary.ts
/** Like git, judge by the start of the file only. */
const SAMPLE_BYTES = 8192;
/** Above this share of control bytes in the sample a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;
const TEXT_CONTROLS = new Set([0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);
/**
 * Whether bytes look like a binary file rather than text: a NUL byte in the sample, or many control
 * bytes other than the ones text uses (tab, line feed, vertical tab, form feed, carriage return,
 * backspace for overstrike, escape for terminal colours).
 */
function looksBinary(bytes) {
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    let control = 0;
    for (const byte of sample) {
        if (byte === 0)
            return true;
        if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f)
            control++;
    }
    return control > MAX_CONTROL_SHARE * sample.length;
}

// EXTERNAL MODULE: ./src/util/digest.ts
var digest = __nccwpck_require__(6178);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/util/regular-file.ts
var regular_file = __nccwpck_require__(1215);
;// CONCATENATED MODULE: ./src/scan/read.ts






// Plain descriptors: FileHandle costs about twice as much per file, which shows over 100k files.
const openFile = (0,external_node_util_.promisify)(external_node_fs_.open);
const statFile = (0,external_node_util_.promisify)(external_node_fs_.fstat);
const readFile = (0,external_node_util_.promisify)(external_node_fs_.read);
const closeFile = (0,external_node_util_.promisify)(external_node_fs_.close);
/**
 * Reads a file (an absolute path with no symbolic links) and decides whether it can be indexed,
 * never throwing for the file's own problems: too large (by stat, then by what was read, as it may
 * have grown), empty, binary or unreadable.
 */
async function readFileContent(file, maxFileBytes) {
    let fd;
    try {
        // A path that became a link or a FIFO since it was listed is refused, not followed or waited on.
        fd = await openFile(file, regular_file/* REGULAR_FILE_FLAGS */.y5);
    }
    catch (error) {
        return failedRead(error);
    }
    let bytes;
    try {
        const stats = await statFile(fd);
        if (stats.isDirectory())
            return { reason: 'unreadable', detail: 'EISDIR' };
        if (!stats.isFile())
            return { reason: 'unreadable', detail: 'not a regular file' };
        if (stats.size > maxFileBytes)
            return { reason: 'too-large', detail: `${stats.size} bytes` };
        bytes = await readAtMost(fd, maxFileBytes + 1, stats.size);
    }
    catch (error) {
        return unreadable(error);
    }
    finally {
        await closeFile(fd);
    }
    if (bytes.length > maxFileBytes) {
        return { reason: 'too-large', detail: `over ${maxFileBytes} bytes` };
    }
    if (bytes.length === 0)
        return { reason: 'empty' };
    if (looksBinary(bytes))
        return { reason: 'binary' };
    const content = new TextDecoder('utf-8').decode(bytes);
    if (/^\s*$/.test(content))
        return { reason: 'empty' };
    return {
        bytes: bytes.length,
        sha256: (0,digest/* sha256Hex */.f)(bytes),
        gitBlob: (0,digest/* gitBlobId */.t)(bytes),
        content
    };
}
/** Up to `limit` bytes from the start of the file, reading past the expected size if it grew. */
async function readAtMost(fd, limit, expected) {
    let buffer = Buffer.allocUnsafe(Math.min(limit, expected + 1));
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            if (length >= limit)
                break;
            const grown = Buffer.allocUnsafe(Math.min(limit, 2 * length));
            buffer.copy(grown);
            buffer = grown;
        }
        const { bytesRead } = await readFile(fd, buffer, length, buffer.length - length, length);
        if (bytesRead === 0)
            break;
        length += bytesRead;
    }
    return buffer.subarray(0, length);
}
/** Why a file that could not be looked at is skipped: gone since it was listed, or unreadable. */
function failedRead(error) {
    return (0,errors/* errorCode */.C)(error) === 'ENOENT' ? { reason: 'vanished' } : unreadable(error);
}
function unreadable(error) {
    return { reason: 'unreadable', detail: (0,errors/* errorCode */.C)(error) };
}


/***/ }),

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zg: () => (/* binding */ DEFAULT_SEARCH_MODE),
  O7: () => (/* binding */ SEARCH_MODES),
  dk: () => (/* binding */ rankHybrid),
  Wv: () => (/* binding */ rankKeyword),
  PA: () => (/* binding */ rankSemantic)
});

;// CONCATENATED MODULE: ./src/serve/top-k.ts
/** Higher score first; equal scores in row order, so that rankings are deterministic. */
function beats(row, score, other) {
    return score > other.score || (score === other.score && row < other.row);
}
/** Keeps the k best of the rows offered to it, best first. */
class TopK {
    k;
    hits = [];
    constructor(k) {
        this.k = k;
        if (!Number.isInteger(k) || k < 0)
            throw new RangeError(`k must be an integer >= 0, got ${k}`);
    }
    offer(row, score) {
        const { hits, k } = this;
        // Most offers lose to the last hit kept: they are turned away before anything is allocated.
        if (hits.length === k && (k === 0 || !beats(row, score, hits[k - 1])))
            return;
        const hit = { row, score };
        let low = 0;
        let high = hits.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (beats(hits[mid].row, hits[mid].score, hit))
                low = mid + 1;
            else
                high = mid;
        }
        hits.splice(low, 0, hit);
        if (hits.length > k)
            hits.pop();
    }
}

;// CONCATENATED MODULE: ./src/serve/ranking.ts

const SEARCH_MODES = ['semantic', 'keyword', 'hybrid'];
/** What `query --mode` and the server's search default to. */
const DEFAULT_SEARCH_MODE = 'hybrid';
const RRF_K = 60;
/** How deep each ranking goes into the fusion: at least this many rows, or the hits asked for. */
const FUSION_DEPTH = 100;
function rankSemantic(scores, top, accept) {
    const best = new TopK(top);
    for (let row = 0; row < scores.length; row++)
        if (accept(row))
            best.offer(row, scores[row]);
    return best.hits;
}
function rankKeyword(match, top, accept) {
    const { rows, bm25, identifiers } = match;
    let max = 0;
    for (const row of rows)
        if (accept(row))
            max = Math.max(max, bm25[row]);
    const best = new TopK(top);
    for (const row of rows)
        if (accept(row))
            best.offer(row, identifiers[row] + bm25[row] / max);
    return best.hits;
}
function rankHybrid(scores, match, top, accept) {
    const depth = Math.max(FUSION_DEPTH, top);
    const fused = new Map();
    for (const ranking of [rankSemantic(scores, depth, accept), rankKeyword(match, depth, accept)]) {
        ranking.forEach(({ row }, i) => fused.set(row, (fused.get(row) ?? 0) + 1 / (RRF_K + i + 1)));
    }
    const scale = (RRF_K + 1) / 2;
    const best = new TopK(top);
    for (const [row, sum] of fused)
        best.offer(row, match.identifiers[row] + sum * scale);
    return best.hits;
}


/***/ }),

/***/ 6178:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex),
/* harmony export */   t: () => (/* binding */ gitBlobId)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
/** What `git hash-object` gives for a file of these bytes: SHA-1 of "blob <size>\0" and them. */
function gitBlobId(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 6715:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ writeFileDurably),
/* harmony export */   db: () => (/* binding */ replaceViaTemp),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   ty: () => (/* binding */ syncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** File-system steps that survive a crash or power loss once they return. */



async function writeFileDurably(file, bytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'w');
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
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
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
async function replaceViaTemp(target, write) {
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await write(temp);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
    }
}
/** writeFileDurably, through replaceViaTemp. */
function writeFileAtomically(target, bytes) {
    return replaceViaTemp(target, temp => writeFileDurably(temp, bytes));
}


/***/ }),

/***/ 1952:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ entryFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);


/**
 * An entry that goes with the running code. Bundled (dist/index.js, dist/cli.js), this module's
 * code is inside the bundle and the entry is its own bundle beside it: dist/<name>.js. Unbundled,
 * this module is util/entries.* and the entries sit one folder up: lib/<name>.js in the npm
 * package (compiled by tsc), or src/<name>.ts when the source tree runs under tsx (the tests,
 * `npm run` scripts).
 */
function entryFile(name) {
    // Not `new URL('./worker.js', import.meta.url)`: the bundler would try to resolve that at build
    // time, and the entries are separate bundles that exist only in dist/.
    const here = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url);
    if (here.endsWith('.ts'))
        return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(here), '..', `${name}.ts`), source: true };
    const bundled = !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(here).startsWith('entries.');
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(here), bundled ? '.' : '..', `${name}.js`), source: false };
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ errorCode),
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The message of anything thrown, for one-line reports (an Error of any realm has one). */
function errorMessage(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** The errno code of a file-system error (ENOENT, EACCES, ...), else the message. */
function errorCode(error) {
    return error?.code ?? errorMessage(error);
}


/***/ }),

/***/ 4976:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readJsonFile),
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17);


/**
 * JSON.parse with an error that names where the text came from (`where`: a file, a line) and at
 * most the position of the problem: never the text itself, which may be anything (a token).
 */
function parseJson(text, where, Failure = Error) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const position = /at position (\d+)/.exec((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error))?.[1];
        const at = position === undefined ? '' : ` at position ${position}`;
        // No cause: JSON.parse's own message quotes the text.
        throw new Failure(`${where}: not valid JSON${at}`);
    }
}
/** A JSON file's value; errors name the file and say whether it is missing, unreadable or not JSON. */
async function readJsonFile(path, Failure = Error) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .C)(error);
        throw new Failure(`${path}: ${code === 'ENOENT' ? 'missing' : `cannot be read (${code})`}`, {
            cause: error
        });
    }
    return parseJson(text, path, Failure);
}


/***/ }),

/***/ 1215:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   y5: () => (/* binding */ REGULAR_FILE_FLAGS)
/* harmony export */ });
/* unused harmony export NotRegularFileError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Flags to open a file that must be a plain file: a symbolic link is refused (O_NOFOLLOW: ELOOP)
 * and a FIFO does not block the open (O_NONBLOCK), so fstat can reject it. Neither flag exists on
 * Windows, where 0 leaves them out.
 */
const REGULAR_FILE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** A read that found something other than a regular file where one should be. */
class NotRegularFileError extends Error {
    code = 'ENOTREG';
}
/**
 * The bytes of `path`, which must be a regular file itself: never a symbolic link, a FIFO, a
 * device or a folder. Errors carry the errno code (ENOENT, ELOOP for a link, ...) or ENOTREG.
 */
async function readRegularFile(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, REGULAR_FILE_FLAGS);
    try {
        if (!(await handle.stat()).isFile()) {
            throw new NotRegularFileError(`${path} is not a regular file`);
        }
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool version recorded in every manifest; a test keeps it equal to package.json's. */
const TOOL_VERSION = '1.0.0';


/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9786:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/promises");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3281:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/* eslint-disable no-var */

var reusify = __nccwpck_require__(844)

function fastqueue (context, worker, _concurrency) {
  if (typeof context === 'function') {
    _concurrency = worker
    worker = context
    context = null
  }

  if (!(_concurrency >= 1)) {
    throw new Error('fastqueue concurrency must be equal to or greater than 1')
  }

  var cache = reusify(Task)
  var queueHead = null
  var queueTail = null
  var _running = 0
  var errorHandler = null

  var self = {
    push: push,
    drain: noop,
    saturated: noop,
    pause: pause,
    paused: false,

    get concurrency () {
      return _concurrency
    },
    set concurrency (value) {
      if (!(value >= 1)) {
        throw new Error('fastqueue concurrency must be equal to or greater than 1')
      }
      _concurrency = value

      if (self.paused) return
      for (; queueHead && _running < _concurrency;) {
        _running++
        release()
      }
    },

    running: running,
    resume: resume,
    idle: idle,
    length: length,
    getQueue: getQueue,
    unshift: unshift,
    empty: noop,
    kill: kill,
    killAndDrain: killAndDrain,
    error: error,
    abort: abort
  }

  return self

  function running () {
    return _running
  }

  function pause () {
    self.paused = true
  }

  function length () {
    var current = queueHead
    var counter = 0

    while (current) {
      current = current.next
      counter++
    }

    return counter
  }

  function getQueue () {
    var current = queueHead
    var tasks = []

    while (current) {
      tasks.push(current.value)
      current = current.next
    }

    return tasks
  }

  function resume () {
    if (!self.paused) return
    self.paused = false
    if (queueHead === null) {
      _running++
      release()
      return
    }
    for (; queueHead && _running < _concurrency;) {
      _running++
      release()
    }
  }

  function idle () {
    return _running === 0 && self.length() === 0
  }

  function push (value, done) {
    var current = cache.get()

    current.context = context
    current.release = release
    current.value = value
    current.callback = done || noop
    current.errorHandler = errorHandler

    if (_running >= _concurrency || self.paused) {
      if (queueTail) {
        queueTail.next = current
        queueTail = current
      } else {
        queueHead = current
        queueTail = current
        self.saturated()
      }
    } else {
      _running++
      worker.call(context, current.value, current.worked)
    }
  }

  function unshift (value, done) {
    var current = cache.get()

    current.context = context
    current.release = release
    current.value = value
    current.callback = done || noop
    current.errorHandler = errorHandler

    if (_running >= _concurrency || self.paused) {
      if (queueHead) {
        current.next = queueHead
        queueHead = current
      } else {
        queueHead = current
        queueTail = current
        self.saturated()
      }
    } else {
      _running++
      worker.call(context, current.value, current.worked)
    }
  }

  function release (holder) {
    if (holder) {
      cache.release(holder)
    }
    var next = queueHead
    if (next && _running <= _concurrency) {
      if (!self.paused) {
        if (queueTail === queueHead) {
          queueTail = null
        }
        queueHead = next.next
        next.next = null
        worker.call(context, next.value, next.worked)
        if (queueTail === null) {
          self.empty()
        }
      } else {
        _running--
      }
    } else if (--_running === 0) {
      self.drain()
    }
  }

  function kill () {
    queueHead = null
    queueTail = null
    self.drain = noop
  }

  function killAndDrain () {
    queueHead = null
    queueTail = null
    self.drain()
    self.drain = noop
  }

  function abort () {
    var current = queueHead
    queueHead = null
    queueTail = null

    while (current) {
      var next = current.next
      var callback = current.callback
      var errorHandler = current.errorHandler
      var val = current.value
      var context = current.context

      // Reset the task state
      current.value = null
      current.callback = noop
      current.errorHandler = null
      current.next = null

      // Call error handler if present
      if (errorHandler) {
        errorHandler(new Error('abort'), val)
      }

      // Call callback with error
      callback.call(context, new Error('abort'))

      // This task was queued, so return it to the pool without updating
      // the running worker count.
      cache.release(current)

      current = next
    }

    self.drain = noop
  }

  function error (handler) {
    errorHandler = handler
  }
}

function noop () {}

function Task () {
  this.value = null
  this.callback = noop
  this.next = null
  this.release = noop
  this.context = null
  this.errorHandler = null

  var self = this

  this.worked = function worked (err, result) {
    var callback = self.callback
    var errorHandler = self.errorHandler
    var val = self.value
    self.value = null
    self.callback = noop
    if (self.errorHandler) {
      errorHandler(err, val)
    }
    callback.call(self.context, err, result)
    self.release(self)
  }
}

function queueAsPromised (context, worker, _concurrency) {
  if (typeof context === 'function') {
    _concurrency = worker
    worker = context
    context = null
  }

  function asyncWrapper (arg, cb) {
    worker.call(this, arg)
      .then(function (res) {
        cb(null, res)
      }, cb)
  }

  var queue = fastqueue(context, asyncWrapper, _concurrency)

  var pushCb = queue.push
  var unshiftCb = queue.unshift

  queue.push = push
  queue.unshift = unshift
  queue.drained = drained

  return queue

  function push (value) {
    var p = new Promise(function (resolve, reject) {
      pushCb(value, function (err, result) {
        if (err) {
          reject(err)
          return
        }
        resolve(result)
      })
    })

    // Let's fork the promise chain to
    // make the error bubble up to the user but
    // not lead to a unhandledRejection
    p.catch(noop)

    return p
  }

  function unshift (value) {
    var p = new Promise(function (resolve, reject) {
      unshiftCb(value, function (err, result) {
        if (err) {
          reject(err)
          return
        }
        resolve(result)
      })
    })

    // Let's fork the promise chain to
    // make the error bubble up to the user but
    // not lead to a unhandledRejection
    p.catch(noop)

    return p
  }

  function drained () {
    var p = new Promise(function (resolve) {
      process.nextTick(function () {
        if (queue.idle()) {
          resolve()
        } else {
          var previousDrain = queue.drain
          queue.drain = function () {
            if (typeof previousDrain === 'function') previousDrain()
            resolve()
            queue.drain = previousDrain
          }
        }
      })
    })

    return p
  }
}

module.exports = fastqueue
module.exports.promise = queueAsPromised


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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ 		return "" + chunkId + ".cli.js";
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var out = __nccwpck_require__(5648);
var out_default = /*#__PURE__*/__nccwpck_require__.n(out);
// EXTERNAL MODULE: ./src/artifact/compat.ts
var compat = __nccwpck_require__(4694);
;// CONCATENATED MODULE: ./src/artifact/errors.ts
/**
 * Any problem with an index on disk or an index about to be written. The message is one line
 * that names the file (or folder) and the problem, fit to show a user as is.
 */
class errors_IndexError extends Error {
    name = 'IndexError';
}

;// CONCATENATED MODULE: ./src/artifact/paths.ts
/**
 * Why a path may not appear in an index, or null when it may. Indexes can come from a cache or
 * from another job, so a path must never be able to point outside the repository once joined to
 * its root, nor have two spellings (which would defeat duplicate and overlap checks).
 */
function pathProblem(path) {
    if (path.includes('\\'))
        return 'contains a backslash';
    if (/^[A-Za-z]:/.test(path))
        return 'starts with a drive letter';
    return skippedPathProblem(path);
}
/**
 * Why a path may not appear in an index's list of skipped files, or null when it may. Nothing
 * ever opens a skipped path, so a name no index can hold (a backslash, a drive-letter prefix) is
 * listed there as the scan shows it; one path still has one spelling.
 */
function skippedPathProblem(path) {
    if (path === '')
        return 'is empty';
    if (path.includes('\0'))
        return 'contains NUL';
    if (path.startsWith('/'))
        return 'is absolute';
    for (const segment of path.split('/')) {
        if (segment === '')
            return 'has an empty segment';
        if (segment === '.' || segment === '..')
            return `has a '${segment}' segment`;
    }
    return null;
}
/** Code-unit order, the canonical order of paths in an index. */
function paths_comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/artifact/format.ts
var artifact_format = __nccwpck_require__(2027);
// EXTERNAL MODULE: ./src/util/digest.ts
var digest = __nccwpck_require__(6178);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/util/json.ts
var json = __nccwpck_require__(4976);
// EXTERNAL MODULE: ./src/util/regular-file.ts
var regular_file = __nccwpck_require__(1215);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/artifact/npy.ts
/**
 * NPY 1.0 encoding of a 2-D little-endian float32 matrix, byte for byte what numpy's `np.save`
 * writes (header dict, the spaces it reserves for the row count to grow, padding so the data
 * starts at a multiple of 64 bytes, then '\n').
 */


const MAGIC = Buffer.from([0x93, ...Buffer.from('NUMPY'), 1, 0]);
const PREAMBLE_BYTES = MAGIC.length + 2; // magic, version, uint16 header length
const ALIGN = 64;
const GROWTH_DIGITS = 21; // numpy's GROWTH_AXIS_MAX_DIGITS
const HEADER = /^\{'descr': '<f4', 'fortran_order': False, 'shape': \((\d+), (\d+)\), \} *\n$/;
function encodeNpy({ rows, cols, data }) {
    if (data.length !== rows * cols) {
        throw new RangeError(`npy: ${data.length} values do not make a ${rows}×${cols} matrix`);
    }
    const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': (${rows}, ${cols}), }`;
    const header = dict + ' '.repeat(GROWTH_DIGITS - String(rows).length);
    // numpy pads with 1..64 spaces (a full 64 when already aligned), then the '\n'.
    const padding = ALIGN - ((PREAMBLE_BYTES + header.length + 1) % ALIGN);
    const text = Buffer.from(header + ' '.repeat(padding) + '\n', 'latin1');
    const length = Buffer.alloc(2);
    length.writeUInt16LE(text.length);
    const body = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if ((0,external_node_os_namespaceObject.endianness)() === 'BE')
        return Buffer.concat([MAGIC, length, text, Buffer.from(body).swap32()]);
    return Buffer.concat([MAGIC, length, text, body]);
}
/** Decodes what encodeNpy writes (or np.save of a 2-D '<f4' array); `name` labels errors. */
function decodeNpy(bytes, name) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.length < PREAMBLE_BYTES || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) {
        throw new errors_IndexError(`${name}: not an NPY 1.0 file`);
    }
    const dataStart = PREAMBLE_BYTES + buffer.readUInt16LE(MAGIC.length);
    if (dataStart > buffer.length)
        throw new errors_IndexError(`${name}: header is truncated`);
    const match = HEADER.exec(buffer.toString('latin1', PREAMBLE_BYTES, dataStart));
    if (match === null) {
        throw new errors_IndexError(`${name}: header is not that of a 2-D little-endian float32 C-order array`);
    }
    const [rows, cols] = [Number(match[1]), Number(match[2])];
    const dataBytes = buffer.length - dataStart;
    if (dataBytes !== rows * cols * 4) {
        throw new errors_IndexError(`${name}: shape (${rows}, ${cols}) needs ${rows * cols * 4} data bytes, found ${dataBytes}`);
    }
    // A view on the bytes read when they sit at a 4-byte aligned offset (the header pads the data
    // to 64 bytes, and a file read whole starts its own buffer): no copy of a large index.
    const offset = buffer.byteOffset + dataStart;
    if ((0,external_node_os_namespaceObject.endianness)() === 'LE' && offset % 4 === 0) {
        return { rows, cols, data: new Float32Array(buffer.buffer, offset, rows * cols) };
    }
    const data = new Float32Array(rows * cols);
    const dataView = Buffer.from(data.buffer);
    buffer.copy(dataView, 0, dataStart);
    if ((0,external_node_os_namespaceObject.endianness)() === 'BE')
        dataView.swap32();
    return { rows, cols, data };
}

;// CONCATENATED MODULE: ./src/artifact/rules.ts
/**
 * The rules that tie an index's parts together (beyond each part's shape): canonical order,
 * file entries that partition the rows, and a vector for every row. Writers and readers run the
 * same checks, so whatever writeIndex accepts readIndex accepts too.
 */


/** `label(file)` names one of the index's files in error messages. */
function checkContents(manifest, rows, vectorValues, label) {
    const fail = (file, problem) => {
        throw new errors_IndexError(`${label(file)}: ${problem}`);
    };
    checkSorted(manifest.files, 'files', problem => fail(artifact_format/* MANIFEST_FILE */.h1, problem));
    checkSorted(manifest.skipped, 'skipped', problem => fail(artifact_format/* MANIFEST_FILE */.h1, problem));
    const indexed = new Set(manifest.files.map(file => file.path));
    for (const skip of manifest.skipped) {
        if (indexed.has(skip.path)) {
            fail(artifact_format/* MANIFEST_FILE */.h1, `${JSON.stringify(skip.path)} is both in files and in skipped`);
        }
    }
    let next = 0;
    manifest.files.forEach((file, i) => {
        if (file.first_row !== next) {
            fail(artifact_format/* MANIFEST_FILE */.h1, `files[${i}].first_row is ${file.first_row}, expected ${next}`);
        }
        const end = file.first_row + file.rows;
        if (end > rows.length) {
            fail(artifact_format/* CHUNKS_FILE */.cU, `has ${rows.length} rows but files[${i}] ends at row ${end}`);
        }
        for (let row = file.first_row; row < end; row++) {
            if (rows[row].path !== file.path) {
                fail(artifact_format/* CHUNKS_FILE */.cU, `row ${row} has path ${JSON.stringify(rows[row].path)}, expected ${JSON.stringify(file.path)} (files[${i}])`);
            }
            if (row > file.first_row && rows[row].start_line < rows[row - 1].start_line) {
                fail(artifact_format/* CHUNKS_FILE */.cU, `row ${row} starts before the row above it (rows must be in canonical order)`);
            }
        }
        next = end;
    });
    if (next !== rows.length) {
        fail(artifact_format/* CHUNKS_FILE */.cU, `has ${rows.length} rows but the file entries cover ${next}`);
    }
    const dimension = manifest.model.dimension;
    if (vectorValues !== rows.length * dimension) {
        fail(artifact_format/* VECTORS_FILE */.IU, `holds ${vectorValues} values, expected ${rows.length} rows × ${dimension}`);
    }
}
function checkSorted(entries, list, fail) {
    for (let i = 1; i < entries.length; i++) {
        const [before, path] = [entries[i - 1].path, entries[i].path];
        if (path === before)
            fail(`${list}[${i}].path ${JSON.stringify(path)} is listed twice`);
        if (path < before) {
            fail(`${list}[${i}].path ${JSON.stringify(path)} is out of order (after ${JSON.stringify(before)})`);
        }
    }
}
/**
 * Why the rows of `vectors` are not unit vectors (|‖v‖ − 1| ≤ 1e-3, which NaN never is), or
 * null when they all are.
 */
function unitNormProblem(vectors, dimension) {
    for (let row = 0; row * dimension < vectors.length; row++) {
        let sum = 0;
        for (let i = row * dimension; i < (row + 1) * dimension; i++)
            sum += vectors[i] * vectors[i];
        const norm = Math.sqrt(sum);
        if (!(Math.abs(norm - 1) <= 1e-3))
            return `row ${row} has norm ${norm}, expected 1`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/artifact/shape.ts



const SHA256_HEX = /^[0-9a-f]{64}$/;
const COMMIT_HEX = /^[0-9a-f]{40}$/;
const DTYPES = ['fp32', 'q8'];
class ShapeCheck {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(where, problem) {
        throw new errors_IndexError(`${this.file}: ${where} ${problem}`);
    }
    object(value, where, keys) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            this.fail(where, 'must be an object');
        }
        const fields = value;
        for (const key of Object.keys(fields)) {
            if (!keys.includes(key)) {
                this.fail(where, `has unknown key ${JSON.stringify(key)}`);
            }
        }
        for (const key of keys)
            if (!Object.hasOwn(fields, key))
                this.fail(where, `lacks ${key}`);
        return fields;
    }
    array(fields, key, where) {
        const value = fields[key];
        if (!Array.isArray(value))
            this.fail(`${where}.${key}`, 'must be an array');
        return value;
    }
    string(fields, key, where) {
        const value = fields[key];
        if (typeof value !== 'string')
            this.fail(`${where}.${key}`, 'must be a string');
        return value;
    }
    nonEmptyString(fields, key, where) {
        const value = this.string(fields, key, where);
        if (value === '')
            this.fail(`${where}.${key}`, 'must not be empty');
        return value;
    }
    boolean(fields, key, where) {
        const value = fields[key];
        if (typeof value !== 'boolean')
            this.fail(`${where}.${key}`, 'must be true or false');
        return value;
    }
    integer(fields, key, where, min) {
        const value = fields[key];
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
            this.fail(`${where}.${key}`, `must be an integer >= ${min}`);
        }
        return value;
    }
    /** A git object id: 40 lowercase hex digits. */
    objectId(fields, key, where) {
        const value = fields[key];
        if (typeof value !== 'string' || !COMMIT_HEX.test(value)) {
            this.fail(`${where}.${key}`, 'must be a 40-digit lowercase hex git object id');
        }
        return value;
    }
    sha256(fields, key, where) {
        const value = fields[key];
        if (typeof value !== 'string' || !SHA256_HEX.test(value)) {
            this.fail(`${where}.${key}`, 'must be a lowercase hex SHA-256');
        }
        return value;
    }
    path(fields, where, problemOf = pathProblem) {
        const path = this.string(fields, 'path', where);
        const problem = problemOf(path);
        if (problem !== null)
            this.fail(`${where}.path`, `${JSON.stringify(path)} ${problem}`);
        return path;
    }
}
/** Checks a parsed manifest.json; `file` names it in errors. */
function parseManifest(value, file) {
    const check = new ShapeCheck(file);
    // The version comes first so that another version is reported as such, not as a shape problem.
    const format = value?.format;
    if (format !== artifact_format/* FORMAT_VERSION */.Hp) {
        // Only a version is named: the file may be anything, and its content is not echoed.
        const named = typeof format === 'string' && /^embed-index\/\d+$/.test(format);
        check.fail('format', `is ${named ? JSON.stringify(format) : 'not an embed-index format'}, expected ${JSON.stringify(artifact_format/* FORMAT_VERSION */.Hp)}`);
    }
    const root = check.object(value, 'manifest', [
        'format',
        'tool',
        'model',
        'recipe',
        'chunking',
        'store_text',
        'shard',
        'commit',
        'counts',
        'files',
        'skipped',
        'checksums'
    ]);
    const tool = check.object(root.tool, 'tool', ['name', 'version']);
    if (tool.name !== artifact_format/* TOOL_NAME */.lH)
        check.fail('tool.name', `must be ${JSON.stringify(artifact_format/* TOOL_NAME */.lH)}`);
    const model = check.object(root.model, 'model', [
        'id',
        'revision',
        'commit',
        'dtype',
        'dimension'
    ]);
    if (!DTYPES.includes(model.dtype)) {
        check.fail('model.dtype', `must be one of ${DTYPES.join(', ')}`);
    }
    const chunking = check.object(root.chunking, 'chunking', ['chunker', 'max_tokens']);
    const counts = check.object(root.counts, 'counts', ['files', 'chunks', 'skipped']);
    const checksums = check.object(root.checksums, 'checksums', [artifact_format/* CHUNKS_FILE */.cU, artifact_format/* VECTORS_FILE */.IU]);
    return {
        format: artifact_format/* FORMAT_VERSION */.Hp,
        tool: { name: artifact_format/* TOOL_NAME */.lH, version: check.nonEmptyString(tool, 'version', 'tool') },
        model: {
            id: check.nonEmptyString(model, 'id', 'model'),
            revision: check.nonEmptyString(model, 'revision', 'model'),
            commit: model.commit === null ? null : check.objectId(model, 'commit', 'model'),
            dtype: model.dtype,
            dimension: check.integer(model, 'dimension', 'model', 1)
        },
        recipe: check.nonEmptyString(root, 'recipe', 'manifest'),
        chunking: {
            chunker: check.nonEmptyString(chunking, 'chunker', 'chunking'),
            max_tokens: check.integer(chunking, 'max_tokens', 'chunking', 1)
        },
        store_text: check.boolean(root, 'store_text', 'manifest'),
        shard: root.shard === null ? null : checkShard(check, root.shard),
        commit: root.commit === null ? null : check.objectId(root, 'commit', 'manifest'),
        counts: {
            files: check.integer(counts, 'files', 'counts', 0),
            chunks: check.integer(counts, 'chunks', 'counts', 0),
            skipped: check.integer(counts, 'skipped', 'counts', 0)
        },
        files: check.array(root, 'files', 'manifest').map((entry, i) => parseFile(check, entry, i)),
        skipped: check.array(root, 'skipped', 'manifest').map((entry, i) => parseSkip(check, entry, i)),
        checksums: {
            [artifact_format/* CHUNKS_FILE */.cU]: check.sha256(checksums, artifact_format/* CHUNKS_FILE */.cU, 'checksums'),
            [artifact_format/* VECTORS_FILE */.IU]: check.sha256(checksums, artifact_format/* VECTORS_FILE */.IU, 'checksums')
        }
    };
}
function checkShard(check, value) {
    const shard = check.object(value, 'shard', ['number', 'count']);
    const number = check.integer(shard, 'number', 'shard', 1);
    const count = check.integer(shard, 'count', 'shard', 1);
    if (number > count)
        check.fail('shard', `number ${number} is above count ${count}`);
    return { number, count };
}
function parseFile(check, value, i) {
    const where = `files[${i}]`;
    const entry = check.object(value, where, [
        'path',
        'sha256',
        'bytes',
        'git_blob',
        'first_row',
        'rows'
    ]);
    return {
        path: check.path(entry, where),
        sha256: check.sha256(entry, 'sha256', where),
        bytes: check.integer(entry, 'bytes', where, 0),
        git_blob: check.objectId(entry, 'git_blob', where),
        first_row: check.integer(entry, 'first_row', where, 0),
        rows: check.integer(entry, 'rows', where, 0)
    };
}
function parseSkip(check, value, i) {
    const where = `skipped[${i}]`;
    const entry = check.object(value, where, ['path', 'reason']);
    return {
        path: check.path(entry, where, skippedPathProblem),
        reason: check.nonEmptyString(entry, 'reason', where)
    };
}
/** Checks one parsed chunks.jsonl row; `where` says which (e.g. 'line 3'). */
function parseChunkRow(value, storeText, file, where) {
    const check = new ShapeCheck(file);
    const hasSymbol = typeof value === 'object' && value !== null && Object.hasOwn(value, 'symbol');
    const fields = check.object(value, where, [
        'path',
        'start_line',
        'end_line',
        'tokens',
        'sha256',
        'language',
        ...(hasSymbol ? ['symbol'] : []),
        ...(storeText ? ['text'] : [])
    ]);
    const row = {
        path: check.path(fields, where),
        start_line: check.integer(fields, 'start_line', where, 1),
        end_line: check.integer(fields, 'end_line', where, 1),
        tokens: check.integer(fields, 'tokens', where, 0),
        sha256: check.sha256(fields, 'sha256', where),
        language: fields.language === null ? null : check.nonEmptyString(fields, 'language', where)
    };
    if (row.end_line < row.start_line)
        check.fail(where, 'ends before it starts');
    if (hasSymbol) {
        const symbol = check.object(fields.symbol, `${where}.symbol`, ['path', 'kind']);
        row.symbol = {
            path: check.nonEmptyString(symbol, 'path', `${where}.symbol`),
            kind: check.nonEmptyString(symbol, 'kind', `${where}.symbol`)
        };
    }
    if (storeText)
        row.text = check.string(fields, 'text', where);
    return row;
}

;// CONCATENATED MODULE: ./src/artifact/read.ts
/**
 * Reads and fully checks an index. Indexes come from caches and from other jobs' artifacts, so
 * nothing is trusted: the format version, every JSON shape, both checksums, row and column
 * counts, the file entries against the rows, canonical order and path safety.
 */










/**
 * The index in `dir`: its own files, or, when a writer was killed while swapping them (they do not
 * form a whole index then), the old index it kept in PREV_DIR. Throws IndexError naming the
 * problem with the folder's own files when neither is whole.
 */
async function readIndex(dir) {
    try {
        return await readIndexFiles(dir);
    }
    catch (error) {
        if (!(error instanceof errors_IndexError))
            throw error;
        return readIndexFiles((0,external_node_path_.join)(dir, artifact_format/* PREV_DIR */.qM)).catch(() => {
            throw error;
        });
    }
}
/** The index made of exactly the files in `dir`. */
async function readIndexFiles(dir) {
    const manifestPath = (0,external_node_path_.join)(dir, artifact_format/* MANIFEST_FILE */.h1);
    const manifest = parseManifest((0,json/* parseJson */.q)((await readPart(manifestPath)).toString('utf8'), manifestPath, errors_IndexError), manifestPath);
    const chunksPath = (0,external_node_path_.join)(dir, artifact_format/* CHUNKS_FILE */.cU);
    const vectorsPath = (0,external_node_path_.join)(dir, artifact_format/* VECTORS_FILE */.IU);
    const chunkBytes = await readPart(chunksPath);
    const vectorBytes = await readPart(vectorsPath);
    checkChecksum(chunksPath, chunkBytes, manifest.checksums[artifact_format/* CHUNKS_FILE */.cU]);
    checkChecksum(vectorsPath, vectorBytes, manifest.checksums[artifact_format/* VECTORS_FILE */.IU]);
    const rows = parseChunks(chunkBytes.toString('utf8'), manifest.store_text, chunksPath);
    const vectors = decodeNpy(vectorBytes, vectorsPath);
    const dimension = manifest.model.dimension;
    if (vectors.cols !== dimension) {
        throw new errors_IndexError(`${vectorsPath}: has ${vectors.cols} columns, but model.dimension is ${dimension}`);
    }
    if (vectors.rows !== rows.length) {
        throw new errors_IndexError(`${vectorsPath}: has ${vectors.rows} rows, but ${artifact_format/* CHUNKS_FILE */.cU} has ${rows.length}`);
    }
    checkCounts(manifest, rows.length, manifestPath);
    checkContents(manifest, rows, vectors.data.length, file => (0,external_node_path_.join)(dir, file));
    return { manifest, rows, vectors: vectors.data };
}
const READ_PROBLEMS = {
    ENOENT: 'missing',
    ELOOP: 'is a symbolic link; index files must be regular files',
    ENOTREG: 'is not a regular file'
};
/** An index file's bytes: a regular file only (no link, FIFO or device), never echoed in errors. */
async function readPart(path) {
    try {
        return await (0,regular_file/* readRegularFile */.XF)(path);
    }
    catch (error) {
        const code = (0,errors/* errorCode */.C)(error);
        throw new errors_IndexError(`${path}: ${READ_PROBLEMS[code] ?? `cannot be read (${code})`}`, {
            cause: error
        });
    }
}
function checkChecksum(path, bytes, expected) {
    const actual = (0,digest/* sha256Hex */.f)(bytes);
    if (actual !== expected) {
        throw new errors_IndexError(`${path}: checksum mismatch (sha256 ${actual}, manifest says ${expected})`);
    }
}
function parseChunks(text, storeText, path) {
    if (text === '')
        return [];
    if (!text.endsWith('\n'))
        throw new errors_IndexError(`${path}: last line is not terminated (truncated?)`);
    return text
        .slice(0, -1)
        .split('\n')
        .map((line, i) => {
        const where = `line ${i + 1}`;
        return parseChunkRow((0,json/* parseJson */.q)(line, `${path}: ${where}`, errors_IndexError), storeText, path, where);
    });
}
function checkCounts(manifest, rows, path) {
    const { counts } = manifest;
    const actual = { files: manifest.files.length, chunks: rows, skipped: manifest.skipped.length };
    for (const key of ['files', 'chunks', 'skipped']) {
        if (counts[key] !== actual[key]) {
            throw new errors_IndexError(`${path}: counts.${key} is ${counts[key]}, but there are ${actual[key]}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/artifact/verify.ts





/** readIndex, and every vector a unit vector; throws IndexError otherwise. */
async function readVerifiedIndex(dir) {
    const index = await readIndex(dir);
    const problem = unitNormProblem(index.vectors, index.manifest.model.dimension);
    if (problem !== null)
        throw new errors_IndexError(`${(0,external_node_path_.join)(dir, artifact_format/* VECTORS_FILE */.IU)}: ${problem}`);
    return index;
}
async function verifyIndex(dir) {
    try {
        const index = await readVerifiedIndex(dir);
        return { ok: true, chunks: index.rows.length, files: index.manifest.files.length };
    }
    catch (error) {
        if (error instanceof errors_IndexError)
            return { ok: false, reason: error.message };
        throw error;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/util/durable.ts
var durable = __nccwpck_require__(6715);
;// CONCATENATED MODULE: ./src/util/folders.ts



/**
 * Makes `dir` and the folders above it that are missing, one mkdir each from the nearest existing
 * one, so every failure is reported at once (fs.mkdir's recursive mode loops forever where a
 * folder can never be made, as under /proc). Returns the first folder made, if any.
 */
async function makeFolders(dir) {
    const missing = [];
    let at = external_node_path_default().resolve(dir);
    for (;;) {
        const exists = await (0,promises_.lstat)(at).then(stats => stats, (error) => {
            if ((0,errors/* errorCode */.C)(error) !== 'ENOENT')
                throw error;
            return undefined;
        });
        if (exists !== undefined)
            break;
        missing.unshift(at);
        const parent = external_node_path_default().dirname(at);
        if (parent === at)
            break;
        at = parent;
    }
    for (const folder of missing)
        await (0,promises_.mkdir)(folder);
    return missing[0];
}
/**
 * The real path `target` has or would have: symbolic links resolved in its nearest existing
 * ancestor, the missing rest appended as it is.
 */
async function realPathOf(target) {
    let at = external_node_path_default().resolve(target);
    const rest = [];
    for (;;) {
        try {
            return external_node_path_default().join(await (0,promises_.realpath)(at), ...rest);
        }
        catch (error) {
            const parent = external_node_path_default().dirname(at);
            if (!['ENOENT', 'ENOTDIR'].includes((0,errors/* errorCode */.C)(error)) || parent === at)
                throw error;
            rest.unshift(external_node_path_default().basename(at));
            at = parent;
        }
    }
}
/** Whether `inner` is `outer` or lies below it (absolute paths, compared by whole segments). */
function isWithin(inner, outer) {
    const relative = external_node_path_default().relative(outer, inner);
    return (relative === '' ||
        (!relative.startsWith(`..${(external_node_path_default()).sep}`) && relative !== '..' && !external_node_path_default().isAbsolute(relative)));
}

;// CONCATENATED MODULE: ./src/artifact/write.ts
/**
 * Writes an index into a folder so that, once the folder held an index, it holds a whole one at
 * every instant: the old one until the new one is complete in place (see format.ts for the
 * protocol, and ./read.ts for how readers follow it). One writer per folder at a time. A folder
 * that holds anything else than an index is refused, never overwritten.
 */














/** The files of an index, the manifest last: the order in which they are swapped in. */
const INDEX_FILES = [artifact_format/* CHUNKS_FILE */.cU, artifact_format/* VECTORS_FILE */.IU, artifact_format/* MANIFEST_FILE */.h1];
/**
 * Names a writer leaves only when killed: its own scratch entries (the swap folders, the
 * writability probe, the staging folders of format 1) and atomic-write temporaries of stats.json.
 */
const LEFTOVER = /^\.embed-index-|^\.stats\.json\..*\.tmp$/;
/** Returns the manifest as written (with counts and checksums). */
async function writeIndex(outDir, index) {
    const { manifest, steps } = planIndexWrite(outDir, index);
    await checkIndexFolder(outDir);
    try {
        await makeFolders(outDir);
        for (const step of steps)
            await step.run();
    }
    catch (error) {
        throw new errors_IndexError(`cannot write index to ${outDir}: ${(0,errors/* errorMessage */.g)(error)}`, {
            cause: error
        });
    }
    return manifest;
}
/**
 * The manifest to write and the steps that write it, in order. Only writeIndex and the test that
 * kills a writer between every two steps run them.
 */
function planIndexWrite(outDir, index) {
    const artifact = buildArtifact(outDir, index);
    const next = (0,external_node_path_.join)(outDir, artifact_format/* NEXT_DIR */.GA);
    const files = new Map([...artifact.dataFiles, [artifact_format/* MANIFEST_FILE */.h1, artifact.manifestBytes]]);
    return {
        manifest: artifact.manifest,
        steps: [
            { name: 'finish an interrupted write', run: () => finishInterrupted(outDir) },
            {
                name: `stage the new index in ${artifact_format/* NEXT_DIR */.GA}`,
                run: async () => {
                    await (0,promises_.mkdir)(next);
                    for (const [name, bytes] of files)
                        await (0,durable/* writeFileDurably */.L5)((0,external_node_path_.join)(next, name), bytes);
                    await (0,durable/* syncDir */.ty)(next);
                }
            },
            { name: `keep the old index in ${artifact_format/* PREV_DIR */.qM}`, run: () => keepOldIndex(outDir) },
            {
                name: `drop the old ${artifact_format/* STATS_FILE */.RJ}`,
                run: () => (0,promises_.rm)((0,external_node_path_.join)(outDir, artifact_format/* STATS_FILE */.RJ), { force: true })
            },
            ...INDEX_FILES.map(name => ({
                name: `move the new ${name} in`,
                run: async () => {
                    await (0,promises_.rename)((0,external_node_path_.join)(next, name), (0,external_node_path_.join)(outDir, name));
                    if (name === artifact_format/* MANIFEST_FILE */.h1)
                        await (0,durable/* syncDir */.ty)(outDir);
                }
            })),
            {
                name: `drop ${artifact_format/* PREV_DIR */.qM} and ${artifact_format/* NEXT_DIR */.GA}`,
                run: async () => {
                    await (0,promises_.rm)((0,external_node_path_.join)(outDir, artifact_format/* PREV_DIR */.qM), { recursive: true, force: true });
                    await (0,promises_.rm)(next, { recursive: true, force: true });
                    await (0,durable/* syncDir */.ty)(outDir);
                }
            }
        ]
    };
}
/**
 * Refuses a folder the index must not be written into: a symbolic link, something other than a
 * folder, or a folder holding anything but an embed-index index (and a killed writer's leftovers),
 * so that a mistaken output setting never overwrites a project's own files.
 */
async function checkIndexFolder(dir) {
    const stats = await (0,promises_.lstat)(dir).catch((error) => {
        // Not there (or a file above it: then making the folder fails, naming the error).
        if (['ENOENT', 'ENOTDIR'].includes((0,errors/* errorCode */.C)(error)))
            return undefined;
        throw new errors_IndexError(`output folder ${dir} cannot be read (${(0,errors/* errorCode */.C)(error)})`, {
            cause: error
        });
    });
    if (stats === undefined)
        return;
    if (stats.isSymbolicLink()) {
        throw new errors_IndexError(`output folder ${dir} is a symbolic link; the index is never written through one`);
    }
    if (!stats.isDirectory())
        throw new errors_IndexError(`output folder ${dir} is not a folder`);
    const foreign = (await (0,promises_.readdir)(dir)).filter(entry => !INDEX_FILES.includes(entry) && entry !== artifact_format/* STATS_FILE */.RJ && !LEFTOVER.test(entry));
    if (foreign.length > 0 || !(await holdsOurManifest(dir))) {
        const shown = foreign.length > 0
            ? foreign
                .slice(0, 3)
                .map(e => JSON.stringify(e))
                .join(', ')
            : 'a manifest.json of something else';
        throw new errors_IndexError(`output folder ${dir} holds files that are not an embed-index index (${shown}); ` +
            `write the index to an empty or new folder`);
    }
}
/** Whether the folder's manifest.json, if it has one, is an embed-index manifest (any format). */
async function holdsOurManifest(dir) {
    const path = (0,external_node_path_.join)(dir, artifact_format/* MANIFEST_FILE */.h1);
    let bytes;
    try {
        bytes = await (0,regular_file/* readRegularFile */.XF)(path);
    }
    catch (error) {
        return (0,errors/* errorCode */.C)(error) === 'ENOENT';
    }
    try {
        const manifest = (0,json/* parseJson */.q)(bytes.toString('utf8'), path);
        return (typeof manifest?.format === 'string' &&
            manifest.format.startsWith('embed-index/') &&
            manifest.tool?.name === artifact_format/* TOOL_NAME */.lH);
    }
    catch {
        return false;
    }
}
/**
 * Puts the folder back into the state "its own files are the index" after a killed writer: when
 * the old index kept in PREV_DIR is all there is (the swap stopped halfway), it is moved back in,
 * file by file and without ever losing it; leftovers of any kind are removed.
 */
async function finishInterrupted(outDir) {
    const prev = (0,external_node_path_.join)(outDir, artifact_format/* PREV_DIR */.qM);
    const interrupted = await (0,promises_.lstat)(prev).then(() => true, () => false);
    if (interrupted &&
        !(await readIndexFiles(outDir).then(() => true, () => false))) {
        for (const name of INDEX_FILES) {
            const restored = (0,external_node_path_.join)(outDir, `${artifact_format/* NEXT_DIR */.GA}-restore-${name}`);
            await (0,promises_.rm)(restored, { force: true });
            const kept = await linkOrCopy((0,external_node_path_.join)(prev, name), restored).then(() => true, (error) => {
                if ((0,errors/* errorCode */.C)(error) !== 'ENOENT')
                    throw error;
                return false;
            });
            if (kept)
                await (0,promises_.rename)(restored, (0,external_node_path_.join)(outDir, name));
        }
        await (0,durable/* syncDir */.ty)(outDir);
    }
    for (const entry of await (0,promises_.readdir)(outDir)) {
        if (LEFTOVER.test(entry))
            await (0,promises_.rm)((0,external_node_path_.join)(outDir, entry), { recursive: true, force: true });
    }
    await (0,durable/* syncDir */.ty)(outDir);
}
/** Hard links to the current index's files in PREV_DIR, when there is an index to keep. */
async function keepOldIndex(outDir) {
    const hasIndex = await (0,promises_.lstat)((0,external_node_path_.join)(outDir, artifact_format/* MANIFEST_FILE */.h1)).then(() => true, () => false);
    if (!hasIndex)
        return;
    const prev = (0,external_node_path_.join)(outDir, artifact_format/* PREV_DIR */.qM);
    await (0,promises_.mkdir)(prev);
    for (const name of INDEX_FILES) {
        await linkOrCopy((0,external_node_path_.join)(outDir, name), (0,external_node_path_.join)(prev, name)).catch((error) => {
            if ((0,errors/* errorCode */.C)(error) !== 'ENOENT')
                throw error;
        });
    }
    await (0,durable/* syncDir */.ty)(prev);
    await (0,durable/* syncDir */.ty)(outDir);
}
/** A hard link where the file system has them, else a copy. */
async function linkOrCopy(from, to) {
    await (0,promises_.link)(from, to).catch(async (error) => {
        if ((0,errors/* errorCode */.C)(error) === 'ENOENT')
            throw error;
        await (0,promises_.copyFile)(from, to);
    });
}
/** Checks the index by the same rules readIndex applies and serialises it canonically. */
function buildArtifact(outDir, { manifest, rows, vectors }) {
    const label = (file) => `${file} for ${outDir}`;
    const checkedRows = rows.map((row, i) => parseChunkRow(row, manifest.store_text, label(artifact_format/* CHUNKS_FILE */.cU), `row ${i}`));
    checkContents(manifest, checkedRows, vectors.length, label);
    const dimension = manifest.model.dimension;
    const normProblem = unitNormProblem(vectors, dimension);
    if (normProblem !== null)
        throw new errors_IndexError(`${label(artifact_format/* VECTORS_FILE */.IU)}: ${normProblem}`);
    const chunks = Buffer.from(checkedRows.map(row => JSON.stringify(row) + '\n').join(''));
    const npy = encodeNpy({ rows: checkedRows.length, cols: dimension, data: vectors });
    const written = parseManifest({
        ...manifest,
        counts: {
            files: manifest.files.length,
            chunks: rows.length,
            skipped: manifest.skipped.length
        },
        checksums: { [artifact_format/* CHUNKS_FILE */.cU]: (0,digest/* sha256Hex */.f)(chunks), [artifact_format/* VECTORS_FILE */.IU]: (0,digest/* sha256Hex */.f)(npy) }
    }, label(artifact_format/* MANIFEST_FILE */.h1));
    return {
        manifest: written,
        manifestBytes: Buffer.from(JSON.stringify(written, null, 2) + '\n'),
        dataFiles: [
            [artifact_format/* CHUNKS_FILE */.cU, chunks],
            [artifact_format/* VECTORS_FILE */.IU, npy]
        ]
    };
}

;// CONCATENATED MODULE: ./src/artifact/merge.ts
/**
 * Combines the shard indexes of one tree into the index a single runner would have written:
 * same rows, order, metadata and vector bytes, with shard null. Shards are checked before
 * anything is combined, since one built with other settings or a shard missing or given twice
 * would silently give a wrong index.
 */







/** Settings every shard must share beyond its rows' (./compat.ts), by the name used in messages. */
const SHARED_SETTINGS = [
    ['format', m => m.format],
    ['tool.version', m => m.tool.version],
    ['store_text', m => m.store_text],
    // Shards of one tree were checked out at one commit; the merged index records it.
    ['commit', m => m.commit]
];
async function mergeIndexes(shardDirs, outDir) {
    if (shardDirs.length === 0)
        throw new errors_IndexError('cannot merge: no shard indexes given');
    const shards = [];
    for (const dir of shardDirs)
        shards.push({ dir, index: await readVerifiedIndex(dir) });
    checkSameSettings(shards);
    checkShardsComplete(shards);
    const files = [];
    const skipped = [];
    const owner = new Map();
    for (const shard of shards) {
        const { manifest } = shard.index;
        for (const { path } of [...manifest.files, ...manifest.skipped]) {
            const other = owner.get(path);
            if (other !== undefined) {
                throw new errors_IndexError(`cannot merge: ${JSON.stringify(path)} is in both ${other} and ${shard.dir}`);
            }
            owner.set(path, shard.dir);
        }
        // Loops, not push(...spread): a shard may list more entries than a call takes arguments.
        for (const entry of manifest.files)
            files.push({ entry, shard });
        for (const skip of manifest.skipped)
            skipped.push(skip);
    }
    files.sort((a, b) => paths_comparePaths(a.entry.path, b.entry.path));
    skipped.sort((a, b) => paths_comparePaths(a.path, b.path));
    const { format, tool, model, recipe, chunking, store_text, commit } = shards[0].index.manifest;
    const dimension = model.dimension;
    const rows = [];
    const vectors = new Float32Array(shards.reduce((sum, s) => sum + s.index.vectors.length, 0));
    const mergedFiles = files.map(({ entry, shard }) => {
        const first = entry.first_row;
        vectors.set(shard.index.vectors.subarray(first * dimension, (first + entry.rows) * dimension), rows.length * dimension);
        const merged = { ...entry, first_row: rows.length };
        for (let row = first; row < first + entry.rows; row++)
            rows.push(shard.index.rows[row]);
        return merged;
    });
    return writeIndex(outDir, {
        manifest: {
            format,
            tool,
            model,
            recipe,
            chunking,
            store_text,
            shard: null,
            commit,
            files: mergedFiles,
            skipped
        },
        rows,
        vectors
    });
}
/**
 * The shard folders that the action's merge-from lines name: folders, or globs matching folders,
 * relative to `root`. A glob that matches nothing is an error here, where it can be named,
 * rather than a missing shard later.
 */
async function expandMergeInputs(inputs, root) {
    const dirs = [];
    for (const input of inputs) {
        if (!fg.isDynamicPattern(input)) {
            dirs.push(resolve(root, input));
            continue;
        }
        const matches = await fg(input, { cwd: root, onlyDirectories: true, absolute: true, dot: true });
        if (matches.length === 0) {
            throw new IndexError(`merge-from: ${input} matches no folder under ${root}`);
        }
        dirs.push(...matches.map(match => resolve(match)).sort(comparePaths));
    }
    // The same folder named twice is one shard, not a shard given twice.
    return [...new Set(dirs)];
}
function checkSameSettings([first, ...rest]) {
    for (const shard of rest) {
        const difference = (0,compat/* rowsDiffer */.QB)(first.index.manifest, shard.index.manifest);
        if (difference !== null) {
            throw new errors_IndexError(`cannot merge: ${shard.dir} was made with ${difference} like ${first.dir}`);
        }
        for (const [name, get] of SHARED_SETTINGS) {
            const [mine, theirs] = [get(shard.index.manifest), get(first.index.manifest)];
            if (mine !== theirs) {
                throw new errors_IndexError(`cannot merge: ${shard.dir} has ${name} ${JSON.stringify(mine)} but ${first.dir} has ${JSON.stringify(theirs)}`);
            }
        }
    }
}
/** Every shard 1..count exactly once, all of the same count. */
function checkShardsComplete(shards) {
    const byNumber = new Map();
    let count;
    for (const { dir, index } of shards) {
        const shard = index.manifest.shard;
        if (shard === null)
            throw new errors_IndexError(`cannot merge: ${dir} is not a shard index (shard is null)`);
        count ??= shard.count;
        if (shard.count !== count) {
            throw new errors_IndexError(`cannot merge: ${dir} is shard ${shard.number}/${shard.count} but ${shards[0].dir} is one of ${count}`);
        }
        const other = byNumber.get(shard.number);
        if (other !== undefined) {
            throw new errors_IndexError(`cannot merge: ${other} and ${dir} are both shard ${shard.number}/${count}`);
        }
        byNumber.set(shard.number, dir);
    }
    const missing = Array.from({ length: count ?? 0 }, (_, i) => i + 1).filter(i => !byNumber.has(i));
    if (missing.length > 0) {
        throw new errors_IndexError(`cannot merge: shard ${missing.join(', ')} of ${count} missing`);
    }
}

// EXTERNAL MODULE: ./src/embed/model-source.ts + 4 modules
var model_source = __nccwpck_require__(8591);
// EXTERNAL MODULE: ./src/serve/ranking.ts + 1 modules
var ranking = __nccwpck_require__(7490);
;// CONCATENATED MODULE: ./src/config/options.ts
/**
 * The one table of options: each entry is the whole spec of an option (what it takes, its range
 * or choices, default, CLI flag, action input name, help). The parser (./parse.ts) reads values by
 * it, the CLI builds its flags and help from it, and one test checks action.yml's inputs and the
 * README's inputs table against it.
 */


/** The CLI's commands; each takes the options that name it among their surfaces. */
const COMMANDS = ['index', 'query', 'serve', 'merge', 'verify'];
const BOOLEAN = { kind: 'boolean' };
const PATH = { kind: 'path' };
const LIST = { kind: 'list' };
const GLOBS = { kind: 'globs' };
const DEFAULT_MODEL = 'Xenova/all-MiniLM-L6-v2';
/** Keyed by action input name, which is also the CLI flag unless `flag` says otherwise. */
const OPTIONS = {
    mode: {
        help: "'index' to build an index, 'merge' to combine shard indexes from merge-from.",
        value: { kind: 'choice', choices: ['index', 'merge'] },
        default: 'index',
        surfaces: ['action']
    },
    path: {
        flag: 'root',
        help: 'Root folder of the files to index.',
        value: { kind: 'folder' },
        default: '.',
        surfaces: ['action', 'index']
    },
    output: {
        flag: 'out',
        help: 'Folder the index is written to (manifest.json, chunks.jsonl, vectors.npy).',
        value: PATH,
        default: 'embed-index',
        surfaces: ['action', 'index', 'merge'],
        // No folder is written into the working directory by surprise.
        required: ['index', 'merge']
    },
    include: {
        help: "Globs of files to index, relative to the root (one per line / repeat the flag); a folder's name alone means everything in it. Default: common source and docs extensions.",
        value: GLOBS,
        surfaces: ['action', 'index']
    },
    exclude: {
        help: 'Globs to leave out, on top of node_modules, .git, .gitignore and secret-looking files.',
        value: GLOBS,
        surfaces: ['action', 'index']
    },
    gitignore: {
        help: 'Honour .gitignore files.',
        value: BOOLEAN,
        default: 'true',
        surfaces: ['action', 'index']
    },
    'exclude-secrets': {
        help: 'Skip secret-looking files: by name (.env*, *.pem, id_rsa*, credentials, ...) and by content (private keys, tokens).',
        value: BOOLEAN,
        default: 'true',
        surfaces: ['action', 'index']
    },
    'max-file-bytes': {
        help: 'Files larger than this are skipped (reason too-large).',
        value: { kind: 'integer', min: 1, max: 1024 * 1024 * 1024 },
        default: '1048576',
        surfaces: ['action', 'index']
    },
    'max-tokens': {
        help: "Largest chunk in tokens, [CLS] and [SEP] included (at most the model's window).",
        value: { kind: 'integer', min: 16, max: 512 },
        default: '256',
        surfaces: ['action', 'index']
    },
    workers: {
        help: "Embedding processes: 'auto' (one per usable core) or a number >= 1.",
        value: { kind: 'workers' },
        default: 'auto',
        surfaces: ['action', 'index']
    },
    'batch-size': {
        help: 'Chunks per model call.',
        value: { kind: 'integer', min: 1, max: 512 },
        default: '16',
        surfaces: ['action', 'index']
    },
    model: {
        help: 'Hugging Face model id (a BERT-style sentence-embedding model with ONNX weights).',
        value: {
            kind: 'text',
            expected: "a model id such as 'Xenova/all-MiniLM-L6-v2'",
            valid: model_source/* isModelId */.TC
        },
        default: DEFAULT_MODEL,
        surfaces: ['action', 'index', 'query', 'serve'],
        fromIndex: true
    },
    'model-revision': {
        help: 'Model revision: branch, tag or commit.',
        value: { kind: 'text', expected: 'a branch, tag or commit name', valid: model_source/* isRevision */.oN },
        default: 'main',
        surfaces: ['action', 'index', 'query', 'serve'],
        fromIndex: true
    },
    'model-path': {
        help: 'Local model folder to use instead of downloading (config.json, tokenizer.json, onnx/...).',
        value: PATH,
        surfaces: ['action', 'index', 'query', 'serve']
    },
    dtype: {
        help: "Model weights: 'fp32' (onnx/model.onnx) or 'q8' (onnx/model_quantized.onnx).",
        value: { kind: 'choice', choices: ['fp32', 'q8'] },
        default: 'fp32',
        surfaces: ['action', 'index', 'query', 'serve'],
        fromIndex: true
    },
    fuse: {
        help: "Rewrite a q8 model's quantised matrix products (uint8 MatMulInteger chains, separate bias Adds) into ONNX Runtime's one-kernel int8 DynamicQuantizeMatMul when the model loads; the rewritten file is cached under cache-dir, used only if it gives the same vectors, and a model it does not match is used as it is.",
        value: BOOLEAN,
        default: 'true',
        surfaces: ['action', 'index']
    },
    'hub-url': {
        help: 'Hugging Face Hub or a mirror laid out like it.',
        value: { kind: 'url' },
        default: 'https://huggingface.co',
        surfaces: ['action', 'index', 'query', 'serve']
    },
    'cache-dir': {
        help: 'Where downloaded models are kept. Default: $RUNNER_TEMP/embed-index/models in Actions, ~/.cache/embed-index/models elsewhere.',
        value: PATH,
        surfaces: ['action', 'index', 'query', 'serve']
    },
    shard: {
        help: "Index only shard I of N ('I/N', e.g. '2/4') of the files, for a matrix job.",
        value: { kind: 'shard' },
        surfaces: ['action', 'index']
    },
    chunker: {
        help: "How files are cut into chunks: 'syntax' at declarations (tree-sitter grammars) and Markdown headings, with the line rule where that fails; 'lines' by the line rule alone.",
        value: { kind: 'choice', choices: ['syntax', 'lines'] },
        default: 'syntax',
        surfaces: ['action', 'index']
    },
    'store-text': {
        help: "Store each chunk's text in chunks.jsonl (off by default: the artifact may be read more widely than the repository).",
        value: BOOLEAN,
        default: 'false',
        surfaces: ['action', 'index']
    },
    reindex: {
        help: "'incremental' reuses vectors of unchanged chunks from the prior index; 'full' embeds everything.",
        value: { kind: 'choice', choices: ['incremental', 'full'] },
        default: 'incremental',
        surfaces: ['action', 'index']
    },
    prior: {
        help: 'A previous index folder whose vectors may be reused (the action restores it from the cache).',
        value: PATH,
        surfaces: ['index']
    },
    cache: {
        help: 'Use the Actions cache for the model and the previous index.',
        value: BOOLEAN,
        default: 'true',
        surfaces: ['action']
    },
    'cache-key-prefix': {
        help: 'Prefix of the Actions cache keys.',
        value: {
            kind: 'text',
            expected: 'letters, digits, ._- (at most 64)',
            valid: text => /^[\w.-]{1,64}$/.test(text)
        },
        default: 'embed-index',
        surfaces: ['action']
    },
    'min-files-per-second': {
        help: 'Fail the step when files/sec falls below this figure (a throughput gate for PR checks).',
        value: { kind: 'number', min: 0 },
        surfaces: ['action', 'index']
    },
    'max-slowdown': {
        help: "Fail the step when chunks/sec of embedding falls more than this fraction (0.25: 25%) below the prior index's figure; applied when both runs embedded at least 256 chunks with the same workers and dtype.",
        value: { kind: 'number', min: 0, max: 1 },
        surfaces: ['action']
    },
    comment: {
        help: "Post the figures and the gates' verdicts as one pull-request comment, updated by later runs (needs pull-requests: write; otherwise a warning).",
        value: BOOLEAN,
        default: 'false',
        surfaces: ['action']
    },
    'cache-cleanup': {
        help: "After saving this commit's prior index to the cache, delete the entries it supersedes: the same branch's and settings' entries saved before it (needs actions: write; otherwise a warning).",
        value: BOOLEAN,
        default: 'false',
        surfaces: ['action']
    },
    'github-token': {
        help: 'Token for the pull-request comment and the cache cleanup (GitHub REST API).',
        value: { kind: 'text', expected: 'a token', valid: text => text.trim() !== '' },
        default: '${{ github.token }}',
        surfaces: ['action']
    },
    'stats-json': {
        help: 'Also write the run statistics JSON to this file.',
        value: PATH,
        surfaces: ['index']
    },
    'merge-from': {
        help: "mode 'merge': shard index folders to combine (one per line; globs allowed).",
        value: LIST,
        surfaces: ['action']
    },
    index: {
        help: 'Index folder to read.',
        value: PATH,
        surfaces: ['query', 'serve', 'verify'],
        required: ['query', 'serve', 'verify']
    },
    'working-tree': {
        flag: 'root',
        help: 'The working tree the index was built from: snippets and keyword search read chunk text there when the index stores none. A file changed since it was indexed is reported as stale, never shown with wrong line numbers.',
        value: { kind: 'folder' },
        surfaces: ['query', 'serve']
    },
    text: {
        help: 'The query text.',
        value: { kind: 'text', expected: 'some text', valid: text => text.trim() !== '' },
        surfaces: ['query'],
        required: ['query']
    },
    top: {
        help: 'How many results.',
        value: { kind: 'integer', min: 1, max: 10000 },
        default: '10',
        surfaces: ['query']
    },
    'search-mode': {
        flag: 'mode',
        help: "'hybrid' (keyword and semantic ranks fused; chunks holding a query identifier whole come first), 'semantic' (vectors only) or 'keyword' (BM25 over chunk text).",
        value: { kind: 'choice', choices: ranking/* SEARCH_MODES */.O7 },
        default: ranking/* DEFAULT_SEARCH_MODE */.zg,
        surfaces: ['query']
    },
    'min-score': {
        help: 'Leave out hits scoring below this: cosine (-1 to 1) in semantic mode; in keyword and hybrid mode 0 to 1, plus 1 per query identifier the chunk holds whole.',
        value: { kind: 'number', min: -1 },
        surfaces: ['query']
    },
    json: {
        help: 'Print results as JSON: an array of hits, each a chunks.jsonl row (without text) with score and snippet.',
        value: BOOLEAN,
        default: 'false',
        surfaces: ['query']
    }
};
function optionSpec(name) {
    return OPTIONS[name];
}
/** The options of one surface, in table order. */
function optionsOf(surface) {
    return Object.keys(OPTIONS).filter(name => OPTIONS[name].surfaces.includes(surface));
}
/** Whether an option takes several values: a repeated flag, one value per line of the input. */
function takesSeveral(name) {
    const { kind } = optionSpec(name).value;
    return kind === 'list' || kind === 'globs';
}
/** The CLI flag of an option, without dashes. */
function flagOf(name) {
    return optionSpec(name).flag ?? name;
}
/** How a surface spells an option in messages: `--batch-size` or `input 'batch-size'`. */
function optionLabel(name, surface) {
    return surface === 'action' ? `input '${name}'` : `--${flagOf(name)}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/scan/glob-rules.ts



/**
 * Why an include or exclude glob can never match a file under the root, or null when it can:
 * an absolute pattern or one climbing out with '..' (globs are relative to the root), or
 * unbalanced braces, brackets or parentheses (fast-glob takes those literally, so such a pattern
 * silently matches nothing).
 */
function globProblem(pattern) {
    if (/^(\/|\\|[A-Za-z]:)/.test(pattern))
        return 'is absolute; globs are relative to the root';
    if (pattern.split('/').includes('..'))
        return "climbs out of the root with '..'";
    const pairs = { '{': '}', '[': ']', '(': ')' };
    const open = [];
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (c in pairs)
            open.push(pairs[c]);
        else if (Object.values(pairs).includes(c) && open.pop() !== c)
            return `has an unmatched '${c}'`;
    }
    return open.length > 0
        ? `has an unclosed '${Object.keys(pairs).find(k => pairs[k] === open[open.length - 1])}'`
        : null;
}
/** A pattern without glob characters that names a folder under root stands for everything in it. */
function expandFolderPattern(pattern, root) {
    if (out_default().isDynamicPattern(pattern))
        return pattern;
    try {
        return (0,external_node_fs_.statSync)(external_node_path_default().join(root, pattern)).isDirectory()
            ? `${pattern.replace(/\/+$/, '')}/**`
            : pattern;
    }
    catch {
        return pattern;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/scan/shard.ts

/**
 * Whether a file belongs to a shard: the first four bytes of the SHA-256 of its path, as an
 * unsigned integer, modulo the shard count. Depending on the path alone makes shards disjoint and
 * complete, and keeps a file in its shard however the rest of the tree changes.
 */
function inShard(path, shard) {
    const bucket = (0,external_node_crypto_.createHash)('sha256').update(path, 'utf8').digest().readUInt32BE(0) % shard.count;
    return bucket === shard.number - 1;
}
/** Reads 'I/N' (shard I of N, 1 <= I <= N); throws an Error saying what is wrong otherwise. */
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (match === null)
        throw new Error(`shard "${text}" is not of the form I/N, e.g. 2/4`);
    const number = Number(match[1]);
    const count = Number(match[2]);
    if (!Number.isSafeInteger(count))
        throw new Error(`shard "${text}": the shard count is too large`);
    if (count < 1)
        throw new Error(`shard "${text}": the shard count must be at least 1`);
    if (number < 1 || number > count) {
        throw new Error(`shard "${text}": the shard number must be between 1 and ${count}`);
    }
    return { number, count };
}

;// CONCATENATED MODULE: ./src/config/parse.ts
/**
 * Reads option values by the table in ./options.ts, once, into typed settings. Errors name the
 * option as the surface spells it (`--max-tokens`, `input 'max-tokens'`) and what it accepts.
 */







/** A bad option value: the message names the option as the user spelled it and what is accepted. */
class ConfigError extends Error {
    name = 'ConfigError';
}
/** YAML 1.2's spellings, as @actions/core's getBooleanInput takes them. */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** Reads options of one surface from raw values, applying defaults, with errors that name them. */
class OptionReader {
    raw;
    surface;
    cwd;
    constructor(raw, surface, cwd) {
        this.raw = raw;
        this.surface = surface;
        this.cwd = cwd;
    }
    /** Whether the user gave a value. */
    given(name) {
        return this.texts(name).length > 0;
    }
    /** The option's value, its default when not given, undefined when it has neither. */
    optional(name) {
        const spec = optionSpec(name);
        const texts = this.texts(name);
        const required = spec.required?.includes(this.surface);
        if (takesSeveral(name)) {
            for (const text of spec.value.kind === 'globs' ? texts : []) {
                const problem = globProblem(text);
                if (problem !== null)
                    this.fail(name, text, `a glob relative to the root (it ${problem})`);
            }
            return texts;
        }
        const text = texts.length > 0 ? texts[texts.length - 1] : required ? undefined : spec.default;
        return text === undefined ? undefined : this.convert(name, spec.value, text);
    }
    required(name) {
        const value = this.optional(name);
        if (value === undefined)
            throw new ConfigError(`${optionLabel(name, this.surface)} is required`);
        return value;
    }
    fail(name, text, expected) {
        throw new ConfigError(`${optionLabel(name, this.surface)}: ${JSON.stringify(text)} is not valid; expected ${expected}`);
    }
    /**
     * The values written. An empty value is an error: on the CLI it was typed; in Actions the runner
     * passes an omitted input as its default, so an empty one was set explicitly. Only inputs
     * without a default come as '' when omitted, and mean "not given" then.
     */
    texts(name) {
        const spec = optionSpec(name);
        const texts = this.raw[name] ?? [];
        const omitted = this.surface === 'action' && spec.default === undefined;
        if (omitted)
            return texts.filter(text => text.trim() !== '');
        if (texts.some(text => text.trim() === '')) {
            throw new ConfigError(`${optionLabel(name, this.surface)} is empty; expected ${expected(spec.value)}`);
        }
        return texts.map(text => (spec.value.kind === 'text' ? text : text.trim()));
    }
    convert(name, value, text) {
        const bad = () => this.fail(name, text, expected(value));
        switch (value.kind) {
            case 'boolean':
                return TRUE.includes(text) ? true : FALSE.includes(text) ? false : bad();
            case 'integer': {
                const n = Number(text);
                return /^\d+$/.test(text) && n >= value.min && n <= value.max ? n : bad();
            }
            case 'number': {
                const n = Number(text);
                return Number.isFinite(n) && n >= value.min && n <= (value.max ?? Infinity) ? n : bad();
            }
            case 'choice':
                return value.choices.includes(text) ? text : bad();
            case 'text':
                return value.valid(text) ? text : bad();
            case 'url':
                return /^https?:$/.test(urlProtocol(text)) ? text.replace(/\/+$/, '') : bad();
            case 'path':
                return (0,external_node_path_.resolve)(this.cwd, text);
            case 'folder': {
                const folder = (0,external_node_path_.resolve)(this.cwd, text);
                return isFolder(folder) ? folder : this.fail(name, folder, expected(value));
            }
            case 'workers':
                return text === 'auto'
                    ? 'auto'
                    : /^\d+$/.test(text) && Number(text) >= 1
                        ? Number(text)
                        : bad();
            case 'shard':
                try {
                    return parseShard(text);
                }
                catch (error) {
                    return this.fail(name, text, `${expected(value)} (${(0,errors/* errorMessage */.g)(error)})`);
                }
        }
    }
}
/** What an option of this kind accepts, in words. */
function expected(value) {
    switch (value.kind) {
        case 'boolean':
            return "'true' or 'false'";
        case 'integer':
            return `an integer from ${value.min} to ${value.max}`;
        case 'number':
            return value.max === undefined
                ? `a number >= ${value.min}`
                : `a number from ${value.min} to ${value.max}`;
        case 'choice':
            return value.choices.map(choice => `'${choice}'`).join(' or ');
        case 'text':
            return value.expected;
        case 'url':
            return 'an http(s) URL';
        case 'path':
            return 'a path';
        case 'folder':
            return 'an existing directory';
        case 'list':
            return 'one or more values';
        case 'globs':
            return 'globs relative to the root';
        case 'workers':
            return "'auto' or an integer >= 1";
        case 'shard':
            return "'I/N' with 1 <= I <= N";
    }
}
function urlProtocol(text) {
    try {
        return new URL(text).protocol;
    }
    catch {
        return '';
    }
}
function isFolder(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** The model settings; on commands that read an index, `fromIndex` fills what is not given. */
function readModel(r, env, fromIndex) {
    const pick = (name, indexValue) => (indexValue !== undefined && !r.given(name) ? indexValue : r.required(name));
    const cacheDir = r.optional('cache-dir');
    return {
        id: pick('model', fromIndex?.id),
        revision: pick('model-revision', fromIndex?.revision),
        dtype: pick('dtype', fromIndex?.dtype),
        path: r.optional('model-path'),
        hubUrl: r.required('hub-url'),
        cacheDir: cacheDir ?? defaultCacheDir(env)
    };
}
function defaultCacheDir(env) {
    return env.RUNNER_TEMP
        ? (0,external_node_path_.join)(env.RUNNER_TEMP, 'embed-index', 'models')
        : (0,external_node_path_.join)((0,external_node_os_namespaceObject.homedir)(), '.cache', 'embed-index', 'models');
}
function readIndexConfig(r, surface, env) {
    const root = r.required('path');
    return {
        root,
        output: r.required('output'),
        include: r.required('include').map(pattern => expandFolderPattern(pattern, root)),
        exclude: r.required('exclude'),
        gitignore: r.required('gitignore'),
        excludeSecrets: r.required('exclude-secrets'),
        maxFileBytes: r.required('max-file-bytes'),
        maxTokens: r.required('max-tokens'),
        chunker: r.required('chunker'),
        workers: r.required('workers'),
        batchSize: r.required('batch-size'),
        model: readModel(r, env),
        fuse: r.required('fuse'),
        shard: r.optional('shard'),
        storeText: r.required('store-text'),
        reindex: r.required('reindex'),
        prior: surface === 'index' ? r.optional('prior') : undefined,
        minFilesPerSecond: r.optional('min-files-per-second'),
        statsJson: surface === 'index' ? r.optional('stats-json') : undefined
    };
}
/** `embed-index index` flags. */
function parseIndexCommand(raw, cwd = process.cwd(), env = process.env) {
    return readIndexConfig(new OptionReader(raw, 'index', cwd), 'index', env);
}
/** The action's inputs; paths are relative to the workspace. */
function parseActionConfig(raw, cwd = process.cwd(), env = process.env) {
    const r = new OptionReader(raw, 'action', cwd);
    const mode = r.required('mode');
    const mergeFrom = r.required('merge-from');
    if (mode === 'merge' && mergeFrom.length === 0) {
        throw new ConfigError("input 'merge-from' is required when mode is 'merge'");
    }
    return {
        ...readIndexConfig(r, 'action', env),
        mode,
        mergeFrom,
        cache: r.required('cache'),
        cacheKeyPrefix: r.required('cache-key-prefix'),
        maxSlowdown: r.optional('max-slowdown'),
        comment: r.required('comment'),
        cacheCleanup: r.required('cache-cleanup'),
        githubToken: r.required('github-token')
    };
}
/** What the commands that search an index share: the index, the working tree, the model. */
function readSearchConfig(r, env, indexModel) {
    return {
        index: r.required('index'),
        root: r.optional('working-tree'),
        model: readModel(r, env, indexModel)
    };
}
/** `embed-index query` flags; model id, revision and dtype default to the index's. */
function parseQueryCommand(raw, indexModel, cwd = process.cwd(), env = process.env) {
    const r = new OptionReader(raw, 'query', cwd);
    return {
        ...readSearchConfig(r, env, indexModel),
        text: r.required('text'),
        top: r.required('top'),
        mode: r.required('search-mode'),
        minScore: r.optional('min-score'),
        json: r.required('json')
    };
}
/** `embed-index serve` flags; model id, revision and dtype default to the index's. */
function parseServeCommand(raw, indexModel, cwd = process.cwd(), env = process.env) {
    return readSearchConfig(new OptionReader(raw, 'serve', cwd), env, indexModel);
}

;// CONCATENATED MODULE: ./src/artifact/prior.ts
/**
 * The prior index of an incremental run: the vectors it already holds for unchanged files and
 * chunks. A prior comes from a cache, so any problem with it (missing, corrupt, truncated, other
 * format, model or chunking) is a reason to rebuild, never an error.
 */







async function loadPriorIndex(dir, expected) {
    let index;
    try {
        index = await readVerifiedIndex(dir);
    }
    catch (error) {
        if (!(error instanceof errors_IndexError))
            throw error;
        const ours = expected.settings.chunking.chunker;
        const theirs = await namedChunker(dir);
        const older = theirs !== undefined && theirs !== ours;
        return {
            prior: null,
            reason: older ? `it was made by chunker ${theirs}, not ${ours}` : error.message
        };
    }
    const difference = (0,compat/* rowsDiffer */.QB)(expected.settings, index.manifest);
    if (difference !== null)
        return { prior: null, reason: `it was made with ${difference}` };
    return { prior: priorIndex(index, expected.storeText) };
}
function priorIndex(index, storeText) {
    const { manifest, rows, vectors } = index;
    // Reused rows must be the rows this run would write: text only if it stores text.
    const reusedRow = (row) => {
        if (storeText)
            return rows[row];
        const reused = { ...rows[row] };
        delete reused.text;
        return reused;
    };
    const dimension = manifest.model.dimension;
    const fileByPath = new Map(manifest.files.map(file => [file.path, file]));
    const rowByChunkSha = new Map();
    rows.forEach((row, i) => {
        if (!rowByChunkSha.has(row.sha256))
            rowByChunkSha.set(row.sha256, i);
    });
    // Copies, so that nothing the pipeline does to them can reach the prior's buffer.
    const vector = (row) => vectors.slice(row * dimension, (row + 1) * dimension);
    return {
        manifest,
        fileBySha(path, sha256) {
            const file = fileByPath.get(path);
            if (file === undefined || file.sha256 !== sha256)
                return null;
            // A prior without text cannot give this run's rows; the file is chunked again.
            if (storeText && !manifest.store_text)
                return null;
            const reused = Array.from({ length: file.rows }, (_, i) => file.first_row + i);
            return { rows: reused.map(reusedRow), vectors: reused.map(vector) };
        },
        vectorByChunkSha(sha256) {
            const row = rowByChunkSha.get(sha256);
            return row === undefined ? null : vector(row);
        }
    };
}
/** How a chunker names itself ('lines-cdc/1', 'syntax-cdc/1+1a2b3c4d'): nothing else is shown. */
const CHUNKER_NAME = /^[a-z][a-z0-9-]{0,30}\/\d{1,4}(\+[0-9a-f]{1,16})?$/;
/**
 * The chunker an index that cannot be read names in its manifest, if it names one: an index an
 * older embed-index wrote, in a shape this one does not read, is then reported by what made it.
 * The manifest comes from a cache: only a name of a chunker's form is taken from it.
 */
async function namedChunker(dir) {
    try {
        const text = (await (0,regular_file/* readRegularFile */.XF)((0,external_node_path_.join)(dir, artifact_format/* MANIFEST_FILE */.h1))).toString('utf8');
        const chunker = (0,json/* parseJson */.q)(text, artifact_format/* MANIFEST_FILE */.h1)?.chunking?.chunker;
        return typeof chunker === 'string' && CHUNKER_NAME.test(chunker) ? chunker : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/chunk/lines.ts
var chunk_lines = __nccwpck_require__(7402);
;// CONCATENATED MODULE: ./src/chunk/structure.ts
/**
 * What a file's syntax says about each of its lines: how good a place it is to begin a chunk
 * (./boundaries.ts ranks lines by it), and which declaration it lies in (a chunk's symbol).
 */
/** How a line begins, best last. */
const TIER = {
    /** Nothing begins here: a blank line, a closing bracket, the inside of a string or comment. */
    none: 0,
    /** A syntax node begins here (a statement, an expression, a comment). */
    node: 1,
    /** A declaration inside another declaration begins here (a method, a nested function). */
    nested: 2,
    /** A top-level declaration, or a group of top-level statements, begins here. */
    top: 3
};
/** Nesting below this counts as this deep. */
const MAX_DEPTH = 15;
function emptyStructure(lines) {
    return {
        tiers: new Uint8Array(lines),
        depths: new Uint8Array(lines).fill(MAX_DEPTH),
        symbols: new Array(lines).fill(undefined),
        declarations: []
    };
}
/** Names a declaration in a symbol path: `method run`, `class <anonymous>`. */
function symbolStep(kind, name) {
    return `${kind} ${name ?? '<anonymous>'}`;
}
/** Longest name a symbol step keeps: enough for any real name, not for a whole generic type. */
const MAX_NAME = 120;
/** A declaration's name as one short line: whitespace runs become one space. */
function oneLineName(text) {
    const name = [...text.replace(/\s+/g, ' ').trim()];
    return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1).join('')}…` : name.join('');
}

;// CONCATENATED MODULE: ./src/chunk/boundaries.ts


/** A key's parts, most significant first: tier, depth rank, line rank, then a 32-bit hash. */
const HASH = 2 ** 32;
const LINE_RANKS = 8;
const DEPTH_RANKS = MAX_DEPTH + 1;
/**
 * How much a line is worth starting a chunk with: a hash of its own text (so the choice depends
 * on content, not position) ranked below a structural preference, so that chunks tend to begin
 * where code and prose begin a unit.
 *
 * Without a syntax structure (the line rule): an unindented line after a blank line (a top-level
 * declaration, a paragraph) is best, then an unindented line, then an indented line after a blank
 * line, then any other line; blank lines and lines opening with a closing bracket are worst.
 *
 * With one, above that: the line's tier (a top-level declaration or statement group, then a
 * nested declaration, then the start of any other node, then the rest; see ./structure.ts), then
 * how shallow the node beginning there lies, so that a long function is cut between its
 * outermost statements before its inner ones. The line rule breaks the remaining ties.
 */
function lineKeys(lines, structure) {
    return lines.map((text, i) => {
        let rank = lineRank(text, i > 0 && (0,chunk_lines/* isBlank */.z)(lines[i - 1]));
        if (structure) {
            const depthRank = MAX_DEPTH - structure.depths[i];
            rank += (structure.tiers[i] * DEPTH_RANKS + depthRank) * LINE_RANKS;
        }
        return rank * HASH + fnv1a(text);
    });
}
/** The tier (./structure.ts) a key was made with; 0 for every key of the line rule. */
function tierOfKey(key) {
    return Math.floor(key / HASH / LINE_RANKS / DEPTH_RANKS);
}
function lineRank(text, afterBlank) {
    if ((0,chunk_lines/* isBlank */.z)(text) || /^\s*[)\]}]/.test(text))
        return 0;
    const unindented = !/^\s/.test(text);
    return 1 + (unindented ? 2 : 0) + (afterBlank ? 1 : 0);
}
/** 32-bit FNV-1a over UTF-16 code units: cheap, stable across platforms and versions. */
function fnv1a(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}
/**
 * The lines that start a segment, by a content-defined rule: line i starts one when its key is the
 * largest among all lines within `reach` tokens of it, before or after (the first of equal keys
 * wins), the start and the end of the text counting as lines with a key larger than any. Line 0
 * always starts one. The decision for a line depends only on the lines within reach of it, so an
 * edit moves only the starts near it; segments hold more than `reach` tokens, and on average
 * about twice that. Linear: a sliding-window maximum over token positions.
 */
function segmentStarts(keys, lineTokens, reach) {
    const position = [];
    let total = 0;
    for (const tokens of lineTokens) {
        position.push(total);
        total += tokens;
    }
    const starts = [];
    // Indices inside the window, keys non-increasing from the front; equal keys keep their order,
    // so the front is the first of the largest.
    const window = [];
    let head = 0;
    let next = 0;
    for (let i = 0; i < keys.length; i++) {
        while (next < keys.length && position[next] <= position[i] + reach) {
            while (window.length > head && keys[window[window.length - 1]] < keys[next])
                window.pop();
            window.push(next++);
        }
        while (position[window[head]] < position[i] - reach)
            head++;
        if (i === 0 || (window[head] === i && position[i] > reach && total - position[i] > reach)) {
            starts.push(i);
        }
    }
    return starts;
}

;// CONCATENATED MODULE: ./src/chunk/split-line.ts
/**
 * Cuts a line too long for one chunk into consecutive pieces that each count at most maxTokens and
 * that concatenate back to the line: between words where possible (a word keeps the whitespace
 * that follows it), inside a word only when the word alone is too long.
 */
function splitLongLine(line, maxTokens, countTokens) {
    const overhead = countTokens('');
    const words = wordsOf(line);
    const estimates = words.map(word => Math.max(0, countTokens(word) - overhead));
    const pieces = [];
    let from = 0;
    while (from < words.length) {
        let to = from;
        let estimate = 0;
        while (to < words.length && overhead + estimate + estimates[to] <= maxTokens) {
            estimate += estimates[to++];
        }
        // Word counts need not add up to the count of their concatenation: drop words until it fits.
        while (to > from + 1 && countTokens(words.slice(from, to).join('')) > maxTokens)
            to--;
        if (to === from) {
            pieces.push(...splitWord(words[from], maxTokens, countTokens));
            from++;
        }
        else {
            pieces.push(words.slice(from, to).join(''));
            from = to;
        }
    }
    return pieces;
}
/**
 * The line's words, each with the whitespace after it and the first also with any before it:
 * what `line.match(/\s*\S+\s*\/g)` gives (the whole line when it has no word). Split at runs of
 * whitespace instead, since that match backtracks over a whole word and, for a word of megabytes,
 * can overflow the regular expression engine's stack.
 */
function wordsOf(line) {
    // Alternately a word (empty only at either end) and the whitespace after it.
    const parts = line.split(/(\s+)/);
    const words = [];
    for (let i = 0; i < parts.length; i += 2) {
        if (parts[i] === '')
            continue;
        const before = words.length === 0 && i > 0 ? parts[i - 1] : '';
        words.push(before + parts[i] + (parts[i + 1] ?? ''));
    }
    return words.length > 0 ? words : [line];
}
/** Cuts text into the longest prefixes that fit, found by galloping then bisecting. */
function splitWord(text, maxTokens, countTokens) {
    const pieces = [];
    let rest = text;
    while (rest !== '') {
        const length = longestFittingPrefix(rest, maxTokens, countTokens);
        pieces.push(rest.slice(0, length));
        rest = rest.slice(length);
    }
    return pieces;
}
function longestFittingPrefix(text, maxTokens, countTokens) {
    const fits = (length) => countTokens(text.slice(0, length)) <= maxTokens;
    let good = codePointEnd(text, 1);
    if (!fits(good)) {
        throw new Error(`one character counts more than ${maxTokens} tokens: cannot chunk it`);
    }
    // Token counts need not grow with length (a longer word can become fewer pieces); every length
    // returned has been counted, so the piece always fits even where the search is not optimal.
    let bad = text.length + 1;
    for (let length = codePointEnd(text, 4 * maxTokens); length < bad;) {
        if (!fits(length)) {
            bad = length;
            break;
        }
        good = length;
        if (length === text.length)
            return length;
        length = codePointEnd(text, Math.min(text.length, 2 * length));
    }
    while (bad - good > 1) {
        const middle = codePointEnd(text, (good + bad) >>> 1);
        if (middle <= good || middle >= bad)
            break;
        if (fits(middle))
            good = middle;
        else
            bad = middle;
    }
    return good;
}
/** The cut at or just after `length` that does not split a surrogate pair, at most text.length. */
function codePointEnd(text, length) {
    if (length >= text.length)
        return text.length;
    const unit = text.charCodeAt(length - 1);
    return unit >= 0xd800 && unit <= 0xdbff ? length + 1 : length;
}

;// CONCATENATED MODULE: ./src/chunk/chunker.ts





/**
 * How far, as a share of the token budget, a line's key competes with its neighbours'. Segment
 * starts are more than REACH * budget apart; 0.4 gave chunks about 65% full on average over real
 * source code (BERT tokenizer, 123 files), with about 1.5 chunks changed per one-line edit.
 */
const REACH = 0.4;
/**
 * Cuts a file's text into chunks of whole lines that each count at most maxTokens tokens, exactly,
 * by the line rule alone; see chunkLines.
 */
function chunkText(content, options) {
    return chunkLines(splitLines(content), options);
}
/**
 * Cuts a file's lines (./lines.ts splitLines) into chunks of whole lines that each count at most
 * maxTokens tokens, exactly. `structure`, when given, describes these lines (./structure.ts).
 *
 * The rule, chosen so that an edit changes only the chunks near it:
 * 1. Each line is counted once (its count less the count of '' approximates its share of a
 *    chunk) and given a key: its structure, then a hash of its text (see lineKeys).
 * 2. A text that fits is one segment. Otherwise, content-defined segments: a line starts one
 *    when its key is the largest within REACH * budget tokens on either side, the text's start
 *    and end counting as unbeatable, unless it lies inside a declaration that fits the budget
 *    (after the declaration's first line).
 * 3. Each segment becomes one chunk when it fits. A segment too large is cut at the best-keyed
 *    line among those that leave the chunk at least half full and fitting, repeatedly; a
 *    declaration start of a higher tier than that line wins even if it leaves the chunk less full,
 *    so that a declaration that fits begins a chunk, and a line inside a declaration that fits is
 *    a cut only when no other line can be.
 * 4. Each chunk's text is counted exactly once more; when that exceeds maxTokens (the per-line
 *    counts need not add up), its last line is handed to the next chunk until it fits.
 * 5. A line that alone exceeds maxTokens becomes chunks of its own, cut between words or, for a
 *    word too long, inside it; those chunks share the line's number as start and end.
 * Every line lies in exactly one chunk except a split line, which lies in several; a text of only
 * whitespace gives no chunks.
 */
function chunkLines(lines, options, structure) {
    const countTokens = memoise(options.countTokens);
    const { maxTokens } = options;
    const overhead = countTokens('');
    if (!Number.isInteger(maxTokens) || maxTokens <= overhead) {
        throw new RangeError(`maxTokens must be an integer above ${overhead}, got ${maxTokens}`);
    }
    if (lines.every(chunk_lines/* isBlank */.z))
        return [];
    const lineTokens = lines.map(line => Math.max(0, countTokens(line) - overhead));
    const keys = lineKeys(lines, structure);
    const budget = maxTokens - overhead;
    const total = lineTokens.reduce((sum, tokens) => sum + tokens, 0);
    const kept = structure && keptWhole(structure, lineTokens, budget);
    let starts = total <= budget ? [0] : segmentStarts(keys, lineTokens, Math.floor(REACH * budget));
    if (kept)
        starts = starts.filter(line => !kept[line]);
    starts.push(lines.length);
    const chunks = [];
    const emit = (first, last, text, tokens) => {
        const chunk = {
            startLine: first + 1,
            endLine: last + 1,
            text,
            tokens,
            sha256: (0,digest/* sha256Hex */.f)(text)
        };
        const symbol = structure && symbolAt(structure, lines, first, last);
        if (symbol)
            chunk.symbol = symbol;
        chunks.push(chunk);
    };
    for (let s = 0; s + 1 < starts.length; s++) {
        let from = starts[s];
        const end = starts[s + 1];
        while (from < end) {
            if (lineTokens[from] > budget) {
                for (const piece of splitLongLine(lines[from], maxTokens, countTokens)) {
                    emit(from, from, piece, countTokens(piece));
                }
                from++;
                continue;
            }
            let to = cut(from, end, lineTokens, keys, budget, kept);
            let text = lines.slice(from, to).join('\n');
            let tokens = countTokens(text);
            // A single line here is counted exactly, so this stops at one line at the latest.
            while (tokens > maxTokens) {
                to--;
                text = lines.slice(from, to).join('\n');
                tokens = countTokens(text);
            }
            emit(from, to - 1, text, tokens);
            from = to;
        }
    }
    return chunks;
}
/**
 * The lines inside a declaration that fits the budget (after its first line): no segment begins
 * there, so that the declaration is cut, if at all, only at its start.
 */
function keptWhole(structure, lineTokens, budget) {
    const kept = new Uint8Array(lineTokens.length);
    for (const { start, end } of structure.declarations) {
        let tokens = 0;
        for (let line = start; line <= end && tokens <= budget; line++)
            tokens += lineTokens[line];
        if (tokens <= budget)
            kept.fill(1, start + 1, end + 1);
    }
    return kept;
}
/** The symbol of the first non-blank line of lines first..last. */
function symbolAt(structure, lines, first, last) {
    let line = first;
    while (line < last && (0,chunk_lines/* isBlank */.z)(lines[line]))
        line++;
    return structure.symbols[line];
}
/**
 * Where the chunk starting at line `from` ends (exclusive): the segment end when the rest of the
 * segment fits, else the best-keyed line that keeps the chunk fitting and at least half full
 * (the first line that does not fit is always a candidate), unless a line of a higher tier that
 * begins a declaration keeps it fitting: then the best-keyed of those. Ties go to the later line.
 * A line inside a declaration that fits (`kept`) is a candidate only when no other line is.
 */
function cut(from, end, lineTokens, keys, budget, kept) {
    let fit = from;
    let total = 0;
    while (fit < end && total + lineTokens[fit] <= budget)
        total += lineTokens[fit++];
    if (fit === end)
        return end;
    let best = kept?.[fit] ? undefined : fit;
    let declaration;
    let size = total;
    for (let candidate = fit - 1; candidate > from; candidate--) {
        size -= lineTokens[candidate];
        if (kept?.[candidate])
            continue;
        if (2 * size >= budget) {
            if (best === undefined || keys[candidate] > keys[best])
                best = candidate;
        }
        else if (tierOfKey(keys[candidate]) >= TIER.nested) {
            if (declaration === undefined || keys[candidate] > keys[declaration])
                declaration = candidate;
        }
    }
    const tier = (line) => (line === undefined ? -1 : tierOfKey(keys[line]));
    if (declaration !== undefined && tier(declaration) > tier(best))
        return declaration;
    return best ?? fit;
}
/** The counter with each distinct text counted once. */
function memoise(countTokens) {
    const counts = new Map();
    return text => {
        let count = counts.get(text);
        if (count === undefined) {
            count = countTokens(text);
            counts.set(text, count);
        }
        return count;
    };
}

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./src/chunk/languages.ts
/**
 * The languages the chunker knows: how a file is recognised, which grammar parses it and which
 * syntax nodes are declarations. A file of any other language is cut by the line rule alone.
 */
const REPOMIX = '@repomix/tree-sitter-wasms';
function repomix(name, sha256) {
    return { package: REPOMIX, file: `out/tree-sitter-${name}.wasm`, sha256 };
}
/** The runtime's JavaScript, as `require` finds it in the package (its CommonJS build). */
const RUNTIME_SCRIPT = { package: 'web-tree-sitter', file: 'web-tree-sitter.cjs' };
/** The runtime that runs the grammars; its own .wasm is pinned like theirs. */
const RUNTIME_WASM = {
    package: 'web-tree-sitter',
    file: 'web-tree-sitter.wasm',
    sha256: '488beeff7adb7fd7e21e97cc29a43dc6d031977755eda892d6d96c7f456cfdec'
};
/** JavaScript, TypeScript and TSX share their declarations. */
const ECMASCRIPT = {
    declarations: {
        function_declaration: 'function',
        generator_function_declaration: 'function',
        // Overloads, `declare function`, and the members of interfaces and abstract classes.
        function_signature: 'function',
        method_signature: 'method',
        abstract_method_signature: 'method',
        class_declaration: 'class',
        abstract_class_declaration: 'class',
        method_definition: 'method',
        interface_declaration: 'interface',
        type_alias_declaration: 'type',
        enum_declaration: 'enum',
        internal_module: 'namespace',
        module: 'namespace',
        // `const f = () => …` and `const f = function …`: see FUNCTION_VALUES in ./syntax.ts.
        variable_declarator: 'function'
    },
    wrappers: [
        'export_statement',
        'lexical_declaration',
        'variable_declaration',
        'ambient_declaration',
        'expression_statement'
    ],
    leading: ['decorator']
};
/** C and C++ share theirs; C++ adds classes, namespaces and templates. */
const C_DECLARATIONS = {
    function_definition: 'function',
    struct_specifier: 'struct',
    union_specifier: 'union',
    enum_specifier: 'enum',
    type_definition: 'type'
};
const LANGUAGES = [
    {
        name: 'javascript',
        grammar: repomix('javascript', '06ad932f038e999733c8aae0b7ff0c8bd22953c10a681d39c69c77e6e707c90e'),
        extensions: ['.js', '.mjs', '.cjs', '.jsx'],
        interpreters: ['node'],
        ...ECMASCRIPT
    },
    {
        name: 'typescript',
        grammar: repomix('typescript', '13677574a6375e1b12e98579850c55a4db5952ad8bacd673110007ac7cfd7e69'),
        extensions: ['.ts', '.mts', '.cts'],
        ...ECMASCRIPT
    },
    {
        name: 'tsx',
        grammar: repomix('tsx', '28fd7df7f2531af8deefa41c42b1f38a42b16141f8864d335439704eaf6cb465'),
        extensions: ['.tsx'],
        ...ECMASCRIPT
    },
    {
        name: 'python',
        grammar: repomix('python', '36d25eee776af6293dc67bdf6f8f820af6a26bbc49e335cc4821dfd5a0dac685'),
        extensions: ['.py', '.pyi'],
        interpreters: ['python'],
        declarations: { function_definition: 'function', class_definition: 'class' },
        wrappers: ['decorated_definition']
    },
    {
        name: 'go',
        grammar: repomix('go', '7ca9e17e2b4fe236cb1d2386b0dfa897d7f13016cb88c1a5c8c1140719e5e514'),
        extensions: ['.go'],
        declarations: {
            function_declaration: 'function',
            method_declaration: 'method',
            method_elem: 'method',
            type_spec: 'type'
        },
        wrappers: ['type_declaration']
    },
    {
        name: 'rust',
        grammar: repomix('rust', 'a96b69c6fdf9d75b7df225af7e3544443cbd91c518dff3d7864bbef2463f57f0'),
        extensions: ['.rs'],
        declarations: {
            function_item: 'function',
            function_signature_item: 'function',
            struct_item: 'struct',
            enum_item: 'enum',
            union_item: 'union',
            trait_item: 'trait',
            impl_item: 'impl',
            mod_item: 'module',
            type_item: 'type',
            macro_definition: 'macro'
        },
        leading: ['attribute_item']
    },
    {
        name: 'java',
        grammar: repomix('java', '84e70408b5f5e693f77768930ee0f56dd1a21f40b4bd63b16c39d477fceea60c'),
        extensions: ['.java'],
        declarations: {
            class_declaration: 'class',
            interface_declaration: 'interface',
            enum_declaration: 'enum',
            record_declaration: 'class',
            annotation_type_declaration: 'interface',
            method_declaration: 'method',
            constructor_declaration: 'constructor'
        }
    },
    {
        name: 'c',
        grammar: repomix('c', 'f0c308e7465d6af2e1de71426afbcb22ba33390227db950652808d248da03bf3'),
        extensions: ['.c'],
        declarations: C_DECLARATIONS
    },
    {
        name: 'cpp',
        grammar: repomix('cpp', '212ed7c04c7a6e25702edf3148c2e65a096193fd8154f77a1c1ad1b940216d08'),
        // C headers are read as C++, which parses nearly all C too; the reverse is not true.
        extensions: ['.cc', '.cpp', '.cxx', '.c++', '.h', '.hh', '.hpp', '.hxx', '.h++', '.ipp'],
        declarations: {
            ...C_DECLARATIONS,
            class_specifier: 'class',
            namespace_definition: 'namespace'
        },
        wrappers: ['template_declaration']
    },
    {
        name: 'csharp',
        grammar: repomix('c_sharp', 'fbb5de1f3c277c9a60fffd8ae485e231babda452ca788d301952e41d4c1a5888'),
        extensions: ['.cs'],
        declarations: {
            class_declaration: 'class',
            struct_declaration: 'struct',
            interface_declaration: 'interface',
            enum_declaration: 'enum',
            record_declaration: 'class',
            method_declaration: 'method',
            constructor_declaration: 'constructor',
            namespace_declaration: 'namespace',
            file_scoped_namespace_declaration: 'namespace'
        }
    },
    {
        name: 'ruby',
        grammar: repomix('ruby', 'b98cfd3724adf318f7ebfb979f167c3b7470cb143384b51ac1fd3f47f9ba4039'),
        extensions: ['.rb', '.rake', '.gemspec'],
        fileNames: ['Rakefile', 'Gemfile'],
        interpreters: ['ruby'],
        declarations: {
            method: 'function',
            singleton_method: 'function',
            class: 'class',
            module: 'module'
        }
    },
    {
        name: 'php',
        grammar: repomix('php', '3e95620047070f70ecb900fb003a8e60d61cb32e7f3433f856f1e9183f872b9e'),
        extensions: ['.php'],
        interpreters: ['php'],
        declarations: {
            function_definition: 'function',
            method_declaration: 'method',
            class_declaration: 'class',
            interface_declaration: 'interface',
            trait_declaration: 'trait',
            enum_declaration: 'enum',
            namespace_definition: 'namespace'
        }
    },
    {
        name: 'bash',
        // The only prebuilt Bash grammar for this runtime's ABI.
        grammar: {
            package: '@vscode/tree-sitter-wasm',
            file: 'wasm/tree-sitter-bash.wasm',
            sha256: 'a14e9ed880b2c3f16cd00c796c38d237a3e9b028bdec5b4315c76976e67b01ca'
        },
        extensions: ['.sh', '.bash'],
        interpreters: ['sh', 'bash'],
        declarations: { function_definition: 'function' }
    }
];
/** Markdown is cut at its headings by a small rule (./markdown.ts), not by a grammar. */
const MARKDOWN = { name: 'markdown', extensions: ['.md', '.markdown', '.mdx'] };
/**
 * The language of a file, by its name, or for a file without an extension, by the interpreter a
 * `#!` first line names (`#!/bin/sh`, `#!/usr/bin/env python3`).
 */
function languageOf(path, content) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
    if (MARKDOWN.extensions.includes(extension))
        return { kind: 'markdown' };
    const interpreter = extension === '' ? shebangInterpreter(content) : undefined;
    const language = LANGUAGES.find(l => (extension !== '' && l.extensions.includes(extension)) ||
        (extension === '' && l.fileNames?.includes(name)) ||
        (interpreter !== undefined && l.interpreters?.includes(interpreter)));
    return language ? { kind: 'syntax', language } : { kind: 'none' };
}
function shebangInterpreter(content) {
    const line = /^#!([^\n]*)/.exec(content)?.[1];
    if (line === undefined)
        return undefined;
    const [command = '', ...args] = line.trim().split(/[ \t]+/);
    let program = command.slice(command.lastIndexOf('/') + 1);
    // `#!/usr/bin/env -S python3 -u`: the first word that is neither an option nor NAME=value.
    if (program === 'env')
        program = args.find(arg => !arg.startsWith('-') && !arg.includes('=')) ?? '';
    // python3, python3.12 → python
    return program.replace(/[\d.]+$/, '');
}

;// CONCATENATED MODULE: ./src/chunk/grammars.ts
/**
 * tree-sitter in WebAssembly: the runtime and the grammars of ./languages.ts, loaded once, on
 * first use, from the files their npm packages ship. The files are found the way modules are,
 * from the running code: from src/ they lie in node_modules; `npm run package` copies them into
 * dist/node_modules, where the bundle finds them with no other node_modules present. Each file
 * is checked against its pinned digest, since the chunks a file becomes depend on its bytes.
 */





const resolver = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
/**
 * The runtime's CommonJS build, required at run time like the grammars rather than bundled:
 * bundled, its ES module build's `await import("module")` loses createRequire.
 */
function runtime() {
    return resolver(RUNTIME_SCRIPT.package);
}
/** Where a pinned file lies for the running code; throws, naming it, when it is not there. */
function wasmPath(file) {
    const specifier = `${file.package}/${file.file}`;
    try {
        return resolver.resolve(specifier);
    }
    catch (error) {
        throw new Error(`tree-sitter file ${specifier} is missing (${(0,errors/* errorMessage */.g)(error)})`, {
            cause: error
        });
    }
}
async function readPinned(file) {
    const path = wasmPath(file);
    const bytes = await (0,promises_.readFile)(path);
    if ((0,digest/* sha256Hex */.f)(bytes) !== file.sha256) {
        throw new Error(`${path} is not the file this chunker was built with (its SHA-256 differs): ` +
            `reinstall, or pin the new file in src/chunk/languages.ts`);
    }
    return bytes;
}
/**
 * Files larger than this are not parsed (they are cut by the line rule): they are nearly always
 * generated or bundled code, and a syntax tree of them costs memory the WebAssembly heap keeps.
 */
const MAX_PARSE_CHARS = 2 * 1024 * 1024;
/**
 * The parse budget, in the parser's own progress calls (tree-sitter makes one every fixed number
 * of parse operations), not in time: the same file and grammar always take the same number, so
 * whether a file is parsed cannot depend on the machine's speed or load, and a full and an
 * incremental run give the same chunks. Real code takes 3 to 15 calls per KiB (Python, Go,
 * TypeScript, C); the budget allows several times that before the line rule takes over.
 */
function parseBudget(chars) {
    return 1024 + Math.ceil(chars / 16);
}
class Grammars {
    budget;
    runtime;
    languages = new Map();
    constructor(budget = parseBudget) {
        this.budget = budget;
    }
    /**
     * The file's syntax tree (the caller deletes it), or why there is none. A text of more than
     * MAX_PARSE_CHARS or one that takes more than its parse budget gets none.
     */
    async parse(text, language) {
        if (text.length > MAX_PARSE_CHARS)
            return { failure: 'over-budget' };
        const [parser, grammar] = await Promise.all([this.parser(), this.language(language)]);
        parser.setLanguage(grammar);
        const budget = this.budget(text.length);
        let work = 0;
        const tree = parser.parse(text, null, { progressCallback: () => ++work > budget });
        if (tree === null) {
            // A cancelled parse would otherwise resume on the next call.
            parser.reset();
            return { failure: 'over-budget' };
        }
        return { tree, work };
    }
    parser() {
        this.runtime ??= readPinned(RUNTIME_WASM).then(async (wasmBinary) => {
            const { Parser } = runtime();
            await Parser.init({ wasmBinary });
            return new Parser();
        });
        return this.runtime;
    }
    language(language) {
        let loaded = this.languages.get(language.name);
        if (loaded === undefined) {
            loaded = this.parser().then(async () => runtime().Language.load(await readPinned(language.grammar)));
            this.languages.set(language.name, loaded);
        }
        return loaded;
    }
}

;// CONCATENATED MODULE: ./src/chunk/markdown.ts
/**
 * Markdown's structure by a small rule, not a grammar: its sections begin at headings. A heading
 * is an ATX heading (`#` to `######` and a space) or a setext one (a text line underlined with
 * `===` or `---`), outside fenced code blocks and outside YAML front matter. Levels 1 and 2 rank
 * like top-level declarations, deeper levels like nested ones; the other lines keep the line rule.
 */

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** Lines that cannot be a setext heading's text: blank, list items, quotes, fences, headings. */
const NOT_SETEXT_TEXT = /^\s*$|^ {0,3}(?:[-+*>#]|\d+[.)]|```|~~~)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Each line's heading level (1-6), 0 for a line that is not a heading's text. */
function headingLevels(lines) {
    const levels = lines.map(() => 0);
    let fence;
    let from = 0;
    if (lines[0]?.trimEnd() === '---') {
        const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
        if (end > 0)
            from = end + 1;
    }
    for (let i = from; i < lines.length; i++) {
        const marker = FENCE.exec(lines[i])?.[1];
        if (fence !== undefined) {
            if (marker?.[0] === fence[0] && marker.length >= fence.length)
                fence = undefined;
            continue;
        }
        if (marker !== undefined) {
            fence = marker;
            continue;
        }
        const atx = ATX.exec(lines[i]);
        if (atx)
            levels[i] = atx[1].length;
        else if (!NOT_SETEXT_TEXT.test(lines[i]) && i + 1 < lines.length) {
            const underline = SETEXT_UNDERLINE.exec(lines[i + 1])?.[1];
            if (underline !== undefined)
                levels[i] = underline[0] === '=' ? 1 : 2;
        }
    }
    return levels;
}
function headingText(line) {
    const atx = ATX.exec(line);
    return oneLineName(atx ? (atx[2] ?? '') : line);
}
function markdownStructure(lines) {
    const structure = emptyStructure(lines.length);
    const sections = [];
    headingLevels(lines).forEach((level, i) => {
        if (level > 0) {
            // A section ends where a heading of its level or above begins, or at the end.
            while (sections.length > 0 && sections[sections.length - 1].level >= level) {
                sections.pop().lines.end = i - 1;
            }
            const parent = sections[sections.length - 1];
            const step = symbolStep('section', headingText(lines[i]) || undefined);
            const section = {
                level,
                symbol: { path: parent ? `${parent.symbol.path} > ${step}` : step, kind: 'section' },
                lines: { start: i, head: i, end: lines.length - 1 }
            };
            sections.push(section);
            structure.declarations.push(section.lines);
            structure.tiers[i] = level <= 2 ? TIER.top : TIER.nested;
            structure.depths[i] = level;
        }
        structure.symbols[i] = sections[sections.length - 1]?.symbol;
    });
    return structure;
}

;// CONCATENATED MODULE: ./src/chunk/syntax.ts

/** Declarations whose functions are methods. */
const CLASS_LIKE = new Set([
    'class',
    'enum',
    'impl',
    'interface',
    'struct',
    'trait',
    'union'
]);
/** Declarations that only name a scope: what they hold counts as top level. */
const SCOPES = new Set(['module', 'namespace']);
/** A variable_declarator is a declaration when its value is one of these (`const f = () => …`). */
const FUNCTION_VALUES = new Set([
    'arrow_function',
    'function',
    'function_expression',
    'generator_function'
]);
/**
 * Declarations that only count with a name and a body: `struct S *p` names a type and declares
 * none; `typedef struct { … } T` declares T (the type_definition), not the struct.
 */
const NEED_BODY = new Set([
    'class_specifier',
    'enum_specifier',
    'mod_item',
    'struct_specifier',
    'union_specifier'
]);
/** The last line a node covers: a node that ends at a line's start (a line comment) ends above. */
function lastRow(start, end) {
    return end.column === 0 && end.row > start.row ? end.row - 1 : end.row;
}
class StructureWalk {
    language;
    structure;
    indent;
    assigned;
    /** The declarations that hold the node being visited, outermost first. */
    open = [];
    /** Every declaration, outer before inner. */
    found = [];
    constructor(lines, language) {
        this.language = language;
        this.structure = emptyStructure(lines.length);
        this.indent = lines.map(line => line.search(/\S/));
        this.assigned = new Uint8Array(lines.length);
    }
    /** Visits the cursor's node; returns whether its children may hold anything to record. */
    visit(cursor, depth) {
        while (this.open.length > 0 && this.open[this.open.length - 1].depth >= depth)
            this.open.pop();
        const type = cursor.nodeType;
        const start = cursor.startPosition;
        const last = lastRow(start, cursor.endPosition);
        const row = start.row;
        if (depth > 0 &&
            cursor.nodeIsNamed &&
            !this.assigned[row] &&
            start.column === this.indent[row]) {
            // The first node the walk meets at a line's first character is the outermost one there.
            this.assigned[row] = 1;
            this.structure.depths[row] = Math.min(depth, MAX_DEPTH);
            const groupStart = depth === 1 && (row === 0 || this.indent[row - 1] < 0);
            this.raise(row, groupStart ? TIER.top : TIER.node);
        }
        // Named only: Ruby's `class` keyword is a node of type `class` too.
        const kind = cursor.nodeIsNamed ? this.language.declarations[type] : undefined;
        if (kind !== undefined)
            this.declare(cursor.currentNode, kind, depth);
        // Children of a one-line node begin on its line, after its start: none begins that line,
        // but a declaration may lie inside a one-line wrapper (`export const f = () => 1`).
        return depth === 0 || last > row || (this.language.wrappers?.includes(type) ?? false);
    }
    raise(row, tier) {
        if (this.structure.tiers[row] < tier)
            this.structure.tiers[row] = tier;
    }
    declare(node, tableKind, depth) {
        if (NEED_BODY.has(node.type) &&
            (node.childForFieldName('body') === null || node.childForFieldName('name') === null)) {
            return;
        }
        if (node.type === 'variable_declarator') {
            const value = node.childForFieldName('value');
            if (value === null || !FUNCTION_VALUES.has(value.type))
                return;
        }
        const parent = this.open[this.open.length - 1];
        const kind = refineKind(node, tableKind, parent?.kind);
        let outer = node;
        while (outer.parent !== null && this.language.wrappers?.includes(outer.parent.type)) {
            outer = outer.parent;
        }
        const start = this.leadingStart(outer);
        const step = symbolStep(kind, declarationName(node));
        const declaration = {
            start,
            head: outer.startPosition.row,
            end: lastRow(outer.startPosition, outer.endPosition),
            kind,
            depth,
            symbol: { path: parent ? `${parent.symbol.path} > ${step}` : step, kind }
        };
        this.raise(start, this.open.every(d => SCOPES.has(d.kind)) ? TIER.top : TIER.nested);
        this.open.push(declaration);
        this.found.push(declaration);
    }
    /**
     * Where a declaration begins with what belongs to it: the comments (and the language's leading
     * nodes) right above it, each starting its own line, with no blank line between.
     */
    leadingStart(node) {
        let start = node.startPosition.row;
        // A first child that begins its parent (Ruby's body_statement) has its parent's neighbours.
        let anchor = node;
        while (anchor.previousSibling === null &&
            anchor.parent !== null &&
            anchor.parent.startIndex === anchor.startIndex) {
            anchor = anchor.parent;
        }
        for (let sibling = anchor.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
            const leads = sibling.type.includes('comment') || (this.language.leading?.includes(sibling.type) ?? false);
            const { startPosition, endPosition } = sibling;
            if (!leads ||
                lastRow(startPosition, endPosition) < start - 1 ||
                startPosition.column !== this.indent[startPosition.row]) {
                break;
            }
            start = startPosition.row;
        }
        return start;
    }
    /** Each line's innermost declaration; outer ones are written first, inner ones over them. */
    finish() {
        for (const { start, head, end, symbol } of this.found) {
            this.structure.symbols.fill(symbol, start, end + 1);
            this.structure.declarations.push({ start, head, end });
        }
        return this.structure;
    }
}
function refineKind(node, kind, parent) {
    if (kind === 'function' && parent !== undefined && CLASS_LIKE.has(parent))
        return 'method';
    if (node.type === 'type_spec') {
        const type = node.childForFieldName('type')?.type;
        if (type === 'struct_type')
            return 'struct';
        if (type === 'interface_type')
            return 'interface';
    }
    return kind;
}
/** The declared name, qualified where the language writes it apart (Go receivers, Rust impls). */
function declarationName(node) {
    if (node.type === 'impl_item') {
        const target = node.childForFieldName('type')?.text;
        const trait = node.childForFieldName('trait')?.text;
        return target === undefined ? undefined : oneLineName(trait ? `${trait} for ${target}` : target);
    }
    const name = node.childForFieldName('name');
    if (name !== null) {
        const receiver = node.childForFieldName('receiver')?.namedChildren[0];
        const owner = receiver?.childForFieldName('type')?.text.replace(/^\*/, '') ??
            node.childForFieldName('object')?.text;
        return oneLineName(owner ? `${owner}.${name.text}` : name.text);
    }
    // C and C++: the name sits at the bottom of the declarator (pointer, function, array...).
    let declarator = node.childForFieldName('declarator');
    while (declarator?.childForFieldName('declarator')) {
        declarator = declarator.childForFieldName('declarator');
    }
    return declarator ? oneLineName(declarator.text) : undefined;
}
/** The structure of a file from its syntax tree; `lines` are the lines the tree was parsed from. */
function structureOf(tree, lines, language) {
    const walk = new StructureWalk(lines, language);
    const cursor = tree.walk();
    try {
        let depth = 0;
        for (;;) {
            if (walk.visit(cursor, depth) && cursor.gotoFirstChild()) {
                depth++;
                continue;
            }
            while (!cursor.gotoNextSibling()) {
                if (!cursor.gotoParent())
                    return walk.finish();
                depth--;
            }
        }
    }
    finally {
        cursor.delete();
    }
}
/** How many lines the tree's ERROR nodes cover: what the parser could not read. */
function errorLines(tree) {
    let lines = 0;
    const pending = tree.rootNode.hasError ? [tree.rootNode] : [];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
        if (node.isError) {
            lines += lastRow(node.startPosition, node.endPosition) - node.startPosition.row + 1;
            continue;
        }
        for (const child of node.children)
            if (child?.hasError)
                pending.push(child);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/chunk/file-chunker.ts
/**
 * Chunks one file by what it is: a file of a language of ./languages.ts by its syntax tree,
 * Markdown by its headings, anything else (and a file the parser cannot read) by the line rule.
 */







/**
 * The line rule alone, unchanged since it was the only one: what the 'lines' rule gives,
 * so an index made by the line rule before syntax chunking existed is still its prior.
 */
const LINE_CHUNKER_VERSION = 'lines-cdc/1';
/**
 * Names the chunking rule (./chunker.ts, ./boundaries.ts, ./split-line.ts, ./structure.ts,
 * ./syntax.ts, ./markdown.ts, ./languages.ts and the constants there): change the number with the
 * rule. The suffix is a digest of the pinned grammar files, so that new grammars, which can move
 * boundaries, make another version by themselves. The index manifest records it, and a prior
 * index made by another version is not reused.
 */
const CHUNKER_VERSION = `syntax-cdc/1+${(0,digest/* sha256Hex */.f)([RUNTIME_WASM, ...LANGUAGES.map(l => l.grammar)].map(g => g.sha256).join('\n')).slice(0, 8)}`;
/** The chunking settings an index records, and a prior index must match to be reused. */
function chunkingSettings(maxTokens, rule) {
    return {
        chunker: rule === 'lines' ? LINE_CHUNKER_VERSION : CHUNKER_VERSION,
        max_tokens: maxTokens
    };
}
/**
 * A file whose ERROR nodes cover more than this share of its lines is cut by the line rule:
 * a few unreadable lines (a macro the grammar does not know) leave the rest of the tree good.
 */
const MAX_ERROR_SHARE = 0.1;
/** The grammars, loaded once per process: they never change while it runs. */
const grammars = new Grammars();
async function analyseFile(path, content, rule = 'syntax') {
    const lines = (0,chunk_lines/* splitLines */.u)(content);
    const found = languageOf(path, content);
    if (found.kind === 'none')
        return { language: null, chunker: 'lines', lines };
    const language = found.kind === 'markdown' ? 'markdown' : found.language.name;
    if (rule === 'lines')
        return { language, chunker: 'lines', lines };
    if (found.kind === 'markdown') {
        return { language, chunker: 'markdown', lines, structure: markdownStructure(lines) };
    }
    // Parsed as the chunker reads it, so that the tree's rows are these lines.
    const parsed = await grammars.parse(lines.join('\n'), found.language);
    if ('failure' in parsed)
        return { language, chunker: 'lines-over-budget', lines };
    const { tree } = parsed;
    try {
        if (errorLines(tree) > MAX_ERROR_SHARE * lines.length) {
            return { language, chunker: 'lines-parse-error', lines };
        }
        return {
            language,
            chunker: 'syntax',
            lines,
            structure: structureOf(tree, lines, found.language)
        };
    }
    finally {
        tree.delete();
    }
}
async function chunkFile(path, content, options, rule = 'syntax') {
    const { language, chunker, lines, structure } = await analyseFile(path, content, rule);
    return { language, chunker, chunks: chunkLines(lines, options, structure) };
}

;// CONCATENATED MODULE: ./src/embed/assembly.ts
/**
 * Puts each batch's vectors into their items' rows, counts what each worker did, and checks at
 * the end that no row was left empty.
 */
class VectorAssembly {
    items;
    plan;
    dimension;
    onProgress;
    vectors;
    filled;
    stats = new Map();
    doneItems = 0;
    constructor(items, plan, dimension, onProgress) {
        this.items = items;
        this.plan = plan;
        this.dimension = dimension;
        this.onProgress = onProgress;
        this.vectors = new Float32Array(items.length * dimension);
        this.filled = new Uint8Array(items.length);
    }
    /** Stores one batch's vectors, batch-size × dimension in the batch's item order. */
    fill(batch, vectors, worker, busySeconds) {
        const { items } = this.plan[batch];
        if (vectors.length !== items.length * this.dimension) {
            throw new Error(`batch ${batch} came back with ${vectors.length} values, expected ${items.length}×${this.dimension}`);
        }
        items.forEach((item, row) => {
            this.vectors.set(vectors.subarray(row * this.dimension, (row + 1) * this.dimension), item * this.dimension);
            if (!this.filled[item])
                this.doneItems++;
            this.filled[item] = 1;
        });
        const stats = this.statsOf(worker);
        stats.items += items.length;
        stats.tokens += items.reduce((sum, item) => sum + this.items[item].tokens, 0);
        stats.busySeconds += busySeconds;
        this.onProgress?.(this.doneItems, this.items.length);
    }
    /** Registers a worker that ran, so it is listed even if it finished no batch. */
    statsOf(worker) {
        let stats = this.stats.get(worker);
        if (!stats) {
            stats = { worker, items: 0, tokens: 0, busySeconds: 0 };
            this.stats.set(worker, stats);
        }
        return stats;
    }
    perWorker() {
        return [...this.stats.values()].sort((a, b) => a.worker - b.worker);
    }
    /** Throws naming the first missing items, should any row be empty. */
    verifyComplete() {
        const missing = [];
        this.filled.forEach((isFilled, item) => {
            if (!isFilled)
                missing.push(`#${item} (${this.items[item].label})`);
        });
        if (missing.length > 0) {
            throw new Error(`${missing.length} chunk(s) got no vector: ${missing.slice(0, 10).join(', ')}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/embed/batch-plan.ts
/**
 * Most tokens in one batch. Measured with a bare minilm session at one intra-op thread, tokens/s
 * by batch × length: 1×256 8,211, 2×256 8,020, 4×256 7,259; 4×128 8,800, 8×128 8,043; 8×64
 * 9,413, 16×64 9,028; 16×32 9,431, 32×32 9,148. Past ~512 tokens a batch gets slower per token
 * (the activations leave the cache) and bigger: attention memory grows with batch × length²
 * (peak RSS 223 MB at 1×256, 264 MB at 4×256, 458 MB at 16×256).
 */
const BATCH_TOKEN_BUDGET = 512;
/**
 * Groups texts of exactly equal token length into batches of at most `batchSize` texts and (but
 * for a single text) at most BATCH_TOKEN_BUDGET tokens, so that no batch carries padding. The plan
 * depends only on the items (not on the number of workers nor on the order items arrive in).
 * Beyond that, a text's vector does not even depend on which texts share its batch (see
 * Embedder.embedBatch), so an incremental run that embeds only changed chunks gets the same bits
 * as a full rebuild.
 *
 * Batches come out largest first, so the slowest work starts first and the pull queue ends on
 * short batches.
 */
function planBatches(items, batchSize) {
    if (!Number.isInteger(batchSize) || batchSize < 1) {
        throw new Error(`batch size must be a whole number >= 1, got ${batchSize}`);
    }
    const byLength = new Map();
    items.forEach((item, index) => {
        const group = byLength.get(item.tokens);
        if (group)
            group.push(index);
        else
            byLength.set(item.tokens, [index]);
    });
    const batches = [];
    for (const [tokens, group] of byLength) {
        group.sort((a, b) => compareCanonical(items[a], items[b]) || a - b);
        const perBatch = Math.max(1, Math.min(batchSize, Math.floor(BATCH_TOKEN_BUDGET / tokens)));
        for (let start = 0; start < group.length; start += perBatch) {
            batches.push({ items: group.slice(start, start + perBatch), tokens });
        }
    }
    return batches.sort((a, b) => b.tokens * b.items.length - a.tokens * a.items.length ||
        b.tokens - a.tokens ||
        compareCanonical(items[a.items[0]], items[b.items[0]]));
}
/** Code-unit order of the text, then the label: the same whatever the locale. */
function compareCanonical(a, b) {
    return compareStrings(a.text, b.text) || compareStrings(a.label, b.label);
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/embed/embedder.ts + 1 modules
var embed_embedder = __nccwpck_require__(7297);
;// CONCATENATED MODULE: ./src/embed/in-process.ts


/**
 * Embeds the given batches in this process, one after another, with the same thread setting
 * the workers use so the vectors are the same bits. Rows are credited to worker 0.
 */
async function embedInProcess(batches, plan, items, model, threads, assembly) {
    const loadStarted = performance.now();
    const embedder = await (0,embed_embedder/* loadEmbedder */.P)(model, threads);
    const embedStartedAt = performance.now();
    assembly.statsOf(0);
    try {
        for (const batch of batches) {
            const started = performance.now();
            const texts = plan[batch].items.map(item => items[item].text);
            const vectors = await embedder.embedBatch(texts).catch((error) => {
                const labels = [...new Set(plan[batch].items.map(item => items[item].label))];
                throw new Error(`Embedding chunks of ${labels.join(', ')} failed: ${(0,errors/* errorMessage */.g)(error)}`, {
                    cause: error
                });
            });
            assembly.fill(batch, vectors, 0, (performance.now() - started) / 1000);
        }
    }
    finally {
        await embedder.dispose();
    }
    return { loadSeconds: (embedStartedAt - loadStarted) / 1000, embedStartedAt };
}

;// CONCATENATED MODULE: ./src/embed/worker-exit.ts
// V8 prints "JavaScript heap out of memory", C++ allocation failures "std::bad_alloc", and ONNX
// Runtime's allocator "Failed to allocate memory" / "out of memory".
const OUT_OF_MEMORY_TEXT = /out of memory|heap limit|javascript heap|bad_alloc|failed to allocate/i;
function mentionsOutOfMemory(text) {
    return OUT_OF_MEMORY_TEXT.test(text);
}
/**
 * Whether an unexpected death looks like memory exhaustion: one of the messages above, or a
 * SIGKILL we did not send, which on Linux is what the kernel's OOM killer sends.
 */
function looksOutOfMemory(exit) {
    return mentionsOutOfMemory(exit.stderr) || exit.signal === 'SIGKILL';
}
const OUT_OF_MEMORY_ADVICE = 'This looks like running out of memory: use fewer workers (workers / --workers) or a ' +
    'smaller batch size (batch-size / --batch-size).';
function describeExit(exit) {
    const how = exit.spawnError
        ? `could not be started (${exit.spawnError})`
        : exit.signal
            ? `was killed by ${exit.signal}`
            : `exited with code ${exit.code}`;
    const lastLines = exit.stderr.trim().split('\n').slice(-3).join(' | ');
    return lastLines ? `${how}; stderr: ${lastLines}` : how;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/util/entries.ts
var entries = __nccwpck_require__(1952);
;// CONCATENATED MODULE: ./src/embed/worker-process.ts



/** The worker entry that goes with the running code (see entryFile), under tsx for the source. */
function defaultWorkerEntry() {
    const { path, source } = (0,entries/* entryFile */.$)('worker');
    // By its absolute URL: a bare 'tsx' would be resolved from the working directory.
    return { script: path, execArgv: source ? ['--import', import.meta.resolve('tsx')] : [] };
}
const STDERR_TAIL_CHARS = 4096;
/** One forked worker process: typed messages in and out, and a single exit report. */
class WorkerProcess {
    child;
    stderr = '';
    exited = false;
    closed;
    constructor(entry, init, handlers) {
        let markClosed = () => { };
        this.closed = new Promise(resolve => (markClosed = resolve));
        const exit = (report) => {
            if (this.exited)
                return;
            this.exited = true;
            markClosed();
            handlers.onExit(report);
        };
        try {
            this.child = (0,external_node_child_process_namespaceObject.fork)(entry.script, [JSON.stringify(init)], {
                execArgv: entry.execArgv,
                // Float32Arrays cross the channel as bytes.
                serialization: 'advanced',
                // stdout stays free for the CLI's own output; stderr is kept to explain deaths.
                stdio: ['ignore', 'ignore', 'pipe', 'ipc']
            });
        }
        catch (error) {
            this.child = undefined;
            queueMicrotask(() => exit(spawnFailure(error)));
            return;
        }
        const child = this.child;
        child.stderr?.setEncoding('utf8');
        child.stderr?.on('data', (text) => {
            this.stderr = (this.stderr + text).slice(-STDERR_TAIL_CHARS);
        });
        child.on('message', (message) => handlers.onMessage(message));
        child.on('error', error => {
            // A spawn failure gets no 'close'; any other error is followed by one.
            if (child.pid === undefined)
                exit(spawnFailure(error));
        });
        child.on('close', (code, signal) => exit({ code, signal, stderr: this.stderr }));
    }
    embed(batch, texts) {
        this.send({ type: 'embed', batch, texts });
    }
    kill() {
        if (!this.exited)
            this.child?.kill('SIGKILL');
    }
    send(message) {
        // A closed channel means the process is dying; its exit report follows.
        if (this.child?.connected)
            this.child.send(message, () => { });
    }
}
function spawnFailure(error) {
    return {
        code: null,
        signal: null,
        stderr: '',
        spawnError: (0,errors/* errorMessage */.g)(error)
    };
}

;// CONCATENATED MODULE: ./src/embed/cluster.ts







// Fewer items than two full batches run in-process: forking and loading the model in every
// worker costs more than such a job can win back.
const IN_PROCESS_BELOW_BATCHES = 2;
// A batch whose worker dies this many times fails the run rather than killing workers forever.
const MAX_BATCH_ATTEMPTS = 3;
const MIN_BATCH_TIMEOUT_MS = 120_000;
// About 50 times what one thread of a MiniLM-sized model needs per token.
const BATCH_TIMEOUT_MS_PER_TOKEN = 10;
const LOAD_TIMEOUT_MS = 300_000;
const BATCHES_IN_FLIGHT = 2;
// ONNX Runtime intra-op threads per worker (and in-process): one process per core beat one
// process with a thread per core on the same machine, and keeps workers × threads within the
// cores. The vectors do not depend on it.
const THREADS_PER_WORKER = 1;
/**
 * The number of workers to fork: 'auto' is one per usable core, and more than the cores would
 * only oversubscribe them, so that is clamped with a warning.
 */
function resolveWorkers(requested, log) {
    const cores = (0,external_node_os_namespaceObject.availableParallelism)();
    if (requested === 'auto')
        return cores;
    if (requested > cores) {
        log?.warning(`workers ${requested} is more than the ${cores} usable cores; using ${cores}`);
        return cores;
    }
    return requested;
}
/**
 * Embeds every item, in a pool of forked worker processes or in-process for small jobs, and
 * returns the vectors in items order. The vectors are the same bits whatever the number of
 * workers and whichever worker ran which batch (see ./batch-plan.ts).
 */
async function embedAll(items, options) {
    const threads = THREADS_PER_WORKER;
    const { model } = options;
    const plan = planBatches(items, options.batchSize);
    const assembly = new VectorAssembly(items, plan, model.dimension, options.onProgress);
    const allBatches = plan.map((_, batch) => batch);
    let outcome = { workers: 0, modelLoadSeconds: 0, embedStartedAt: performance.now() };
    if (plan.length > 0 && items.length < IN_PROCESS_BELOW_BATCHES * options.batchSize) {
        const run = await embedInProcess(allBatches, plan, items, model, threads, assembly);
        outcome = { workers: 0, modelLoadSeconds: run.loadSeconds, embedStartedAt: run.embedStartedAt };
    }
    else if (plan.length > 0) {
        const workers = Math.min(resolveWorkers(options.workers, options.log), plan.length);
        options.log?.info(`Embedding ${items.length} chunks in ${plan.length} batches with ${workers} worker(s) × ${threads} thread(s)`);
        outcome = await new ClusterRun(items, plan, assembly, options, workers, threads).run();
    }
    const embedSeconds = (performance.now() - outcome.embedStartedAt) / 1000;
    assembly.verifyComplete();
    return {
        vectors: assembly.vectors,
        dimension: model.dimension,
        stats: {
            workers: outcome.workers,
            threadsPerWorker: threads,
            modelLoadSeconds: outcome.modelLoadSeconds,
            embedSeconds,
            perWorker: assembly.perWorker()
        }
    };
}
/**
 * One run of the worker pool: a pull queue (an idle worker is handed the next batch), a dead or
 * hung worker's batch re-queued and the worker replaced, a batch that keeps killing workers
 * failing the run, and an in-process fallback when no worker can be started.
 */
class ClusterRun {
    items;
    plan;
    assembly;
    options;
    workers;
    threads;
    pending;
    deaths = new Map();
    slots = new Set();
    everReady = new Set();
    entry;
    remaining;
    modelLoadSeconds = 0;
    embedStartedAt;
    settled = false;
    resolve;
    reject;
    constructor(items, plan, assembly, options, workers, threads) {
        this.items = items;
        this.plan = plan;
        this.assembly = assembly;
        this.options = options;
        this.workers = workers;
        this.threads = threads;
        this.pending = plan.map((_, batch) => batch);
        this.remaining = plan.length;
        this.entry = options.workerEntry ?? defaultWorkerEntry();
    }
    run() {
        return new Promise((resolve, reject) => {
            this.resolve = resolve;
            this.reject = reject;
            for (let number = 1; number <= this.workers; number++)
                this.spawn(number);
        });
    }
    spawn(number) {
        const init = { model: this.options.model, threads: this.threads };
        const slot = {
            number,
            ready: false,
            batches: [],
            spawnedAt: performance.now(),
            process: new WorkerProcess(this.entry, init, {
                onMessage: message => this.onMessage(slot, message),
                onExit: exit => this.onExit(slot, exit)
            })
        };
        this.slots.add(slot);
        slot.timer = setTimeout(() => this.kill(slot, `did not load the model within ${LOAD_TIMEOUT_MS / 1000} s`), LOAD_TIMEOUT_MS);
    }
    onMessage(slot, message) {
        if (this.settled || slot.killReason !== undefined)
            return;
        switch (message.type) {
            case 'ready':
                clearTimeout(slot.timer);
                slot.ready = true;
                this.everReady.add(slot.number);
                this.assembly.statsOf(slot.number);
                this.modelLoadSeconds = Math.max(this.modelLoadSeconds, (performance.now() - slot.spawnedAt) / 1000);
                this.dispatch(slot);
                break;
            case 'load-failed':
                this.kill(slot, `could not load the model: ${message.message}`);
                break;
            case 'vectors':
                this.onVectors(slot, message.batch, message.vectors, message.busySeconds);
                break;
            case 'batch-failed': {
                const advice = mentionsOutOfMemory(message.message);
                this.fail(`Embedding chunks of ${this.labels(message.batch)} failed in worker ${slot.number}: ` +
                    `${message.message}${advice ? `. ${OUT_OF_MEMORY_ADVICE}` : ''}`);
                break;
            }
        }
    }
    /**
     * Keeps BATCHES_IN_FLIGHT batches with the worker, so it starts the next one the moment it
     * finishes one instead of waiting a round trip for it; the queue stays pull-based.
     */
    dispatch(slot) {
        while (slot.batches.length < BATCHES_IN_FLIGHT) {
            const batch = this.pending.shift();
            if (batch === undefined)
                return;
            slot.batches.push(batch);
            this.embedStartedAt ??= performance.now();
            slot.process.embed(batch, this.plan[batch].items.map(item => this.items[item].text));
            if (slot.batches.length === 1)
                this.startBatchTimer(slot);
        }
    }
    /** Times the batch the worker is running now (the first it holds). */
    startBatchTimer(slot) {
        const { items, tokens } = this.plan[slot.batches[0]];
        const timeoutMs = this.options.batchTimeoutMs ??
            Math.max(MIN_BATCH_TIMEOUT_MS, BATCH_TIMEOUT_MS_PER_TOKEN * tokens * items.length);
        slot.timer = setTimeout(() => this.kill(slot, `did not finish a batch within ${timeoutMs / 1000} s`), timeoutMs);
    }
    onVectors(slot, batch, vectors, busySeconds) {
        if (batch !== slot.batches[0]) {
            this.fail(`worker ${slot.number} answered batch ${batch} while running ${slot.batches[0]}`);
            return;
        }
        clearTimeout(slot.timer);
        slot.batches.shift();
        if (slot.batches.length > 0)
            this.startBatchTimer(slot);
        try {
            this.assembly.fill(batch, vectors, slot.number, busySeconds);
        }
        catch (error) {
            this.fail((0,errors/* errorMessage */.g)(error));
            return;
        }
        this.remaining--;
        if (this.remaining === 0)
            this.finish();
        else
            this.dispatch(slot);
    }
    kill(slot, reason) {
        slot.killReason = reason;
        slot.process.kill();
    }
    onExit(slot, exit) {
        clearTimeout(slot.timer);
        this.slots.delete(slot);
        // Once the run is settled, exits are the shutdown's own kills.
        if (this.settled)
            return;
        const reason = slot.killReason ?? describeExit(exit);
        if (slot.batches.length > 0) {
            const [running, ...queued] = slot.batches;
            // Only the running batch counts a death; the queued ones go back as they were.
            this.pending.unshift(...queued);
            this.onBatchDeath(slot, running, reason, !slot.killReason && looksOutOfMemory(exit));
        }
        else if (!slot.ready) {
            this.onStartFailure(slot, reason);
        }
        else {
            this.options.log?.warning(`Embedding worker ${slot.number} ${reason} while idle`);
            if (this.pending.length > 0)
                this.spawn(slot.number);
        }
    }
    onBatchDeath(slot, batch, reason, outOfMemory) {
        const deaths = this.deaths.get(batch) ?? { reasons: [], outOfMemory: false };
        deaths.reasons.push(reason);
        deaths.outOfMemory ||= outOfMemory;
        this.deaths.set(batch, deaths);
        if (deaths.reasons.length >= MAX_BATCH_ATTEMPTS) {
            this.fail(`Embedding chunks of ${this.labels(batch)} failed: the worker running them died ` +
                `${deaths.reasons.length} times (${deaths.reasons.join('; ')})` +
                (deaths.outOfMemory ? `. ${OUT_OF_MEMORY_ADVICE}` : ''));
            return;
        }
        this.options.log?.warning(`Embedding worker ${slot.number} ${reason} while embedding chunks of ${this.labels(batch)}; ` +
            `running them again (attempt ${deaths.reasons.length + 1} of ${MAX_BATCH_ATTEMPTS})`);
        this.pending.unshift(batch);
        this.dispatchToIdle();
        this.spawn(slot.number);
    }
    /**
     * Hands re-queued work to the live workers: a ready worker asks for work only when it
     * finishes a batch, so one that is already idle would otherwise never see it.
     */
    dispatchToIdle() {
        for (const slot of this.slots) {
            if (slot.ready && slot.killReason === undefined)
                this.dispatch(slot);
        }
    }
    onStartFailure(slot, reason) {
        if (this.slots.size > 0) {
            this.options.log?.warning(`Embedding worker ${slot.number} ${reason}; going on with ${this.slots.size} worker(s)`);
            this.dispatchToIdle();
            return;
        }
        this.options.log?.warning(`Embedding worker ${slot.number} ${reason}; no worker is left, so the remaining ` +
            `${this.pending.length} batch(es) run in-process`);
        const batches = this.pending.splice(0);
        embedInProcess(batches, this.plan, this.items, this.options.model, this.threads, this.assembly).then(run => {
            this.modelLoadSeconds = Math.max(this.modelLoadSeconds, run.loadSeconds);
            this.embedStartedAt ??= run.embedStartedAt;
            this.remaining -= batches.length;
            this.finish();
        }, error => this.fail((0,errors/* errorMessage */.g)(error)));
    }
    /** The batch's distinct labels (file paths), for messages; long lists are cut. */
    labels(batch) {
        const labels = [...new Set(this.plan[batch].items.map(item => this.items[item].label))];
        const shown = labels.slice(0, 5).join(', ');
        return labels.length > 5 ? `${shown} and ${labels.length - 5} more` : shown;
    }
    finish() {
        this.settle(() => this.resolve({
            workers: this.everReady.size,
            modelLoadSeconds: this.modelLoadSeconds,
            embedStartedAt: this.embedStartedAt ?? performance.now()
        }));
    }
    fail(message) {
        this.settle(() => this.reject(new Error(message)));
    }
    /** Ends the run once: every worker is killed and gone before the caller hears the outcome. */
    settle(report) {
        if (this.settled)
            return;
        this.settled = true;
        const closing = [...this.slots].map(slot => {
            clearTimeout(slot.timer);
            slot.process.kill();
            return slot.process.closed;
        });
        void Promise.all(closing).then(report);
    }
}

;// CONCATENATED MODULE: ./src/report/progress.ts
const BAR_WIDTH = 24;
function formatDuration(seconds) {
    if (!Number.isFinite(seconds))
        return '?';
    const s = Math.max(0, Math.round(seconds));
    const m = Math.floor(s / 60);
    return m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}
function createProgress(options) {
    const stream = options.stream ?? process.stderr;
    const isTTY = options.isTTY ?? Boolean(stream.isTTY);
    const now = options.now ?? Date.now;
    const interval = options.intervalMs ?? (isTTY ? 100 : 5000);
    const started = now();
    let lastDraw = started;
    let done = 0;
    const line = (detail) => {
        const elapsed = (now() - started) / 1000;
        const perSecond = elapsed > 0 ? done / elapsed : 0;
        const eta = perSecond > 0 ? (options.total - done) / perSecond : Infinity;
        const pct = options.total > 0 ? Math.floor((100 * done) / options.total) : 100;
        const counts = `${done}/${options.total} ${options.unit} ${pct}%, ${perSecond.toFixed(1)} ${options.unit}/s, ETA ${formatDuration(eta)}`;
        return `${options.label}: ${counts}${detail ? `, ${detail}` : ''}`;
    };
    const draw = (detail) => {
        if (isTTY) {
            const filled = options.total > 0 ? Math.round((BAR_WIDTH * done) / options.total) : BAR_WIDTH;
            const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
            stream.write(`\r[${bar}] ${line(detail)}\x1b[K`);
        }
        else {
            stream.write(`${line(detail)}\n`);
        }
    };
    return {
        update(value, detail) {
            done = value;
            if (now() - lastDraw >= interval) {
                lastDraw = now();
                draw(detail);
            }
        },
        finish(detail) {
            done = options.total;
            draw(detail);
            if (isTTY)
                stream.write('\n');
        }
    };
}

;// CONCATENATED MODULE: ./src/report/stats.ts
const STATS_FIELDS = [
    {
        key: 'files_total',
        label: 'files indexed',
        output: { name: 'files-total', description: 'Files in the index.' }
    },
    {
        key: 'files_embedded',
        label: 'files embedded',
        output: {
            name: 'files-embedded',
            description: 'Files with at least one chunk embedded in this run.'
        }
    },
    {
        key: 'files_reused',
        label: 'files reused',
        output: {
            name: 'files-reused',
            description: 'Files whose vectors all came from the prior index.'
        }
    },
    {
        key: 'files_skipped',
        label: 'files skipped',
        output: {
            name: 'files-skipped',
            description: 'Files skipped (binary, too large, empty, unreadable, vanished, secret, symlink, unsafe name).'
        }
    },
    {
        key: 'chunks_total',
        label: 'chunks',
        output: { name: 'chunks', description: 'Chunks (vector rows) in the index.' }
    },
    { key: 'chunks_embedded', label: 'chunks embedded' },
    { key: 'chunks_reused', label: 'chunks reused' },
    { key: 'tokens_embedded', label: 'tokens embedded' },
    {
        key: 'workers',
        label: 'workers',
        output: {
            name: 'workers',
            description: 'Embedding worker processes used (0: in-process or nothing to embed).'
        }
    },
    { key: 'threads_per_worker', label: 'threads per worker' },
    { key: 'model_load_seconds', label: 'model load seconds' },
    { key: 'embed_seconds', label: 'embed seconds' },
    {
        key: 'files_per_second',
        label: 'files/sec',
        output: {
            name: 'files-per-second',
            description: 'files-total / wall seconds of the whole step.'
        },
        compared: true
    },
    { key: 'embedded_files_per_second', label: 'embedded files/sec', compared: true },
    {
        key: 'chunks_per_second',
        label: 'chunks/sec',
        output: { name: 'chunks-per-second', description: 'Chunks embedded per second of embedding.' },
        compared: true
    },
    {
        key: 'tokens_per_second',
        label: 'tokens/sec',
        output: { name: 'tokens-per-second', description: 'Tokens embedded per second of embedding.' },
        compared: true
    },
    { key: 'wall_seconds', label: 'wall seconds', compared: true }
];
/** A rate that is 0 rather than Infinity/NaN when nothing was timed. */
function rate(count, seconds) {
    return seconds > 0 ? round(count / seconds) : 0;
}
function round(value) {
    return Math.round(value * 1000) / 1000;
}
function computeStats(counts) {
    return {
        ...counts,
        files_reused: counts.files_total - counts.files_embedded,
        chunks_reused: counts.chunks_total - counts.chunks_embedded,
        wall_seconds: round(counts.wall_seconds),
        model_load_seconds: round(counts.model_load_seconds),
        embed_seconds: round(counts.embed_seconds),
        files_per_second: rate(counts.files_total, counts.wall_seconds),
        embedded_files_per_second: rate(counts.files_embedded, counts.embed_seconds),
        chunks_per_second: rate(counts.chunks_embedded, counts.embed_seconds),
        tokens_per_second: rate(counts.tokens_embedded, counts.embed_seconds),
        per_worker: counts.per_worker.map(w => ({ ...w, busy_seconds: round(w.busy_seconds) }))
    };
}
/**
 * The figures of a prior run, as read back from a stats.json that may come from a cache: kept
 * only if every declared figure is a finite number (the summary compares some, the throughput
 * gate reads others).
 */
function parseRunStats(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const record = value;
    const finite = (key) => typeof record[key] === 'number' && Number.isFinite(record[key]);
    return STATS_FIELDS.every(field => finite(field.key)) ? record : undefined;
}

;// CONCATENATED MODULE: ./src/scan/concurrency.ts
/**
 * Maps items through an async function with at most `limit` calls in flight, keeping the order of
 * the results; items are started in order. Bounds open file descriptors however many files there
 * are.
 */
async function mapConcurrently(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/scan/names.ts

// fast-glob takes names as strings and matches them with regular expressions whose '.' matches no
// line terminator, so it would neither list nor descend into a name holding one; and a name that
// is not valid UTF-8 would reach it decoded with U+FFFD, so two such names would become one that
// opens neither. The listing therefore reads names as bytes and spells them for fast-glob: a line
// terminator as NUL and a letter, a byte that is not UTF-8 as NUL, 'x' and two hex digits. NUL
// cannot occur in a file name, so the spelling is unambiguous. Only a path an index can hold (see
// nameProblem), so UTF-8, is ever opened or its folder read: by its textPath.
const TERMINATOR_LETTERS = {
    '\n': 'n',
    '\r': 'r',
    '\u2028': 'l',
    '\u2029': 'p'
};
const TERMINATORS = /[\n\r\u2028\u2029]/g;
const LETTERS = Object.fromEntries(Object.entries(TERMINATOR_LETTERS).map(([t, l]) => [l, t]));
const SPELLED = /\0(?:([nrlp])|x([0-9a-f]{2}))/g;
const NOT_UTF8 = '\0x';
// ignoreBOM keeps a leading U+FEFF, which is part of the name.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodes(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** A name read as bytes, spelled for fast-glob. */
function spellName(name) {
    const whole = decodes(name);
    if (whole !== undefined)
        return spellText(whole);
    // UTF-8 is prefix-free: the shortest run of 1 to 4 bytes that decodes is the next character.
    let spelled = '';
    for (let at = 0; at < name.length;) {
        const length = [1, 2, 3, 4].find(n => decodes(name.subarray(at, at + n)) !== undefined);
        if (length === undefined) {
            spelled += `${NOT_UTF8}${name[at].toString(16).padStart(2, '0')}`;
            at++;
        }
        else {
            spelled += spellText(decodes(name.subarray(at, at + length)));
            at += length;
        }
    }
    return spelled;
}
function spellText(text) {
    return text.replace(TERMINATORS, terminator => `\0${TERMINATOR_LETTERS[terminator]}`);
}
function isUtf8(spelled) {
    return !spelled.includes(NOT_UTF8);
}
/**
 * A spelled path as text: the real path where it is UTF-8 (what the file system is given), with
 * U+FFFD for each byte that is not (only for matching rules against it).
 */
function textPath(spelled) {
    return spelled.replace(SPELLED, (_, letter) => letter === undefined ? '\uFFFD' : LETTERS[letter]);
}
/**
 * Why an index cannot name this file (see pathProblem: a backslash, a drive-letter prefix), or
 * that its name is not UTF-8; null when it can.
 */
function nameProblem(spelled) {
    return isUtf8(spelled) ? pathProblem(textPath(spelled)) : 'is not UTF-8';
}
/**
 * How a skipped path is shown: as text, with a backslash doubled and each byte that is not UTF-8
 * as \xNN, so that two names never show alike (the manifest lists each skipped path once).
 */
function shownPath(spelled) {
    return spelled
        .replace(/\\/g, '\\\\')
        .replace(SPELLED, (_, letter, hex) => hex === undefined ? LETTERS[letter] : `\\x${hex}`);
}

;// CONCATENATED MODULE: ./src/scan/glob-fs.ts



/**
 * File system methods for fast-glob's `fs` option, confined to root (a real path): a folder
 * outside it lists as empty (a glob such as '../x/*' lists nothing), a folder under it is read
 * only when `hooks.enter` says so, and names are spelled as in names.ts.
 */
function globFileSystem(root, hooks) {
    const readFolder = (folder, options, callback) => {
        const relative = external_node_path_default().relative(root, folder).split((external_node_path_default()).sep).join('/');
        const outside = relative === '..' || relative.startsWith('../') || external_node_path_default().isAbsolute(relative);
        const entered = outside ? Promise.resolve(false) : relative === '' || hooks.enter(relative);
        void Promise.resolve(entered).then(enter => (enter ? list(folder, relative, options, callback) : callback(null, [])), (error) => failed(relative, error, callback));
    };
    const list = (folder, relative, options, callback) => {
        (0,external_node_fs_.readdir)(textPath(folder), { ...options, encoding: 'buffer' }, (error, entries) => {
            if (error !== null)
                return failed(relative, error, callback);
            // fast-glob reads the name only; it is set to its spelling.
            const spelled = entries.map(entry => Object.assign(entry, { name: spellName(entry.name) }));
            callback(null, spelled);
        });
    };
    const failed = (relative, error, callback) => {
        if (error.code === 'ENOTDIR')
            return callback(missing(error), []);
        // Root itself must be readable: the listing fails rather than report an empty tree.
        const listsEmpty = error.code !== 'ENOENT' && relative !== '' && hooks.onError?.(relative, error);
        callback(listsEmpty === true ? null : error, []);
    };
    return {
        // fast-glob reads folders only with file types (see @nodelib/fs.scandir), so only that
        // overload of readdir is implemented; its Dirent type is a structural copy of Node's.
        readdir: readFolder,
        lstat: (file, callback) => (0,external_node_fs_.lstat)(textPath(file), (error, stats) => callback(missing(error), stats)),
        stat: (file, callback) => (0,external_node_fs_.stat)(textPath(file), (error, stats) => callback(missing(error), stats))
    };
}
/**
 * A path through a file (a glob such as 'a/b' where a is a file) names nothing: ENOTDIR is told
 * to fast-glob as ENOENT, which it passes over, instead of failing the listing.
 */
function missing(error) {
    if (error?.code !== 'ENOTDIR')
        return error;
    return Object.assign(new Error(error.message, { cause: error }), { code: 'ENOENT' });
}

;// CONCATENATED MODULE: ./src/scan/patterns.ts
// Space-separated lists: one line per family reads better than one entry per line.
const SOURCE_EXTENSIONS = [
    // Web and scripting
    'ts tsx mts cts js jsx mjs cjs vue svelte astro',
    'py pyi rb php pl pm lua r jl dart ex exs erl hrl clj cljs elm hs ml mli fs fsx nim zig sol',
    // Compiled
    'go rs java kt kts scala groovy gradle swift m mm c h cc cpp cxx hh hpp hxx cs vb proto',
    // Shells
    'sh bash zsh fish ps1 psm1 bat cmd',
    // Docs
    'md mdx markdown rst txt adoc tex org',
    // Configuration and markup
    'json jsonc json5 yaml yml toml ini cfg conf xml graphql gql tf hcl nix cmake',
    'html htm css scss sass less sql'
].flatMap(family => family.split(' '));
const NAMED_FILES = [
    'Dockerfile Containerfile Makefile GNUmakefile Rakefile Gemfile Procfile Jenkinsfile',
    'Vagrantfile Brewfile Justfile BUILD WORKSPACE',
    'README LICENSE CHANGELOG CONTRIBUTING AUTHORS NOTICE CODEOWNERS'
].flatMap(family => family.split(' '));
/** What is indexed when no include globs are given: source code, docs and configuration. */
const DEFAULT_INCLUDE = [
    `**/*.{${SOURCE_EXTENSIONS.join(',')}}`,
    `**/{${NAMED_FILES.join(',')}}`,
    '**/Dockerfile.*'
];
/**
 * Generated files the default include would match but that only cost model time: lock files and
 * minified bundles. Left out only when no include globs are given; an explicit include decides.
 */
const DEFAULT_EXCLUDE = [
    '**/{package-lock.json,npm-shrinkwrap.json,yarn.lock,pnpm-lock.yaml,Cargo.lock,poetry.lock,composer.lock,Gemfile.lock,go.sum}',
    '**/*.min.{js,css}'
];
/** Folders never indexed, wherever they are, whatever the include and exclude globs say. */
const ALWAYS_EXCLUDED_FOLDERS = ['node_modules', '.git'];
const ALWAYS_EXCLUDED = ALWAYS_EXCLUDED_FOLDERS.map(folder => `**/${folder}/**`);

;// CONCATENATED MODULE: ./src/scan/list.ts




/**
 * The files and symbolic links under root (a real path) that the include globs match and the
 * exclude globs do not. Symbolic links are listed, not followed: a folder reached through one is
 * not read (whether fast-glob came to it by walking or from a glob's leading folders), nor is one
 * with a name an index cannot hold, nor anything outside root. A folder that cannot be read is
 * reported instead of failing the listing; root itself must be readable.
 */
async function listFiles(root, include, exclude, links) {
    const unread = [];
    const fs = globFileSystem(root, {
        enter: async (folder) => {
            if (nameProblem(folder) !== null) {
                unread.push({ path: folder, reason: 'unsafe-name' });
                return false;
            }
            const link = await links.linkOn(folder);
            if (link !== null)
                unread.push({ path: link, reason: 'symlink' });
            return link === null;
        },
        onError: (folder, error) => {
            unread.push({ path: folder, reason: 'unreadable', detail: error.code ?? 'unknown' });
            return true;
        }
    });
    const options = {
        cwd: root,
        dot: true,
        onlyFiles: false,
        followSymbolicLinks: false,
        ignore: [...ALWAYS_EXCLUDED, ...exclude],
        fs
    };
    const entries = await out_default()([...include], { ...options, objectMode: true });
    const files = entries
        .filter(entry => entry.dirent.isFile() || entry.dirent.isSymbolicLink())
        .map(entry => ({ path: entry.path, symlink: entry.dirent.isSymbolicLink() }));
    // fast-glob reads a glob's leading folders ('docs' of 'docs/**') whatever the exclude globs
    // say, so it is asked again about such a folder's own path, which it then filters as any entry.
    // A folder with an unsafe name is kept as it is: it was met by walking, and fast-glob does not
    // walk into an excluded folder.
    const asked = unread.filter(folder => folder.reason !== 'unsafe-name');
    const kept = new Set(await out_default()(asked.map(folder => out_default().escapePath(folder.path)), options));
    return {
        files,
        unread: unread.filter(folder => folder.reason === 'unsafe-name' || kept.has(folder.path))
    };
}

;// CONCATENATED MODULE: ./src/scan/gitignore.ts






/**
 * The rules of every .gitignore file under root (a real path) applied as git on Linux applies
 * them: case-sensitive, a deeper file's rules override its parents', the last matching rule wins,
 * a negation can re-include a path, but nothing inside an ignored folder can be re-included.
 * Like git, neither a symbolic link named .gitignore nor a folder reached through a link is read
 * (the listing's rules); an unreadable .gitignore counts as empty. Paths are tested as text (see
 * names.ts).
 */
async function loadGitignore(root, links) {
    const { files } = await listFiles(root, ['**/.gitignore'], [], links);
    const found = await Promise.all(files
        .filter(file => !file.symlink)
        .map(async (file) => ({
        folder: textPath(file.path).slice(0, -'.gitignore'.length),
        text: await (0,promises_.readFile)(external_node_path_default().join(root, textPath(file.path)), 'utf8').catch(() => '')
    })));
    // One list of rules, each rooted at its file's folder, parents' files before their children's:
    // then "the last matching rule wins" is git's precedence, and the package's own rule that an
    // ignored folder's contents stay ignored applies across files.
    const rules = ignore_default()({ ignorecase: false });
    for (const { folder, text } of found.sort((a, b) => paths_comparePaths(a.folder, b.folder))) {
        rules.add(text.split(/\r?\n/).flatMap(line => rooted(line, folder)));
    }
    return (target, isFolder) => rules.ignores(isFolder ? `${target}/` : target);
}
/**
 * A .gitignore line of the file in `folder` ('' for root, else ending in '/') as a rule of root's:
 * a pattern with a slash before its end is relative to the folder, one without matches at any
 * depth below it. Comments and blank lines are no rules.
 */
function rooted(line, folder) {
    if (line.startsWith('#') || line.trim() === '')
        return [];
    if (folder === '')
        return [line];
    const negated = line.startsWith('!');
    const pattern = negated ? line.slice(1) : line;
    const anchored = pattern.trimEnd().replace(/\/$/, '').includes('/');
    const rest = anchored ? pattern.replace(/^\//, '') : `**/${pattern}`;
    return [`${negated ? '!' : ''}${escapeGlob(folder)}${rest}`];
}
/** A folder path as a literal pattern: glob characters and a leading '#' or '!' escaped. */
function escapeGlob(folder) {
    return folder.replace(/[\\*?[]/g, '\\$&').replace(/^[#!]/, '\\$&');
}

;// CONCATENATED MODULE: ./src/scan/links.ts



/**
 * Finds the symbolic link, if any, on the way from root (a real path) to a folder under it: one
 * lstat per folder, cached, so a tree of 100k files costs one call per folder, not per file. A
 * folder with no link on the way has exactly root + '/' + its path as its real path.
 */
class LinkFinder {
    root;
    found = new Map();
    constructor(root) {
        this.root = root;
    }
    /**
     * The path of the first symbolic link among folder ('/'-separated, relative to root, spelled as
     * in names.ts; '' for root) and the folders above it, or null when there is none. Rejects with
     * lstat's error when a folder on the way cannot be looked at (ENOENT when it is gone).
     */
    linkOn(folder) {
        if (folder === '')
            return Promise.resolve(null);
        let link = this.found.get(folder);
        if (link === undefined) {
            const slash = folder.lastIndexOf('/');
            link = this.linkOn(slash < 0 ? '' : folder.slice(0, slash)).then(async (above) => {
                if (above !== null)
                    return above;
                const stats = await (0,promises_.lstat)(external_node_path_default().join(this.root, textPath(folder)));
                return stats.isSymbolicLink() ? folder : null;
            });
            this.found.set(folder, link);
        }
        return link;
    }
}

;// CONCATENATED MODULE: ./src/scan/own-paths.ts


/**
 * Of the tool's own paths (absolute: the output folder, the models, the stats file...), those
 * whose real path lies under root (a real path), relative to root and '/'-separated. A path that
 * does not exist yet (an output folder before the first run) is resolved through its nearest
 * existing ancestor, so a link on the way or a root given through a link cannot hide it.
 */
async function ownPathsUnder(root, paths) {
    const under = [];
    for (const own of paths) {
        const relative = external_node_path_default().relative(root, await realPathOf(own));
        // By segments: a folder named '..idx' is under root, '../idx' is not.
        const outside = relative.split((external_node_path_default()).sep)[0] === '..' || external_node_path_default().isAbsolute(relative);
        if (!outside)
            under.push(relative.split((external_node_path_default()).sep).join('/'));
    }
    return under;
}
/** Whether a '/'-separated path relative to root is one of `own` or lies inside one. */
function isOwnPath(file, own) {
    return own.some(folder => folder === '' || file === folder || file.startsWith(`${folder}/`));
}

// EXTERNAL MODULE: ./src/scan/read.ts + 1 modules
var scan_read = __nccwpck_require__(7211);
;// CONCATENATED MODULE: ./src/scan/secrets.ts
/**
 * Names (case-insensitive) of files that usually hold credentials, skipped unless asked
 * otherwise. '*' stands for any characters; a pattern with a '/' matches the path's last segments.
 */
const SECRET_FILE_PATTERNS = [
    // Environment files
    '.env',
    '.env.*',
    '*.env',
    '.envrc',
    // Keys and certificates with their private keys
    '*.pem',
    '*.key',
    'id_rsa*',
    'id_dsa*',
    'id_ecdsa*',
    'id_ed25519*',
    '*.p12',
    '*.pfx',
    '*.ppk',
    '*.jks',
    '*.keystore',
    // Credentials of tools and services
    'credentials',
    'credentials.json',
    '*service-account*.json',
    '*service_account*.json',
    '.git-credentials',
    '.npmrc',
    '.pypirc',
    '.netrc',
    '.pgpass',
    '.htpasswd',
    '.dockercfg',
    '.docker/config.json',
    '.s3cfg',
    // Secrets of frameworks and deployments
    'secrets.yml',
    'secrets.yaml',
    'secrets.json',
    'secrets.toml',
    'secret.yml',
    'secret.yaml',
    '.secrets',
    '.secrets.*',
    '*.tfvars',
    '*.tfvars.json'
];
const SECRET_NAME = new RegExp(`(?:^|/)(?:${SECRET_FILE_PATTERNS.map(pattern => pattern
    .split('*')
    .map(part => escapeRegExp(part))
    .join('[^/]*')).join('|')})$`, 'is');
/** Whether a '/'-separated path's name (or last segments, see above) looks like a secret's. */
function isSecretPath(path) {
    return SECRET_NAME.test(path);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Well-known shapes of credentials in a file's text, each named for the skip's detail (never the
 * credential itself). Prefixes that only credentials carry keep false positives rare; what matched
 * stays in the file, unindexed.
 */
const SECRET_SHAPES = {
    'private key': String.raw `-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d`,
    'private key in JSON': String.raw `"private_key"\s*:\s*"`,
    'AWS access key id': String.raw `\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b`,
    'GitHub token': String.raw `\bgh[pousr]_[A-Za-z0-9]{36,}|\bgithub_pat_[A-Za-z0-9_]{22,}`,
    'GitLab token': String.raw `\bglpat-[A-Za-z0-9_-]{20,}`,
    'Slack token': String.raw `\bxox[abposr]-[A-Za-z0-9-]{10,}|hooks\.slack\.com/services/T[A-Za-z0-9_/]+`,
    'Google API key': String.raw `\bAIza[0-9A-Za-z_-]{35}`,
    'Stripe key': String.raw `\b[rs]k_live_[0-9A-Za-z]{20,}`,
    'npm token': String.raw `\bnpm_[A-Za-z0-9]{36}\b`,
    'PyPI token': String.raw `\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{16,}`
};
const KINDS = Object.keys(SECRET_SHAPES);
/** One pass over the text for every shape: a group per kind says which one matched. */
const SECRET_TEXT = new RegExp(KINDS.map(kind => `(${SECRET_SHAPES[kind]})`).join('|'));
/** The kind of credential the text holds (see SECRET_SHAPES), or undefined when none is seen. */
function secretInText(text) {
    const match = SECRET_TEXT.exec(text);
    if (match === null)
        return undefined;
    return KINDS[match.slice(1).findIndex(group => group !== undefined)];
}

;// CONCATENATED MODULE: ./src/scan/scan.ts













/** Files read at once: enough to keep the disk busy, few enough for any descriptor limit. */
const READ_CONCURRENCY = 16;
/**
 * Finds the files under root to index and reads them. Files are listed by the include and exclude
 * globs (plus ALWAYS_EXCLUDED and, when asked, .gitignore) and kept when in the shard; then each
 * one passes the same checks, whatever glob found it (see scanEntry), and is either read and
 * returned or reported as skipped with a reason. Throws only when root is not a readable folder.
 */
async function scanRepository(options) {
    const root = await (0,promises_.realpath)(options.root);
    if (!(await (0,promises_.stat)(root)).isDirectory())
        throw new Error(`${options.root} is not a folder`);
    const defaults = options.include.length === 0;
    const include = defaults ? DEFAULT_INCLUDE : options.include;
    const exclude = defaults ? [...options.exclude, ...DEFAULT_EXCLUDE] : options.exclude;
    const links = new LinkFinder(root);
    const [listing, ignored, own] = await Promise.all([
        listFiles(root, include, exclude, links),
        options.gitignore ? loadGitignore(root, links) : undefined,
        ownPathsUnder(root, options.ownPaths)
    ]);
    const wanted = (file, isFolder) => (options.shard === undefined || inShard(shownPath(file), options.shard)) &&
        !(ignored?.(textPath(file), isFolder) ?? false);
    const check = { root, links, own, wanted, options };
    // A link is a file to git: a folder rule such as 'docs/' does not match one.
    const skipped = listing.unread
        .filter(folder => wanted(folder.path, folder.reason !== 'symlink'))
        .map(({ path, ...why }) => ({ path: shownPath(path), ...why }));
    const files = [];
    let seen = 0;
    const entries = canonical(listing.files).filter(file => wanted(file.path, false));
    await mapConcurrently(entries, READ_CONCURRENCY, async (entry) => {
        const outcome = await scanEntry(entry, check);
        if (outcome !== undefined && 'reason' in outcome)
            skipped.push(outcome);
        else if (outcome !== undefined)
            files.push(outcome);
        options.onProgress?.(++seen);
    });
    // Reads finish in any order: sort once, at the end. A link on the way to several files, or
    // found by several globs, is one entry.
    const unique = [...new Map(skipped.map(skip => [skip.path, skip])).values()];
    return { files: files.sort(byPath), skipped: unique.sort(byPath) };
}
/**
 * The listed files under their normal paths ('./a' is 'a'), each once; a path that leaves root
 * (a glob such as 'sub/../../x' names no file of the tree) is not one of them.
 */
function canonical(files) {
    const byPath = new Map();
    for (const file of files) {
        const normal = external_node_path_default().posix.normalize(file.path);
        if (normal === '..' || normal.startsWith('../') || normal.startsWith('/'))
            continue;
        byPath.set(normal, { ...file, path: normal });
    }
    return [...byPath.values()];
}
/**
 * One listed file's outcome; undefined when it is left out. Symbolic links are never followed:
 * a file is read only when no link is on its way from root and it is no link itself, so its real
 * path is root + '/' + its path, and the checks below on its path are checks on what is read (the
 * open refuses a link that appeared since, see read.ts).
 */
async function scanEntry(file, check) {
    const shown = shownPath(file.path);
    const skip = (why) => ({ path: shown, ...why });
    if (nameProblem(file.path) !== null)
        return skip({ reason: 'unsafe-name' });
    const text = textPath(file.path);
    if (isAlwaysExcluded(text) || isOwnPath(text, check.own))
        return undefined;
    let link;
    try {
        link = await check.links.linkOn(external_node_path_default().posix.dirname(file.path).replace(/^\.$/, ''));
    }
    catch (error) {
        return skip((0,scan_read/* failedRead */.Y)(error));
    }
    if (link !== null) {
        return check.wanted(link, false) ? { path: shownPath(link), reason: 'symlink' } : undefined;
    }
    if (file.symlink)
        return skip({ reason: 'symlink' });
    const { excludeSecrets, maxFileBytes } = check.options;
    if (excludeSecrets && isSecretPath(text))
        return skip({ reason: 'secret' });
    const read = await (0,scan_read/* readFileContent */.A)(external_node_path_default().join(check.root, text), maxFileBytes);
    if ('reason' in read)
        return skip(read);
    const secret = excludeSecrets ? secretInText(read.content) : undefined;
    if (secret !== undefined)
        return skip({ reason: 'secret', detail: secret });
    return { path: text, ...read };
}
function isAlwaysExcluded(file) {
    return file.split('/').some(segment => ALWAYS_EXCLUDED_FOLDERS.includes(segment));
}
function byPath(a, b) {
    return paths_comparePaths(a.path, b.path);
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/embed/fused-model.ts








/**
 * The rewrite's version: part of the cache folder's name, so a changed rewrite never reuses a file
 * an older one made. Bump it with any change to ./fuse/.
 */
const FUSION_VERSION = 1;
const VERDICT_FILE = 'fusion.json';
/**
 * Texts the rewritten encoder must embed to the very bits the original gives: the rewrite keeps
 * the recipe (src/embed/embedder.ts EMBEDDING_RECIPE), so its vectors must be the original's.
 * Short and long, with padding (texts of different lengths share an fp32 call).
 */
const PROBE_TEXTS = [
    'function add(a, b) { return a + b }',
    'The quick brown fox jumps over the lazy dog. '.repeat(12),
    '# Install\n\nnpm install embed-index --save-dev'
];
/**
 * The model with its encoder graph rewritten (./fuse/rewrite.ts), or as it is when no fusion
 * applies or the rewritten graph does not embed the probe texts to the same vectors. The outcome,
 * and the rewritten file when used, are cached under `<modelCache>/fused/<sha-256 of the file>-v<N>`,
 * so workers, later runs and other shards load it without rewriting again.
 */
async function fuseModel(model, modelCache, log) {
    // The fusions rewrite quantised products only: an fp32 graph has none, and reading and hashing
    // its file would only cost time.
    if (model.dtype !== 'q8')
        return model;
    // Imported here: the ONNX reader is a tenth of the bundle, and fp32 runs never need it.
    const { describeFusions } = await Promise.all(/* import() */[__nccwpck_require__.e(70), __nccwpck_require__.e(970)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8970));
    const source = external_node_path_default().join(model.dir, (0,model_source/* weightsFile */.k1)(model.dtype));
    const bytes = await (0,promises_.readFile)(source);
    const folder = external_node_path_default().join(modelCache, 'fused', `${(0,digest/* sha256Hex */.f)(bytes)}-v${FUSION_VERSION}`);
    const cached = await readVerdict(folder);
    const verdict = cached ?? (await decide(model, bytes, folder, log));
    const fusions = describeFusions(verdict.applied);
    const outcome = verdict.used
        ? fusions
        : Object.keys(verdict.applied).length === 0
            ? 'no fusion applies; model used as it is'
            : `${fusions} gave other vectors; model used as it is`;
    log.info(`graph rewrite of ${source}${cached ? ' (cached)' : ''}: ${outcome}`);
    return verdict.used ? { ...model, encoderDir: folder } : model;
}
async function readVerdict(folder) {
    const file = external_node_path_default().join(folder, VERDICT_FILE);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if ((0,errors/* errorCode */.C)(error) === 'ENOENT')
            return undefined;
        throw error;
    }
    const verdict = (0,json/* parseJson */.q)(text, file);
    if (typeof verdict?.used !== 'boolean' || typeof verdict.applied !== 'object') {
        throw new Error(`${file}: not a graph-rewrite verdict; delete the folder ${folder}`);
    }
    return verdict;
}
/**
 * Rewrites and probes in a staging folder beside the cache folder, then renames it into place: a
 * folder only ever appears complete, and when two runs race the loser's identical verdict is
 * dropped.
 */
async function decide(model, bytes, folder, log) {
    const staging = `${folder}.${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const { describeFusions, rewriteEncoder } = await Promise.all(/* import() */[__nccwpck_require__.e(70), __nccwpck_require__.e(970)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8970));
    try {
        const rewrite = rewriteEncoder(bytes);
        await (0,promises_.mkdir)(external_node_path_default().join(staging, external_node_path_default().dirname((0,model_source/* weightsFile */.k1)(model.dtype))), { recursive: true });
        let used = Object.keys(rewrite.applied).length > 0;
        if (used) {
            await (0,promises_.copyFile)(external_node_path_default().join(model.dir, 'config.json'), external_node_path_default().join(staging, 'config.json'));
            await (0,promises_.writeFile)(external_node_path_default().join(staging, (0,model_source/* weightsFile */.k1)(model.dtype)), rewrite.bytes);
            const mismatch = await probeMismatch(model, { ...model, encoderDir: staging });
            if (mismatch !== undefined) {
                log.warning(`graph rewrite of ${model.id} (${describeFusions(rewrite.applied)}) gave different ` +
                    `vectors (${mismatch}); using the model as it is`);
                used = false;
                await (0,promises_.rm)(external_node_path_default().join(staging, (0,model_source/* weightsFile */.k1)(model.dtype)));
            }
        }
        const verdict = { applied: rewrite.applied, used };
        await (0,promises_.writeFile)(external_node_path_default().join(staging, VERDICT_FILE), `${JSON.stringify(verdict)}\n`);
        await (0,promises_.rename)(staging, folder).catch(async (error) => {
            // Renaming onto a non-empty folder fails: another run finished first, and decided the same.
            if ((await readVerdict(folder)) === undefined)
                throw error;
        });
        return verdict;
    }
    catch (error) {
        throw new Error(`graph rewrite of ${model.id} failed: ${(0,errors/* errorMessage */.g)(error)}`, { cause: error });
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/** Undefined when both encoders give the probe texts the same bits; else how they differ. */
async function probeMismatch(original, rewritten) {
    const [before, after] = await Promise.all([embedProbe(original), embedProbe(rewritten)]);
    const differing = before.filter((value, i) => !Object.is(value, after[i])).length;
    return differing === 0 ? undefined : `${differing} of ${before.length} numbers differ`;
}
async function embedProbe(model) {
    const embedder = await (0,embed_embedder/* loadEmbedder */.P)(model, 1);
    try {
        return await embedder.embedBatch(PROBE_TEXTS);
    }
    finally {
        await embedder.dispose();
    }
}

// EXTERNAL MODULE: ./src/embed/transformers-runtime.ts
var transformers_runtime = __nccwpck_require__(3512);
;// CONCATENATED MODULE: ./src/embed/tokenizer.ts

/**
 * The model's tokenizer alone (no ONNX session), for the chunker: counts the tokens a text
 * becomes, [CLS] and [SEP] included, without truncating.
 */
async function loadTokenCounter(model) {
    const tokenizer = await (0,transformers_runtime/* loadTokenizer */.Y)(model.dir);
    return text => tokenizer.encode(text).length;
}

;// CONCATENATED MODULE: ./src/pipeline/model.ts




/**
 * The run's model, resolved (downloaded if need be) on first use only, so that a run where nothing
 * changed loads no model and starts no worker; checked once against the settings and the prior.
 */
class ModelLoader {
    config;
    pinned;
    prior;
    log;
    loading;
    constructor(config, pinned, prior, log) {
        this.config = config;
        this.pinned = pinned;
        this.prior = prior;
        this.log = log;
    }
    load() {
        this.loading ??= this.resolve();
        return this.loading;
    }
    async resolve() {
        const { config, prior } = this;
        const resolved = await (0,model_source/* resolveModel */.AX)(this.pinned, this.log);
        // Rewritten once here, so every worker loads the same file; kept in the model's cache folder,
        // which the action's cache saves with the model.
        const model = config.fuse
            ? await fuseModel(resolved, (0,model_source/* modelCacheDir */.Fv)(this.pinned), this.log)
            : resolved;
        // Chunks must fit the model's window, or the encoder would have to cut them.
        const { maxPositions: window } = await (0,model_source/* readModelShape */.ZB)(model.dir);
        if (config.maxTokens > window) {
            throw new ConfigError(`max-tokens ${config.maxTokens} is more than the ${window} tokens model ${model.id} ` +
                `takes (max_position_embeddings); set max-tokens (--max-tokens) to at most ${window}`);
        }
        // Reused vectors must have this model's length: a prior whose dimension could not be checked
        // up front (a hub model not downloaded yet) and differs is an error, never a silently padded
        // or overlapping row.
        if (prior && prior.manifest.model.dimension !== model.dimension) {
            throw new Error(`prior index ${config.prior} holds ${prior.manifest.model.dimension}-d vectors but model ` +
                `${model.id}@${model.revision} gives ${model.dimension}-d ones; run with ` +
                `reindex full (--reindex full) or name a new model-revision`);
        }
        return { model, countTokens: await loadTokenCounter(model) };
    }
}

;// CONCATENATED MODULE: ./src/pipeline/output.ts
/**
 * Checks, before any work, that the run will write only where it should: the index into a folder
 * that is new, empty or an index already (never through a symbolic link, never the tree being
 * indexed), and the stats file somewhere that is not part of either.
 */








async function prepareOutput(config) {
    await checkOutputPath(config);
    if (config.statsJson)
        await checkStatsJsonPath(config.statsJson, config.output);
    await assertWritable(config.output);
}
/**
 * The output folder must not be a symbolic link, nor be reached through one inside the root (a
 * pull request can commit links; the folders above the root are the workflow's), nor be or hold
 * the root, and must hold an index or nothing.
 */
async function checkOutputPath({ root, output }) {
    const refuse = (problem) => {
        throw new ConfigError(`output folder ${output} ${problem}; choose another with output / --out`);
    };
    // The folder itself, then each folder above it that lies inside the root.
    const chain = [output];
    for (let at = (0,external_node_path_.dirname)(output); at !== root && isWithin(at, root); at = (0,external_node_path_.dirname)(at))
        chain.push(at);
    for (const at of chain) {
        const stats = await (0,promises_.lstat)(at).catch(() => undefined);
        if (stats?.isSymbolicLink()) {
            refuse(at === output ? 'is a symbolic link' : `is reached through the symbolic link ${at}`);
        }
    }
    const [realOutput, realRoot] = await Promise.all([realPathOf(output), realPathOf(root)]);
    if (isWithin(realRoot, realOutput)) {
        refuse(`is, or holds, the folder being indexed (${root})`);
    }
    await checkIndexFolder(output).catch((error) => {
        throw new ConfigError(`${(0,errors/* errorMessage */.g)(error)} (output / --out)`, { cause: error });
    });
}
/**
 * --stats-json must name a file in an existing folder, outside the index folder, and, if it
 * exists, an earlier stats file: never a project's own file or a folder.
 */
async function checkStatsJsonPath(file, output) {
    const refuse = (problem) => {
        throw new ConfigError(`--stats-json: ${file} ${problem}`);
    };
    if (isWithin(await realPathOf(file), await realPathOf(output))) {
        refuse('is inside the output folder; it would change the index');
    }
    const folder = await (0,promises_.stat)((0,external_node_path_.dirname)(file)).catch(() => undefined);
    if (!folder?.isDirectory())
        refuse('is not in an existing folder');
    const stats = await (0,promises_.lstat)(file).catch((error) => {
        if ((0,errors/* errorCode */.C)(error) === 'ENOENT')
            return undefined;
        return refuse(`cannot be checked (${(0,errors/* errorCode */.C)(error)})`);
    });
    if (stats === undefined)
        return;
    if (!stats.isFile())
        refuse('exists and is not a regular file');
    const earlier = await (0,regular_file/* readRegularFile */.XF)(file)
        .then(bytes => (0,json/* parseJson */.q)(bytes.toString('utf8'), file))
        .catch(() => null);
    if (typeof earlier?.files_total !== 'number') {
        refuse('exists and is not an embed-index stats file; it is not overwritten');
    }
}
/**
 * Fails early, naming the folder, when the index could not be written there. Folders made for the
 * probe are removed again (writeIndex makes them), so a run that fails later leaves nothing behind.
 */
async function assertWritable(dir) {
    const probe = (0,external_node_path_.join)(dir, `.embed-index-write-test-${process.pid}`);
    let created;
    try {
        created = await makeFolders(dir);
        await (0,promises_.writeFile)(probe, '');
        await (0,promises_.rm)(probe);
    }
    catch (error) {
        throw new Error(`output folder ${dir} is not writable (${(0,errors/* errorCode */.C)(error)}); choose another with output / --out`, { cause: error });
    }
    finally {
        if (created !== undefined)
            await (0,promises_.rm)(created, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/pipeline/own-paths.ts
/**
 * What embed-index itself writes or reads (the index, the prior, the models, the stats file):
 * never indexed, wherever they are (scanRepository compares real paths).
 */
function ownPaths(config) {
    const paths = [config.output, config.prior, config.model.cacheDir, config.model.path];
    return [...paths, config.statsJson].filter((path) => Boolean(path));
}

;// CONCATENATED MODULE: ./src/pipeline/plan.ts

async function planRows(files, prior, settings, model, progress) {
    const plan = { files: [], items: [], rows: 0, filesByChunker: {} };
    for (const [n, file] of files.entries()) {
        const reused = prior?.fileBySha(file.path, file.sha256);
        const filePlan = reused
            ? { file, rows: reused.rows, sources: reused.vectors, embedded: false }
            : await plan_chunkFile(file, prior, settings, model, plan);
        plan.files.push(filePlan);
        plan.rows += filePlan.rows.length;
        progress.update(n + 1);
    }
    if (files.length > 0)
        progress.finish();
    return plan;
}
async function plan_chunkFile(file, prior, { maxTokens, storeText, chunker: rule }, model, { items, filesByChunker }) {
    const { countTokens } = await model.load();
    const plan = { file, rows: [], sources: [], embedded: false };
    const { language, chunker, chunks } = await chunkFile(file.path, file.content, { maxTokens, countTokens }, rule);
    filesByChunker[chunker] = (filesByChunker[chunker] ?? 0) + 1;
    for (const chunk of chunks) {
        plan.rows.push({
            path: file.path,
            start_line: chunk.startLine,
            end_line: chunk.endLine,
            tokens: chunk.tokens,
            sha256: chunk.sha256,
            language,
            ...(chunk.symbol ? { symbol: chunk.symbol } : {}),
            ...(storeText ? { text: chunk.text } : {})
        });
        const vector = prior?.vectorByChunkSha(chunk.sha256);
        if (vector) {
            plan.sources.push(vector);
            continue;
        }
        plan.sources.push(items.length);
        plan.embedded = true;
        items.push({
            text: chunk.text,
            tokens: chunk.tokens,
            label: `${file.path}:${chunk.startLine}-${chunk.endLine}`
        });
    }
    return plan;
}
/** The index's files, rows and vectors in file order; `embedded` holds the items' vectors. */
function assembleRows(plan, embedded, dimension) {
    const vectors = new Float32Array(plan.rows * dimension);
    const rows = [];
    const files = [];
    for (const { file, rows: fileRows, sources } of plan.files) {
        files.push({
            path: file.path,
            sha256: file.sha256,
            bytes: file.bytes,
            git_blob: file.gitBlob,
            first_row: rows.length,
            rows: fileRows.length
        });
        fileRows.forEach((row, i) => {
            const source = sources[i];
            const vector = typeof source === 'number'
                ? embedded.subarray(source * dimension, (source + 1) * dimension)
                : source;
            vectors.set(vector, rows.length * dimension);
            rows.push(row);
        });
    }
    return { files, rows, vectors };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/pipeline/provenance.ts
/**
 * Where the indexed text came from, so that a consumer of an index without text can fetch a
 * chunk's lines from git: the commit of the tree (each file's git blob id is the scan's).
 */


const run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
const COMMIT = /^[0-9a-f]{40}$/;
/** A git call that hangs (a lock, a network file system) must not hold the run. */
const GIT_TIMEOUT_MS = 15_000;
/**
 * The commit of the tree under `root`: `git rev-parse HEAD` there, which is what is checked out
 * whichever ref a workflow chose; else, in GitHub Actions, GITHUB_SHA (a checkout without git,
 * or one git refuses to read, such as a workspace owned by another user in a container); else
 * null. Only SHA-1 commits (40 hex digits) count: blob ids are SHA-1 too.
 */
async function sourceCommit(root, env = process.env) {
    // The tree's own repository, not one a calling git hook points to.
    const gitEnv = { ...env };
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE'])
        delete gitEnv[name];
    const head = await run('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
        cwd: root,
        env: gitEnv,
        timeout: GIT_TIMEOUT_MS
    }).then(({ stdout }) => stdout.trim(), () => '');
    if (COMMIT.test(head))
        return head;
    const sha = env.GITHUB_SHA ?? '';
    return env.GITHUB_ACTIONS === 'true' && COMMIT.test(sha) ? sha : null;
}

// EXTERNAL MODULE: ./src/pipeline/settings.ts
var settings = __nccwpck_require__(6757);
;// CONCATENATED MODULE: ./src/pipeline/build-index.ts
/**
 * One indexing run, whichever door it came through (action or CLI):
 * scan → reuse what the prior index already has → chunk → embed → write the index → stats.
 */




















async function buildIndex(config, options) {
    const { log } = options;
    const started = performance.now();
    await prepareOutput(config);
    const pinned = options.pinned ?? (await (0,model_source/* pinModel */.dW)(config.model, log));
    const scan = await scanFiles(config, log);
    const prior = await loadPrior(config, pinned, log);
    const model = new ModelLoader(config, pinned, prior, log);
    const chunkProgress = progress(options, 'chunk', 'files', scan.files.length);
    const plan = await planRows(scan.files, prior, config, model, chunkProgress);
    log.info(`chunks: ${plan.rows} total, ${plan.items.length} to embed`);
    const embedding = await build_index_embed(plan, prior, model, config, options);
    const { files, rows, vectors } = assembleRows(plan, embedding.vectors, embedding.model.dimension);
    const manifest = await writeIndex(config.output, {
        manifest: {
            format: artifact_format/* FORMAT_VERSION */.Hp,
            tool: { name: artifact_format/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.w },
            model: embedding.model,
            recipe: embed_embedder/* EMBEDDING_RECIPE */.b,
            chunking: chunkingSettings(config.maxTokens, config.chunker),
            store_text: config.storeText,
            shard: config.shard ?? null,
            commit: await sourceCommit(config.root),
            files,
            skipped: scan.skipped.map(s => ({ path: s.path, reason: s.reason }))
        },
        rows,
        vectors
    });
    const stats = runStats(scan, plan, embedding.stats, started);
    return {
        manifest,
        stats,
        statsFile: await writeRunStats(config, stats, log),
        priorUsed: prior !== undefined
    };
}
async function scanFiles(config, log) {
    const scan = await scanRepository({
        root: config.root,
        include: config.include,
        exclude: config.exclude,
        ownPaths: ownPaths(config),
        gitignore: config.gitignore,
        maxFileBytes: config.maxFileBytes,
        excludeSecrets: config.excludeSecrets,
        shard: config.shard
    });
    log.info(`scan: ${scan.files.length} files to index, ${scan.skipped.length} skipped`);
    // The kind of credential a file's content showed, never the credential; paths as JSON strings,
    // so that a name cannot start a line of its own (a workflow command) in the log.
    const secrets = scan.skipped.filter(skip => skip.reason === 'secret' && skip.detail);
    if (secrets.length > 0) {
        const named = secrets.map(skip => `${JSON.stringify(skip.path)} (${skip.detail})`);
        log.info(`scan: skipped for a credential in their text: ${named.join(', ')}`);
    }
    if (scan.files.length === 0) {
        log.warning(`no files to index under ${config.root}: check include / exclude (the index will be empty)`);
    }
    return scan;
}
/** The prior index of an incremental run, when there is one that fits this run's settings. */
async function loadPrior(config, pinned, log) {
    if (config.reindex !== 'incremental' || !config.prior)
        return undefined;
    // A local model's dimension is known without loading it: a prior of another is ignored.
    // An unreadable model folder is reported, naming its missing files, when resolved.
    const dimension = pinned.path
        ? await (0,model_source/* readModelShape */.ZB)(pinned.path).then(shape => shape.dimension, () => undefined)
        : undefined;
    const loaded = await loadPriorIndex(config.prior, {
        settings: (0,settings/* runSettings */.n)(chunkingSettings(config.maxTokens, config.chunker), pinned, dimension),
        storeText: config.storeText
    });
    if (!loaded.prior) {
        log.warning(`prior index ${config.prior} not used: ${loaded.reason}; embedding everything`);
        return undefined;
    }
    log.info(`prior index: ${config.prior}`);
    return loaded.prior;
}
/**
 * Embeds the plan's items. With nothing to embed the model's identity comes from the prior, so no
 * model is loaded; without a prior, the model is loaded for its dimension even for an empty index.
 */
async function build_index_embed(plan, prior, model, config, options) {
    if (plan.items.length === 0 && prior) {
        return { model: prior.manifest.model, vectors: new Float32Array(0) };
    }
    const { model: resolved } = await model.load();
    const identity = {
        id: resolved.id,
        revision: resolved.revision,
        commit: resolved.commit,
        dtype: resolved.dtype,
        dimension: resolved.dimension
    };
    if (plan.items.length === 0)
        return { model: identity, vectors: new Float32Array(0) };
    const embedProgress = progress(options, 'embed', 'chunks', plan.items.length);
    const result = await embedAll(plan.items, {
        model: resolved,
        workers: config.workers,
        batchSize: config.batchSize,
        workerEntry: options.workerEntry,
        onProgress: done => embedProgress.update(done),
        log: options.log
    });
    embedProgress.finish();
    return { model: identity, vectors: result.vectors, stats: result.stats };
}
/**
 * The run's figures into the index's stats.json and the --stats-json file. The index is written
 * by now: failing to write its figures (a full disk) is a warning, never a failed run.
 */
async function writeRunStats(config, stats, log) {
    const indexStats = (0,external_node_path_.join)(config.output, artifact_format/* STATS_FILE */.RJ);
    let written;
    for (const file of [indexStats, config.statsJson]) {
        if (file === undefined)
            continue;
        try {
            await (0,durable/* writeFileAtomically */.lo)(file, JSON.stringify(stats, null, 2) + '\n');
            if (file === indexStats)
                written = file;
        }
        catch (error) {
            log.warning(`could not write the run's figures to ${file} (${(0,errors/* errorMessage */.g)(error)}); the index is whole`);
        }
    }
    return written;
}
function progress(options, label, unit, total) {
    return createProgress({ label, unit, total, stream: options.progressStream });
}
function runStats(scan, plan, embedded, started) {
    const skippedByReason = {};
    for (const s of scan.skipped)
        skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1;
    return computeStats({
        files_total: plan.files.length,
        files_embedded: plan.files.filter(file => file.embedded).length,
        files_skipped: scan.skipped.length,
        chunks_total: plan.rows,
        chunks_embedded: plan.items.length,
        tokens_embedded: plan.items.reduce((n, item) => n + item.tokens, 0),
        workers: embedded?.workers ?? 0,
        threads_per_worker: embedded?.threadsPerWorker ?? 0,
        wall_seconds: (performance.now() - started) / 1000,
        model_load_seconds: embedded?.modelLoadSeconds ?? 0,
        embed_seconds: embedded?.embedSeconds ?? 0,
        per_worker: (embedded?.perWorker ?? []).map(w => ({
            worker: w.worker,
            chunks: w.items,
            tokens: w.tokens,
            busy_seconds: w.busySeconds
        })),
        skipped_by_reason: skippedByReason,
        files_by_chunker: plan.filesByChunker
    });
}

;// CONCATENATED MODULE: ./src/report/gate.ts
/**
 * Chunks both runs must have embedded for their chunks/sec to be compared. Fewer chunks make
 * fewer and smaller batches (chunks are batched by exact token count) and a larger share of time
 * before every worker is busy, so a small run's chunks/sec is lower and noisier. A judgement,
 * explained with the figures behind it in the README's "Throughput gates".
 */
const MIN_CHUNKS_TO_COMPARE = 256;
/** The verdicts of the gates that are set, absolute first. */
function gateVerdicts(stats, prior, settings) {
    const verdicts = [];
    const floor = floorVerdict(stats, settings.minFilesPerSecond, 'min-files-per-second');
    if (floor)
        verdicts.push(floor);
    if (settings.maxSlowdown !== undefined) {
        verdicts.push(slowdownVerdict(stats, prior, settings.maxSlowdown, settings.dtype));
    }
    return verdicts;
}
/**
 * The absolute gate: files/sec against a floor; undefined when no floor is set. `floorName` is
 * how the surface spells the option.
 */
function floorVerdict(stats, minFilesPerSecond, floorName) {
    if (minFilesPerSecond === undefined)
        return undefined;
    const gate = `${floorName} ${minFilesPerSecond}`;
    const now = stats.files_per_second;
    return now >= minFilesPerSecond
        ? { gate, status: 'passed', detail: `files/sec ${now} is at or above ${gate}` }
        : { gate, status: 'failed', detail: `files/sec ${now} is below ${gate}` };
}
/** Why the absolute gate fails the run, or undefined when it passes (or no floor is set). */
function throughputGateFailure(stats, minFilesPerSecond, floorName) {
    const verdict = floorVerdict(stats, minFilesPerSecond, floorName);
    return verdict?.status === 'failed' ? verdict.detail : undefined;
}
function slowdownVerdict(stats, prior, maxSlowdown, dtype) {
    const gate = `max-slowdown ${maxSlowdown}`;
    const reason = prior === undefined
        ? 'no figures of a prior index to compare with (none restored, or its stats.json is missing or invalid)'
        : notComparable(stats, prior, dtype);
    if (prior === undefined || reason !== undefined) {
        return { gate, status: 'not applied', detail: reason ?? '' };
    }
    const now = stats.chunks_per_second;
    const before = prior.stats.chunks_per_second;
    const slowdown = 1 - now / before;
    const change = slowdown > 0 ? `${percent(slowdown)} slower` : `${percent(-slowdown)} faster`;
    const compared = `chunks/sec ${now} against ${before} recorded with the prior index: ${change}`;
    return slowdown > maxSlowdown
        ? { gate, status: 'failed', detail: `${compared}: more than ${gate} allows` }
        : { gate, status: 'passed', detail: `${compared}: within ${gate}` };
}
/** Why the two runs' chunks/sec do not measure the same thing, or undefined when they do. */
function notComparable(stats, prior, dtype) {
    if (prior.dtype !== dtype)
        return `the prior index used dtype ${prior.dtype}, this run ${dtype}`;
    const workers = (s) => `${s.workers} workers × ${s.threads_per_worker} threads`;
    if (workers(prior.stats) !== workers(stats)) {
        return `the prior index was embedded by ${workers(prior.stats)}, this run by ${workers(stats)}`;
    }
    const few = (who, s) => `${who} embedded ${s.chunks_embedded} chunks, fewer than the ${MIN_CHUNKS_TO_COMPARE} needed to measure chunks/sec`;
    if (stats.chunks_embedded < MIN_CHUNKS_TO_COMPARE)
        return few('this run', stats);
    if (prior.stats.chunks_embedded < MIN_CHUNKS_TO_COMPARE)
        return few('the prior run', prior.stats);
    if (!(prior.stats.chunks_per_second > 0))
        return 'the prior run recorded no chunks/sec';
    return undefined;
}
function percent(fraction) {
    return `${(fraction * 100).toFixed(1)}%`;
}

;// CONCATENATED MODULE: ./src/cli/argv.ts




/**
 * The flags of one command, by the option table: `--flag value`, `--flag=value`, repeatable
 * lists, booleans as `--flag` / `--no-flag`. Unknown flags and missing values are ConfigErrors.
 */
function parseCommandLine(command, argv) {
    const names = optionsOf(command);
    const options = {};
    for (const name of names) {
        const kind = OPTIONS[name].value.kind;
        options[flagOf(name)] = { type: kind === 'boolean' ? 'boolean' : 'string', multiple: true };
    }
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            options,
            allowPositionals: true,
            allowNegative: true,
            strict: true
        });
    }
    catch (error) {
        // One line: parseArgs words some messages over several.
        const message = (0,errors/* errorMessage */.g)(error).replace(/\s*\n\s*/g, ' ');
        throw new ConfigError(`${message} (see 'help')`, { cause: error });
    }
    const raw = {};
    for (const name of names) {
        const values = parsed.values[flagOf(name)];
        if (values !== undefined)
            raw[name] = values.map(String);
    }
    return { raw, positionals: parsed.positionals };
}
/** Throws a ConfigError naming the first positional argument, when a command takes none. */
function noPositionals({ positionals }) {
    if (positionals.length > 0)
        throw new ConfigError(`unexpected argument ${positionals[0]}`);
}

;// CONCATENATED MODULE: ./src/cli/help.ts

const SYNOPSIS = {
    index: 'index   --root DIR --out DIR [flags]   build (or incrementally update) an index',
    query: 'query   --index DIR --text STR [flags] search an index',
    serve: 'serve   --index DIR [flags]            an MCP server on stdio, for coding agents',
    merge: 'merge   --out DIR SHARD_DIR...          combine shard indexes into one',
    verify: 'verify  --index DIR                     check an index is whole; exit 1 if not'
};
/** The CLI's help, flags and defaults from the option table. */
function usage() {
    const lines = ['usage: embed-index <command> [flags]', '', 'commands:'];
    for (const command of COMMANDS)
        lines.push(`  ${SYNOPSIS[command]}`);
    for (const command of COMMANDS) {
        lines.push('', `${command} flags:`);
        for (const name of optionsOf(command)) {
            const spec = optionSpec(name);
            const flag = spec.value.kind === 'boolean' ? `--[no-]${flagOf(name)}` : `--${flagOf(name)} VALUE`;
            const note = spec.required?.includes(command)
                ? ' (required)'
                : spec.fromIndex && (command === 'query' || command === 'serve')
                    ? " (default: the index's)"
                    : spec.default !== undefined
                        ? ` (default: ${spec.default})`
                        : '';
            lines.push(`  ${flag.padEnd(30)} ${spec.help}${note}`);
        }
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/serve/printable.ts
/**
 * Characters that would let a file name or a file's text rewrite what a terminal shows: C0 and C1
 * controls (line breaks, escape sequences), DEL, line and paragraph separators, and the
 * bidirectional formatting characters that reorder text on screen.
 */
// Matching control characters is the point here.
/* eslint-disable no-control-regex */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_TAB = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * The text with each of those characters written as an escape (`\n`, `\x1b`, `\u202e`), for one
 * line of text output. `keepTabs` leaves tabs as they are (code indented with tabs).
 */
function printable(text, keepTabs = false) {
    return text.replace(keepTabs ? UNSAFE_BUT_TAB : UNSAFE, char => {
        const code = char.charCodeAt(0);
        return (NAMED[char] ??
            (code < 0x100
                ? `\\x${code.toString(16).padStart(2, '0')}`
                : `\\u${code.toString(16).padStart(4, '0')}`));
    });
}

;// CONCATENATED MODULE: ./src/cli/hits.ts

/**
 * Query hits as text: per hit a line `score  path:start-end` (marked when the file changed since
 * it was indexed), then its snippet, numbered and indented. Control characters in paths and text
 * are escaped, so a hit's line stays one line whatever its file is named or holds.
 */
function renderHits(hits) {
    const lines = [];
    for (const hit of hits) {
        const stale = hit.stale ? '  (stale: changed since it was indexed)' : '';
        lines.push(`${hit.score.toFixed(4)}  ${printable(hit.path)}:${hit.start_line}-${hit.end_line}${stale}`);
        hit.snippet?.split('\n').forEach((line, i) => {
            lines.push(`${String((hit.snippet_line ?? hit.start_line) + i).padStart(8)}  ${printable(line, true)}`);
        });
    }
    return lines.map(line => `${line}\n`).join('');
}

;// CONCATENATED MODULE: ./src/cli/commands.ts
/**
 * `embed-index index|query|serve|merge|verify|help`: the same pipeline as the action, for
 * reproducing CI locally, and the index's search for people (query) and agents (serve, MCP on
 * stdio). Messages go to stderr, results (query hits, verify verdict, MCP messages) to stdout.
 * Returns the exit code: 0 done, 1 failed (a ConfigError, 2, is thrown).
 */










const log = {
    info: message => process.stderr.write(`${message}\n`),
    warning: message => process.stderr.write(`warning: ${message}\n`)
};
const COMMAND_RUNS = {
    index: indexCommand,
    query: queryCommand,
    serve: serveCommand,
    merge: mergeCommand,
    verify: verifyCommand
};
async function runCli(argv) {
    const [command, ...rest] = argv;
    if (command === undefined || ['help', '--help', '-h'].includes(command)) {
        process.stdout.write(usage() + '\n');
        return command === undefined ? 2 : 0;
    }
    if (!Object.hasOwn(COMMAND_RUNS, command)) {
        throw new ConfigError(`unknown command ${JSON.stringify(command)}; expected ${COMMANDS.join(', ')} or help`);
    }
    return COMMAND_RUNS[command](rest);
}
async function indexCommand(argv) {
    const line = parseCommandLine('index', argv);
    noPositionals(line);
    const config = parseIndexCommand(line.raw);
    const { stats } = await buildIndex(config, { log });
    log.info(`indexed ${stats.files_total} files (${stats.files_embedded} embedded, ${stats.files_reused} reused, ${stats.files_skipped} skipped), ` +
        `${stats.chunks_total} chunks in ${stats.wall_seconds}s: ${stats.files_per_second} files/s, ` +
        `${stats.chunks_per_second} chunks/s, ${stats.tokens_per_second} tokens/s → ${config.output}`);
    const failure = throughputGateFailure(stats, config.minFilesPerSecond, '--min-files-per-second');
    if (failure === undefined)
        return 0;
    log.warning(failure);
    return 1;
}
/** The index a command names with --index, read and verified once. */
async function verifiedIndexOf(command, line) {
    const dir = new OptionReader(line.raw, command, process.cwd()).required('index');
    return { dir, index: await readVerifiedIndex(dir) };
}
// query and serve import the search side (the MCP SDK, zod, vector and keyword search) when they
// run: it is half of the bundle, and every other command starts faster without compiling it.
async function queryCommand(argv) {
    const line = parseCommandLine('query', argv);
    noPositionals(line);
    const { dir, index } = await verifiedIndexOf('query', line);
    const config = parseQueryCommand(line.raw, index.manifest.model);
    const keyword = config.mode !== 'semantic';
    const { SearchSession } = await Promise.all(/* import() */[__nccwpck_require__.e(140), __nccwpck_require__.e(6), __nccwpck_require__.e(643)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5031));
    const session = await SearchSession.open(dir, index, { ...config, keyword }, log);
    try {
        const result = await session.search({
            text: config.text,
            top: config.top,
            mode: config.mode,
            minScore: config.minScore
        });
        if (result.note !== undefined)
            log.warning(result.note);
        process.stdout.write(config.json ? JSON.stringify(result.hits, null, 2) + '\n' : renderHits(result.hits));
    }
    finally {
        await session.close();
    }
    return 0;
}
async function serveCommand(argv) {
    const started = performance.now();
    // stdout carries the protocol alone: whatever a dependency logs goes to stderr.
    console.log = console.error;
    const line = parseCommandLine('serve', argv);
    noPositionals(line);
    const { dir, index } = await verifiedIndexOf('serve', line);
    const config = parseServeCommand(line.raw, index.manifest.model);
    const [{ SearchSession }, { serveOnStdio }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(140), __nccwpck_require__.e(6), __nccwpck_require__.e(643)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5031)),
        Promise.all(/* import() */[__nccwpck_require__.e(140), __nccwpck_require__.e(6), __nccwpck_require__.e(870), __nccwpck_require__.e(113)]).then(__nccwpck_require__.bind(__nccwpck_require__, 573))
    ]);
    const session = await SearchSession.open(dir, index, config, log);
    const { files, chunks } = index.manifest.counts;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    log.info(`serving ${dir} (${files} files, ${chunks} chunks; loaded in ${seconds} s) over MCP on stdin/stdout`);
    try {
        await serveOnStdio(session);
    }
    finally {
        await session.close();
    }
    return 0;
}
async function mergeCommand(argv) {
    const line = parseCommandLine('merge', argv);
    const out = new OptionReader(line.raw, 'merge', process.cwd()).required('output');
    if (line.positionals.length === 0)
        throw new ConfigError('merge needs the shard index folders');
    const manifest = await mergeIndexes(line.positionals.map(p => (0,external_node_path_.resolve)(p)), out);
    log.info(`merged ${line.positionals.length} shards: ${manifest.counts.files} files, ${manifest.counts.chunks} chunks → ${out}`);
    return 0;
}
async function verifyCommand(argv) {
    const line = parseCommandLine('verify', argv);
    noPositionals(line);
    const dir = new OptionReader(line.raw, 'verify', process.cwd()).required('index');
    const result = await verifyIndex(dir);
    if (result.ok) {
        process.stdout.write(`ok: ${dir}: ${result.files} files, ${result.chunks} chunks\n`);
        return 0;
    }
    process.stdout.write(`invalid: ${dir}: ${result.reason}\n`);
    return 1;
}

;// CONCATENATED MODULE: ./src/cli.ts
// The CLI's entry (dist/cli.js): `embed-index <command> [flags]`, all of it in ./cli/.



runCli(process.argv.slice(2)).then(code => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`error: ${(0,errors/* errorMessage */.g)(error)}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
});

