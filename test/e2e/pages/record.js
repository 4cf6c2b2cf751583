// Loaded first by the end-to-end pages: records what a page author would see in the console
// (warnings, errors, CSP violations) for the test to read as window.__events.
// A block, so that nothing but window.__events is added to the page's global scope.
{
  /** @type {string[]} */
  const events = [];
  /** @type {Window & { __events?: string[] }} */ (window).__events = events;
  for (const level of /** @type {const} */ (['warn', 'error'])) {
    const original = console[level];
    /** @param {...unknown} args */
    console[level] = (...args) => {
      events.push(`${level}: ${args.map(String).join(' ')}`);
      original.apply(console, args);
    };
  }
  window.addEventListener('error', (event) => events.push(`error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    events.push(`rejection: ${String(event.reason)}`),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    events.push(`csp: ${event.violatedDirective} ${event.blockedURI}`),
  );
}
