/**
 * The bounds of the symbol data a row carries, shared by the chunker that writes it, the reader
 * that checks it and search that matches it.
 */

/** Between the steps of a symbol path: `class Cluster > method run`. */
export const SYMBOL_PATH_SEPARATOR = ' > '

/**
 * The most bytes (UTF-8) a symbol path has: its innermost steps name it, outer ones qualify it,
 * so the outer ones are left out first (a path as deep as the file would make the index grow with
 * the square of the file).
 */
export const MAX_SYMBOL_PATH_BYTES = 512

/** The most definitions a row lists: a chunk of one-line constants can hold hundreds. */
export const MAX_ROW_DEFINES = 64
