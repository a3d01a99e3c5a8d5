/** Kept equal to package.json's version by a test; defineElement compares it across copies. */
export const VERSION = '0.1.0';
