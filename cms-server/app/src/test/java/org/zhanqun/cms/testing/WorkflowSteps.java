package org.zhanqun.cms.testing;

import jakarta.json.JsonObject;

/** The workflow steps many tests need before what they test, each checked to succeed. */
public final class WorkflowSteps {

  private WorkflowSteps() {}

  /** Creates the item as {@code editor}; returns its view. */
  public static JsonObject create(ApiClient editor, JsonObject request) {
    return succeeded(editor.post("items", request), 201);
  }

  /** Submits the item as {@code editor} and publishes it now as {@code reviewer}. */
  public static JsonObject publish(ApiClient editor, ApiClient reviewer, long itemId) {
    JsonObject submitted = succeeded(editor.post("items/" + itemId + "/workflow/submit"), 200);
    return succeeded(
        reviewer.post(
            "items/" + itemId + "/workflow/publish",
            JsonBody.object("version", submitted.getInt("version"))),
        200);
  }

  /** Creates the item as {@code editor} and has {@code reviewer} publish it now. */
  public static JsonObject createPublished(
      ApiClient editor, ApiClient reviewer, JsonObject request) {
    return publish(editor, reviewer, create(editor, request).getJsonNumber("id").longValue());
  }

  private static JsonObject succeeded(ApiResponse response, int status) {
    if (response.status() != status) {
      throw new AssertionError("expected " + status + ": " + response.describe());
    }
    return response.json();
  }
}
