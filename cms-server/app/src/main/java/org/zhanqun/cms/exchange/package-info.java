/**
 * Import and export of the cluster as a content folder (docs/content-format.md): reads a folder
 * with the builder's {@code ContentReader}, checks every item with the API's own validation and
 * stores it in one transaction, and writes the published state ({@link
 * org.zhanqun.cms.publish.PublishedContentSet}) with the builder's {@code ContentWriter}. Imports
 * {@code site}, {@code content}, {@code attachment}, {@code publish} and {@code security}; no
 * feature imports it.
 */
package org.zhanqun.cms.exchange;
