/**
 * Publishing to the static cluster: an outbox entry is written in the transaction that changes what
 * the public sees of an item; the publisher (an outbox worker holding the cluster-wide publishing
 * lock) claims entries with a token and a lease, builds the cluster from the database's live
 * content ({@link org.zhanqun.cms.publish.PublishedContentSet}, also what export writes) with the
 * static builder (one rendering code path) under the output folder's file lock, and records each
 * run in the publish log. Also serves the published cluster over HTTP. Must not import the
 * builder's command line.
 */
package org.zhanqun.cms.publish;
