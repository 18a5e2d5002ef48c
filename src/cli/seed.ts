import { seedIfEmpty } from "../sample/seed.js";
import { runWithHub } from "./run-with-hub.js";

/** `npm run seed`: loads the sample county into an empty database (DATABASE_URL or the embedded one). */
runWithHub(async (services, log) => {
  const seeded = await seedIfEmpty(services, log);
  console.log(seeded ? "Sample county loaded." : "The database already has data; nothing was loaded.");
});
