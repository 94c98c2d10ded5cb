// users before the change; posts are its ON DELETE CASCADE children with a Drizzle enum and its CHECK.
import { sql } from "drizzle-orm";
import { sqliteTable, integer, text, check, index } from "drizzle-orm/sqlite-core";

export const users = sqliteTable("users", {
  id: integer("id").primaryKey(),
  email: text("email"),
});

export const posts = sqliteTable("posts", {
  id: integer("id").primaryKey(),
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  status: text("status", { enum: ["draft", "live"] }).notNull(),
}, (t) => [check("posts_status", sql`${t.status} IN ('draft', 'live')`), index("posts_user_id_idx").on(t.userId)]);
