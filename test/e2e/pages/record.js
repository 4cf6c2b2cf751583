// Loaded first by the end-to-end pages: records what a page author would see in the console
// (warnings, errors, CSP violations) for the test to read as window.__events.
window.__events = [];
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__events.push(`${level}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}
window.addEventListener('error', (event) => window.__events.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) =>
  window.__events.push(`rejection: ${String(event.reason)}`),
);
document.addEventListener('securitypolicyviolation', (event) =>
  window.__events.push(`csp: ${event.violatedDirective} ${event.blockedURI}`),
);
