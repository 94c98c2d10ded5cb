// For MigrationInteropTest's rebuild test: the schema and `out` come from the test, so that two
// generate runs (before and after a change) produce a genuine table rebuild in a temp folder.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: process.env.DRIZZLE_SCHEMA!,
  out: process.env.DRIZZLE_OUT!,
});
