/**
 * Import and export of the cluster as a content folder (docs/content-format.md): reads a folder
 * with the builder's {@code ContentReader} and stores it in one transaction, and writes the
 * published state with its {@code ContentWriter}; {@link
 * org.zhanqun.cms.exchange.PublishedContentSet} maps the database to a builder {@code ContentSet}
 * for export and publication. Imports {@code site}, {@code content}, {@code attachment} and {@code
 * security}; no feature imports it.
 */
package org.zhanqun.cms.exchange;
