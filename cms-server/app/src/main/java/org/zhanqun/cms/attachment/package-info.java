/**
 * Downloadable files (forms and attachments): upload with size and type limits, content sniffing,
 * SHA-256 checksum, storage in the database (so every server instance sees every file) and
 * download. Imports {@code site} and {@code security}.
 */
package org.zhanqun.cms.attachment;
