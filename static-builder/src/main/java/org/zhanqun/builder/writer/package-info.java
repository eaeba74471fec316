/**
 * Writes the published cluster so that readers never see a half-written site: each build writes a
 * new version folder (hard-linking unchanged files from the previous one) and then swaps the output
 * symlink to it in one atomic rename. Knows nothing of pages or templates.
 */
package org.zhanqun.builder.writer;
