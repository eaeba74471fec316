/**
 * Service guides (办事指南): their standard elements and the completeness rule that names every
 * required element a guide lacks. Imports nothing of the content server.
 */
package org.zhanqun.cms.content.guide;
