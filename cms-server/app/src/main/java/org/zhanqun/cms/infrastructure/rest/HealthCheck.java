package org.zhanqun.cms.infrastructure.rest;

import java.util.Optional;

/**
 * A part of the server that can be unusable while the server runs and still serves the rest (the
 * proofreader with a bad dictionary). {@code GET /health} reports each bean of this type; the
 * features implement it, so that infrastructure needs to know none of them.
 */
public interface HealthCheck {

  /** The name {@code /health} shows it under: {@code proofreading}. */
  String name();

  /** Why it is unusable, for the log (it may name files); empty when it works. */
  Optional<String> problem();
}
