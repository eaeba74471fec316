/**
 * The builder's command line ({@code zhanqun build}): options parsed by picocli, a progress bar on
 * a terminal, the summary, every failure listed, exit codes. Calls the {@code build} package; holds
 * no build logic of its own.
 */
package org.zhanqun.builder.cli;
