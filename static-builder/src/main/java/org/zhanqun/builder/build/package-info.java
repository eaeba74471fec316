/**
 * The build: load → assemble → fingerprint → render → write, in one readable method ({@link
 * org.zhanqun.builder.build.ClusterBuild#run}), and its report. Assembles the page model from a
 * {@link org.zhanqun.builder.source.ContentSet} (one {@code ContentIndex} of the content, one
 * assembler per page kind), decides what changed since the last build by fingerprints, renders in
 * parallel and publishes atomically.
 */
package org.zhanqun.builder.build;
