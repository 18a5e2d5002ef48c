import { commandActor, runWithHub } from "./run-with-hub.js";

/** `npm run overlaps:rescan`: recomputes every overlap, as the rescanOverlaps mutation does. */
runWithHub(async (services) => {
  const started = performance.now();
  const result = await services.powers.rescan(commandActor("cli-rescan", "Overlap rescan (command line)"));
  console.log(
    `Rescanned ${result.powersScanned} powers in ${Math.round(performance.now() - started)} ms: ` +
      `${result.opened.length} overlaps opened, ${result.closed.length} made obsolete.`,
  );
});
