// Settings for `npm run manifest` and the test that checks custom-elements.json.
// packagejson: false keeps the analyzer from rewriting package.json's
// "customElements" field (the test writes its copy elsewhere).
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  packagejson: false,
};
