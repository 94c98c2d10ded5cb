// `out` comes from the test, a temp folder, so runs never write into the source tree.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./drizzle/schema.ts",
  out: process.env.DRIZZLE_OUT!,
});
