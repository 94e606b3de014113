#!/bin/sh
# Parses every Terraform file under infra/ with @cdktf/hcl2json (npm, MPL-2.0), so the checks
# read the configuration as Terraform's own HCL parser does, with neither Terraform nor its
# providers. npm installs the parser from this module's package-lock.json once per clean build.
# Usage: parse-terraform.sh INFRA_DIR OUTPUT_DIR
set -eu
infra=$(cd "$1" && pwd)
out="$2"
here=$(cd "$(dirname "$0")/../.." && pwd)
npm_dir="$out/npm"
if [ ! -f "$npm_dir/node_modules/@cdktf/hcl2json/package.json" ] || [ "$here/package-lock.json" -nt "$npm_dir/package-lock.json" ]; then
  rm -rf "$npm_dir"
  mkdir -p "$npm_dir"
  cp "$here/package.json" "$here/package-lock.json" "$npm_dir/"
  (cd "$npm_dir" && npm ci --ignore-scripts --no-audit --no-fund --silent)
fi
NODE_PATH="$npm_dir/node_modules" node "$here/src/build/parse-terraform.cjs" "$infra" "$out/terraform.json"
