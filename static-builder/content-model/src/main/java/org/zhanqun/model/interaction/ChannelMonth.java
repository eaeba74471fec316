package org.zhanqun.model.interaction;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * A channel's figures for one month (the month a letter arrived in): what its page shows as monthly
 * statistics.
 *
 * @param received valid letters received (rejected ones are not counted)
 * @param answered of those, the ones replied to
 * @param onTime of the answered, the ones replied to within the channel's limit
 * @param averageWorkingDays the mean working days from arrival to reply of the answered; empty when
 *     none is
 * @param rated the replies the citizens rated
 * @param satisfaction the share (0..1) of the rated that were satisfied or basically satisfied;
 *     empty when none was rated
 */
public record ChannelMonth(
    String site,
    String channel,
    YearMonth month,
    int received,
    int answered,
    int onTime,
    OptionalDouble averageWorkingDays,
    int rated,
    OptionalDouble satisfaction) {}
