/** What the background workers share: the pause after a failure. Imports no feature. */
package org.zhanqun.cms.infrastructure.schedule;
