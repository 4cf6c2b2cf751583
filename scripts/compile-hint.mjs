// V8's explicit compile hint (Chromium 136+), the CDN bundle's first line: Chromium compiles
// every function while the file streams in, off the main thread, rather than each on its first
// call. Other engines read it as a comment. Written by vite.config.ts, checked by
// check-package.mjs.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
