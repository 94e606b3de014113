#!/bin/sh
# Brings the standalone bundle of the AsyncAPI React component (npm, Apache-2.0) into the
# build, for the page /asyncapi.html. It runs once per clean build: the files stay in
# target/ until `mvn clean`. The tarball must match the integrity pinned in the pom.
# Usage: asyncapi-ui.sh VERSION INTEGRITY OUTPUT_DIR
set -eu
version="$1"
integrity="$2"
out="$3"
[ -f "$out/index.js" ] && exit 0
work="$out.download"
rm -rf "$work"
mkdir -p "$work"
cd "$work"
tarball=$(npm pack --silent "@asyncapi/react-component@$version")
actual=$(node -e 'const f = require("fs"), c = require("crypto");
process.stdout.write("sha512-" + c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tarball")
if [ "$actual" != "$integrity" ]; then
  echo "$tarball has integrity $actual, the pom pins $integrity" >&2
  exit 1
fi
tar -xzf "$tarball" package/LICENSE package/browser/standalone/index.js \
  package/browser/standalone/index.js.LICENSE.txt package/styles/default.min.css
mkdir -p "$out"
cp package/browser/standalone/index.js package/browser/standalone/index.js.LICENSE.txt \
  package/styles/default.min.css "$out"/
cp package/LICENSE "$out"/LICENSE.txt
cd ..
rm -rf "$work"
