package org.zhanqun.builder.page;

/**
 * A channel's figures for one month.
 *
 * @param month {@code yyyy-MM}
 * @param averageWorkingDays working days from receipt to reply, one decimal; null when nothing was
 *     answered
 * @param satisfaction the share of satisfied and basically satisfied ratings, as a whole percentage
 *     ({@code 95%}); null when nothing was rated
 */
public record ChannelMonthView(
    String month, int received, int answered, String averageWorkingDays, String satisfaction) {}
