#!/usr/bin/env node
// The element manifest as the npm package ships it: custom-elements.json describes the sources
// (src/…/x.ts), which the package does not contain, so tools that turn its modules into imports
// (Storybook, JSX type generators, editor plugins) would point at missing files. This copy names the
// compiled modules in lib/ instead (src/x.ts -> lib/x.js); `npm run build:lib` writes it.
import { readFileSync, writeFileSync } from 'node:fs';

const toLib = (value) => value.replace(/^\/?src\//, 'lib/').replace(/\.ts$/, '.js');
const rewrite = (node) => {
  if (Array.isArray(node)) return node.map(rewrite);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, (key === 'path' || key === 'module') && typeof value === 'string' ? toLib(value) : rewrite(value)]),
    );
  }
  return node;
};

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
writeFileSync('lib/custom-elements.json', `${JSON.stringify(rewrite(manifest), null, 2)}\n`);
