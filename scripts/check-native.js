// Runs after `npm install`: the local cloud stores its data in SQLite through the
// native better-sqlite3 module, which is built from source on this kind of machine.
// Fail loudly here rather than with an obscure error at `npm start`.
try {
  const Database = require('better-sqlite3');
  new Database(':memory:').prepare('select 1').get();
} catch (err) {
  console.error('\n[gongying] better-sqlite3 did not build: the local cloud cannot store data.');
  console.error('[gongying] Needs python3, make and g++; then run: npm rebuild better-sqlite3');
  console.error(`[gongying] cause: ${err && err.message}\n`);
  process.exit(1);
}
