/**
 * Support for builder tests: content folders written from text blocks, so that each test shows its
 * whole input. Test code only; imports nothing of the builder but the format it writes.
 */
package org.zhanqun.builder.testing;
