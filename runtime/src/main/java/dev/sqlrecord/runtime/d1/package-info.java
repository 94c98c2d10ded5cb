/**
 * Cloudflare D1: {@link dev.sqlrecord.runtime.d1.D1Config} (account, database, token, timeouts and
 * retries), which {@link dev.sqlrecord.runtime.Database#d1} takes, and the backend that runs
 * statements over D1's REST API: requests with retries, D1's JSON values and rows, its error
 * answers, and finding the failing statement of a batch.
 */
package dev.sqlrecord.runtime.d1;
