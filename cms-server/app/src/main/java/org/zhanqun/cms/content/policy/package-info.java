/**
 * The disclosure metadata of policy documents (政策文件): 索引号, 发文机关, 文号, 成文日期, validity, as values that
 * validate on construction, and the details of policy interpretations (政策解读). Imports nothing of
 * the content server.
 */
package org.zhanqun.cms.content.policy;
