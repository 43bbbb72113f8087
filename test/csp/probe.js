// Loaded first by the csp group's iframe pages (a classic script, so it runs before any module):
// records every Content-Security-Policy violation in the frame, for the parent test to read,
window.kzViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) =>
    window.kzViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
  true,
);
// and every uncaught error: a script the policy breaks as it loads throws
window.kzErrors = [];
addEventListener('error', (event) => window.kzErrors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.kzErrors.push(String(event.reason)));
