package org.zhanqun.cms.interaction.errorreport;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the audit needs to know of one report: how long it was (or is) open. Days in the cluster's
 * time zone.
 */
public record ErrorReportFact(
    String number, String site, String url, LocalDate received, Optional<LocalDate> answered) {}
