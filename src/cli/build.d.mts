// Types for build.mjs (plain JavaScript: it runs before anything is compiled), for the tests that reuse it.
export declare const ROOT: string;
/** Where Vite leaves the console: dist/console/. */
export declare const CONSOLE_DIR: string;
export declare function isStale(): boolean;
export declare function consoleIsStale(): boolean;
export declare function build(): Promise<void>;
export declare function buildConsole(): Promise<void>;
export declare function ensureBuilt(): Promise<void>;
/** Builds the console only, when stale. */
export declare function ensureConsoleBuilt(): Promise<void>;
