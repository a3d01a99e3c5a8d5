// Posts a frame's request to leave (see src/components/quick-exit/frame-exit.ts) to the
// window that opened this one, then tells it that it did.
opener.postMessage('haven-widgets:quick-exit', '*');
opener.postMessage({ harness: 'asked' }, '*');
