#!/usr/bin/env node
// The `hc-widgets` command of nhs-careers-widgets: `hc-widgets --help` says what it does.
import { main } from '../dist/server/cli.js';

process.exitCode = await main(process.argv.slice(2));
