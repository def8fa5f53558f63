// Loaded with --require by `npm run bench -- --instructions` for the counted batch runs: Date.now() always gives the
// same instant. A batch gives the event loop a turn whenever 25 ms of wall time have passed since the last one, so
// under callgrind's slowdown the number of turns, and with them the count, would follow how busy the machine is.
// With the clock fixed the batch never gives a turn of its own, and the count repeats whatever the load.
'use strict';
const now = Date.now();
Date.now = () => now;
