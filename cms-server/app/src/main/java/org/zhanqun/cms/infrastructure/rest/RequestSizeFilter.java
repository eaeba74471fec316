package org.zhanqun.cms.infrastructure.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.infrastructure.error.FieldError;

/**
 * Refuses with 413 a request whose declared body is larger than allowed, before anything reads it:
 * {@code zhanqun.request.max-bytes} for JSON and form posts, {@code zhanqun.upload.max-bytes} for
 * uploads. A body without a declared length is bounded where it is read.
 */
@Provider
@PreMatching
public class RequestSizeFilter implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "zhanqun.request.max-bytes")
  long maxJsonBytes;

  @Inject
  @ConfigProperty(name = "zhanqun.upload.max-bytes")
  long maxUploadBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    long length = request.getLength();
    MediaType type = request.getMediaType();
    // a plain HTML form (the public letters, opinions, error reports) is text as JSON is
    boolean json =
        type == null
            || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    long limit = json ? maxJsonBytes : maxUploadBytes;
    if (length > limit) {
      request.abortWith(
          ErrorResponse.of(
              Status.REQUEST_ENTITY_TOO_LARGE,
              "the body has " + length + " bytes, more than the limit of " + limit,
              List.of(
                  new FieldError(
                      json ? "body" : "file",
                      "larger than "
                          + limit
                          + " bytes ("
                          + HttpHeaders.CONTENT_LENGTH
                          + " "
                          + length
                          + ")"))));
    }
  }
}
