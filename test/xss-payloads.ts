/**
 * Known cross-site-scripting payloads: script tags, event-handler attributes, javascript: URLs,
 * SVG and MathML, entity and encoding tricks, template and CSS injection. Each, if it ever
 * ran, would set window.__xss; none may, and no element may be created from any of them.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<img src="x" onerror=window.__xss=1//',
  '<svg onload="window.__xss=1">',
  '<svg><script>window.__xss=1</script></svg>',
  '<iframe src="javascript:window.parent.__xss=1"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<body onload="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<audio src=x onerror="window.__xss=1">',
  '<input autofocus onfocus="window.__xss=1">',
  '<marquee onstart="window.__xss=1">',
  '<a href="javascript:window.__xss=1">click</a>',
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  'java\tscript:window.__xss=1',
  ' javascript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:window.__xss=1',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '&#60;img src=x onerror=window.__xss=1&#62;',
  '\u003cimg src=x onerror=window.__xss=1\u003e',
  '"><img src=x onerror=window.__xss=1>',
  "'><svg onload=window.__xss=1>",
  '</script><script>window.__xss=1</script>',
  '<math><mtext><img src=x onerror="window.__xss=1"></mtext></math>',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<style>@import "javascript:window.__xss=1";</style>',
  '<div style="background:url(javascript:window.__xss=1)">',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<template><img src=x onerror=window.__xss=1></template>',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<!--<img src=x onerror=window.__xss=1>-->',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<base href="javascript:window.__xss=1//">',
  '<link rel="stylesheet" href="javascript:window.__xss=1">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
];

/**
 * Elements that no text field may ever produce inside a widget. (Inputs and forms are left
 * out: widgets render their own radios and checkboxes; the payloads that carry them are
 * caught by their handlers never running.)
 */
export const FORBIDDEN = 'script, img, svg, iframe, object, embed, video, audio, marquee, math, style, link, meta, base, template, noscript, body';

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Lets handlers and timers that a payload might have set up run, then reports. */
export async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 30));
}
