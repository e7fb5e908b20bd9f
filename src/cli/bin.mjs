#!/usr/bin/env node
// The `holdspace` command. TypeScript runs through tsx's loader, so no build step stands between
// `npm install` and `npx holdspace demo`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
