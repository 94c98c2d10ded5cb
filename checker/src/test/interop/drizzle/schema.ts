// The Drizzle schema drizzle-kit generates migrations from in MigrationInteropTest.
import { sqliteTable, integer, text, index } from "drizzle-orm/sqlite-core";

export const users = sqliteTable("users", {
  id: integer("id").primaryKey(),
  email: text("email").notNull().unique(),
});

export const posts = sqliteTable("posts", {
  id: integer("id").primaryKey(),
  userId: integer("user_id").notNull().references(() => users.id),
  title: text("title"),
}, (t) => [index("posts_user_id_idx").on(t.userId)]);
