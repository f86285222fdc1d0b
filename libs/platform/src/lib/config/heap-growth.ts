import { setFlagsFromString } from 'node:v8';

/**
 * The old generation may grow by half over what survived the last full collection before the
 * next one, instead of V8's own factor (up to four times on a machine with this much memory):
 * under 16 connections the api's heap otherwise filled with garbage to 190–230 MB used for an
 * 80–100 MB live heap, and its resident size passed 300 MB (prisma-free-docs/performance.md §4).
 * Read at every collection, so setting it here, first of all imports, works like the
 * command-line flag; imported by the api's and the worker's entry.ts only (tests and tools keep
 * V8's defaults).
 */
setFlagsFromString('--heap-growing-percent=50');
