package org.zhanqun.builder.template;

/** A template is missing or failed on a model; the message names the template and the line. */
public class RenderException extends Exception {

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }

  public RenderException(String message) {
    super(message);
  }
}
