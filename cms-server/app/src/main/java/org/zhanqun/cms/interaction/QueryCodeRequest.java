package org.zhanqun.cms.interaction;

/** A query code typed by the citizen, with or without dashes. */
public record QueryCodeRequest(String queryCode) {}
