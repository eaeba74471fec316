/**
 * What the background workers share: the outbox worker that drains a table of pending changes
 * (claim with a token and a lease, retry after a pause that doubles, wake-up on a committed change,
 * draining on the worker's own executor), the outbox contract each table implements, and the pause
 * after a failure. Imports no feature.
 */
package org.zhanqun.cms.infrastructure.schedule;
