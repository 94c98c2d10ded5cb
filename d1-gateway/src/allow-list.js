// The allow-list built into the Worker: null (none), or the contents of your build's
// target/sqlrecord/statements.json. A variable holds at most 5 KB on Cloudflare; this module has
// no such limit. Write it from the build (see README.md):
//   echo "export default $(cat ../target/sqlrecord/statements.json);" > src/allow-list.js
export default null;
