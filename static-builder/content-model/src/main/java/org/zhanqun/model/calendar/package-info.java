/**
 * Working days in mainland China: weekends, the public holidays and the make-up working days of the
 * State Council's yearly notice, kept as data ({@code holidays.yaml}), for reply limits counted in
 * working days (工作日).
 */
package org.zhanqun.model.calendar;
