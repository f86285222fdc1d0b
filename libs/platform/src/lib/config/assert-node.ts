/**
 * Imported first by every entry point. Running a build with the machine's older Node (instead of
 * the Node 24 that `npm ci` installs into node_modules/.bin) otherwise crashes deep inside a
 * dependency (argon2's prebuild segfaults on Node 20).
 */
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `Gongkai needs Node.js 24 or newer; this is ${process.version}.\n` +
      'Run it through npm (npm start, npm run …), which uses the Node 24 installed by `npm ci`,\n' +
      'or with node_modules/.bin/node.\n',
  );
  process.exit(1);
}
export {};
