/**
 * Stands in for `sharp` in the action's bundle (script/package.ts aliases it). transformers.js
 * imports sharp at load time for image inputs; embed-index embeds text only, and sharp's native
 * binaries would bloat dist/.
 * The default export must be a function: transformers.js checks it is truthy at load.
 */
export default function sharp(): never {
  throw new Error('embed-index embeds text only: image processing (sharp) is not bundled')
}
