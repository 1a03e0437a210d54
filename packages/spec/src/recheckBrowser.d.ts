// recheck's pure-JavaScript build (the `browser` entry of its package.json). Its types are the package's own.
declare module 'recheck/lib/browser.js' {
  import type { check, checkSync } from 'recheck';

  const recheck: { check: typeof check; checkSync: typeof checkSync };
  export default recheck;
}
