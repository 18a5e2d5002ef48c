import { Foundation1764201600000 } from "./1764201600000-foundation.js";

/** Every migration, oldest first. Class references rather than globs: they work in ESM and vitest alike. */
export const MIGRATIONS = [Foundation1764201600000];
