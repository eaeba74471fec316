/**
 * The cluster and its sites (portal and department sites, with names per language, languages,
 * theme, path and identification), and each site's column (栏目) tree with the audit category of
 * every column. Imports {@code security} for rights, no other feature.
 */
package org.zhanqun.cms.site;
