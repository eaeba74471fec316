/**
 * The cluster as content describes it: the cluster's settings, its sites with their languages and
 * identification, and each site's column (栏目) tree. Immutable records; imports nothing else of the
 * builder.
 */
package org.zhanqun.model.site;
