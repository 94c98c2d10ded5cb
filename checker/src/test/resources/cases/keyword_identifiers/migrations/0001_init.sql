CREATE TABLE "order" (
  "id" INTEGER PRIMARY KEY,
  "group" TEXT NOT NULL,
  "class" TEXT,
  "select" INTEGER NOT NULL DEFAULT 0,
  `default` BOOLEAN NOT NULL DEFAULT 0
);
CREATE TABLE "line item" (
  [order id] INTEGER NOT NULL REFERENCES "order"("id"),
  [unit price] REAL
);
