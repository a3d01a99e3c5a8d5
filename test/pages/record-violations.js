// Loaded first by pages that must run under their strict policy (a file, since the policy
// refuses inline scripts): keeps each Content-Security-Policy violation in window.violations.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
