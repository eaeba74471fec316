/**
 * The editorial workflow: draft → in review → published (or sent back with a comment), scheduled
 * publication that survives restarts, and withdrawal; who may do which, and the trail of every
 * transition with who, when, the comment and the publication time. Builds on {@code content};
 * content knows nothing of it.
 */
package org.zhanqun.cms.workflow;
