// Loaded first by the pages that test locale loading (a file, since their policy refuses
// inline scripts): keeps each console warning in window.warnings and fires `warned`.
window.warnings = [];
const original = console.warn;
console.warn = (...args) => {
  window.warnings.push(args.map(String).join(' '));
  window.dispatchEvent(new Event('warned'));
  original.apply(console, args);
};
