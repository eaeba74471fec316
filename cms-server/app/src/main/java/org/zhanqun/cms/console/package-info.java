/**
 * The editorial console's delivery: serves the browser application under {@code /admin/} from the
 * WAR. The console itself is static ES modules that speak only {@code /api/v1}; nothing here knows
 * of content, workflow or sites.
 */
package org.zhanqun.cms.console;
