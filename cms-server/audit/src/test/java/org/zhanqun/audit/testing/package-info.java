/** Test fixtures: mini-clusters written as content folders, and the demo cluster. */
package org.zhanqun.audit.testing;
