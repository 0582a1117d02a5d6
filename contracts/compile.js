// compile.js compiles datatrade's Solidity sources with the pinned solcjs (standard JSON: optimizer on,
// evmVersion shanghai so that Ganache 7.9.2 runs the bytecode) and writes build/<Contract>.abi and .bin.
// Test fixtures in testdata/ are compiled the same way into testdata/<Contract>.abi and .bin (no bindings).
// Paths in the compiler input are relative, so the output is the same on every machine.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const here = __dirname;
// Every top-level *.sol file is one contract named after the file; test
// fixtures live in testdata/. With arguments (contract names), only those
// are compiled: helpers working on one contract need not compile the others.
const all = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.sol'))
  .sort()
  .map((f) => ({ source: f, name: f.slice(0, -4), out: 'build' }))
  .concat(
    fs
      .readdirSync(path.join(here, 'testdata'))
      .filter((f) => f.endsWith('.sol'))
      .sort()
      .map((f) => ({ source: 'testdata/' + f, name: f.slice(0, -4), out: 'testdata' })),
  );
const wanted = process.argv.slice(2);
for (const w of wanted) {
  if (!all.some((t) => t.name === w)) {
    process.stderr.write(`no contract ${w}: expected ${w}.sol in contracts/ or contracts/testdata/\n`);
    process.exit(1);
  }
}
const targets = wanted.length ? all.filter((t) => wanted.includes(t.name)) : all;

const input = {
  language: 'Solidity',
  sources: Object.fromEntries(
    targets.map((t) => [t.source, { content: fs.readFileSync(path.join(here, t.source), 'utf8') }]),
  ),
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'shanghai',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

function findImports(p) {
  const candidates = [path.join(here, 'node_modules', p), path.join(here, p)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: 'not found: ' + p };
}

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  process.stderr.write(e.formattedMessage || e.message);
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

for (const t of targets) {
  const c = out.contracts[t.source][t.name];
  const size = c.evm.deployedBytecode.object.length / 2;
  if (size > 24576) {
    process.stderr.write(`${t.name}: runtime code is ${size} bytes, over the 24576-byte limit\n`);
    process.exit(1);
  }
  const dir = path.join(here, t.out);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, t.name + '.abi'), JSON.stringify(c.abi) + '\n');
  fs.writeFileSync(path.join(dir, t.name + '.bin'), c.evm.bytecode.object);
  process.stdout.write(`${t.name}: ${size} bytes runtime code\n`);
}
