// compile.js compiles datatrade's Solidity sources with the pinned solcjs (standard JSON: optimizer on,
// evmVersion shanghai so that Ganache 7.9.2 runs the bytecode) and writes build/<Contract>.abi and .bin.
// Paths in the compiler input are relative, so the output is the same on every machine.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const here = __dirname;
const sources = ['ExchangeRegistry.sol', 'Market.sol', 'Escrow.sol', 'Reviews.sol'];
const contracts = ['ExchangeRegistry', 'Market', 'Escrow', 'Reviews'];

const input = {
  language: 'Solidity',
  sources: Object.fromEntries(sources.map((f) => [f, { content: fs.readFileSync(path.join(here, f), 'utf8') }])),
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

const build = path.join(here, 'build');
fs.mkdirSync(build, { recursive: true });
for (let i = 0; i < sources.length; i++) {
  const c = out.contracts[sources[i]][contracts[i]];
  const size = c.evm.deployedBytecode.object.length / 2;
  if (size > 24576) {
    process.stderr.write(`${contracts[i]}: runtime code is ${size} bytes, over the 24576-byte limit\n`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(build, contracts[i] + '.abi'), JSON.stringify(c.abi) + '\n');
  fs.writeFileSync(path.join(build, contracts[i] + '.bin'), c.evm.bytecode.object);
  process.stdout.write(`${contracts[i]}: ${size} bytes runtime code\n`);
}
