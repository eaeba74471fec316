/**
 * The builder's command line ({@code zhanqun build}, {@code zhanqun proofread}): options parsed by
 * picocli, a progress bar on a terminal, the summary, every failure listed, exit codes. Calls the
 * {@code build}, {@code proofread} and {@code source} packages; holds no build logic of its own.
 */
package org.zhanqun.builder.cli;
