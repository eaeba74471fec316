/**
 * Interaction (互动交流) with the public: letters (信件) to the channels of a site, their handling (受理,
 * 分办/转办, 办理, 审核, 答复, 公开, 评价, 办结) with deadlines in working days, statistics, and the purge of
 * personal data after the retention period. Imports {@code site}, {@code security} and {@code
 * proofreading}; nothing imports it but the lead's publishing hook.
 */
package org.zhanqun.cms.interaction;
