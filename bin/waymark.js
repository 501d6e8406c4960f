#!/usr/bin/env node
// Thin entry: the CLI is bundled into dist/bin/ (by `npm run build`, from src/cli/node/main.ts).
import { main } from '../dist/bin/main.js'

await main()
