// Only the `unit` project of jest.config.js, as one config: what `npm run mutation`
// (StrykerJS) runs against every mutant of the domain rules.
const { projects } = require('./jest.config.js');

const { displayName, ...unit } = projects.find((project) => project.displayName === 'unit');

module.exports = { ...unit, rootDir: __dirname };
