#!/usr/bin/env node
// Thin entry: the CLI lives in dist/cli/node/main.js (built from src/cli by `npm install`/`npm run build`).
import { main } from '../dist/cli/node/main.js'

await main()
