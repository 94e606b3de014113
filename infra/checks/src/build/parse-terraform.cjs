// Writes one JSON document describing every Terraform module under INFRA_DIR: per directory,
// each file's blocks as hcl2json parses them, and every reference (var., local., module.,
// data., resource) found in any expression, with the file and block it appears in.
// A syntax error fails the build naming the file and line.
// Usage: node parse-terraform.cjs INFRA_DIR OUTPUT_FILE
const fs = require("fs");
const path = require("path");
const hcl = require("@cdktf/hcl2json");

const [infra, output] = process.argv.slice(2);
const skipped = new Set(["checks", "node_modules", ".terraform", "target"]);

function moduleDirectories(dir) {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  const found = entries.some((e) => e.isFile() && e.name.endsWith(".tf")) ? [dir] : [];
  for (const e of entries) {
    if (e.isDirectory() && !skipped.has(e.name)) found.push(...moduleDirectories(path.join(dir, e.name)));
  }
  return found;
}

// Every string holding an expression, with the block it sits in ("resource.aws_sqs_queue.main").
function expressions(node, where, found) {
  if (typeof node === "string") {
    if (node.includes("${")) found.push({ where, expression: node });
  } else if (Array.isArray(node)) {
    node.forEach((child) => expressions(child, where, found));
  } else if (node && typeof node === "object") {
    for (const [key, child] of Object.entries(node)) expressions(child, where, found);
  }
  return found;
}

function blocks(parsed) {
  const result = [];
  for (const [kind, body] of Object.entries(parsed)) {
    if (kind === "resource" || kind === "data") {
      for (const [type, named] of Object.entries(body))
        for (const [name, value] of Object.entries(named)) result.push([`${kind}.${type}.${name}`, value]);
    } else if (kind === "locals" || kind === "terraform") {
      result.push([kind, body]);
    } else if (kind === "variable") {
      // A variable's type is written as an expression but refers to nothing.
      for (const [name, value] of Object.entries(body))
        result.push([`variable.${name}`, value.map(({ type, ...rest }) => rest)]);
    } else {
      for (const [name, value] of Object.entries(body)) result.push([`${kind}.${name}`, value]);
    }
  }
  return result;
}

async function parseModule(dir) {
  const files = {};
  const references = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".tf")).sort()) {
    const name = path.join(path.relative(infra, dir), file);
    let parsed;
    try {
      parsed = await hcl.parse(name, fs.readFileSync(path.join(dir, file), "utf8"));
    } catch (error) {
      throw new Error(`${name} does not parse: ${error.message}`);
    }
    files[file] = parsed;
    for (const [block, body] of blocks(parsed)) {
      for (const { expression } of expressions(body, block, [])) {
        for (const reference of await hcl.getReferencesInExpression(name, expression)) {
          references.push({ file, block, reference: reference.value });
        }
      }
    }
  }
  return { files, references };
}

(async () => {
  const modules = {};
  for (const dir of moduleDirectories(infra).sort()) {
    modules[path.relative(infra, dir) || "."] = await parseModule(dir);
  }
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, JSON.stringify({ modules }, null, 1));
  console.log(`Parsed ${Object.keys(modules).length} Terraform modules under ${infra}`);
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
