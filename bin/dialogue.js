#!/usr/bin/env node
require("../dist/bin/load.cjs").loadCli().cli.main();
