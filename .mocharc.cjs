// `npx mocha` runs the whole unit suite; `npx mocha out/test/unit/x.test.js` runs only the files it names.
// (With the suite as a fixed `spec`, mocha adds the named files to it and runs everything.)
const namesFiles = process.argv.slice(2).some((arg) => /\.js$/.test(arg) && !arg.startsWith('-'));

module.exports = {
  ...(namesFiles ? {} : { spec: ['out/test/unit/**/*.test.js'] }),
  // A temp folder of the run's own (TMPDIR), removed at the end; the run fails when a test left files in it.
  require: ['out/test/support/rootHooks.js'],
  timeout: 20000,
  reporter: 'spec',
};
