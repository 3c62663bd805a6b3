export const id = 621;
export const ids = [621];
export const modules = {

/***/ 621:
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
