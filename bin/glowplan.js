#!/usr/bin/env node
import { run } from '../dist/glowplan.js';

run();
