package org.zhanqun.cms.testing;

import jakarta.json.JsonObject;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ checks of an {@link ApiResponse} whose failure messages show the request and the whole
 * answer: {@code assertThat(response).hasStatus(400).hasErrorOn("title")}.
 */
public final class ApiResponseAssert extends AbstractAssert<ApiResponseAssert, ApiResponse> {

  private ApiResponseAssert(ApiResponse actual) {
    super(actual, ApiResponseAssert.class);
  }

  public static ApiResponseAssert assertThat(ApiResponse actual) {
    return new ApiResponseAssert(actual);
  }

  public ApiResponseAssert hasStatus(int expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage("expected status %d, but %s", expected, actual.describe());
    }
    return this;
  }

  /**
   * The error body names {@code field} in {@code errors} with a reason, and its {@code status}
   * member equals the HTTP status.
   */
  public ApiResponseAssert hasErrorOn(String field) {
    isNotNull();
    JsonObject body = actual.json();
    if (body.getInt("status", -1) != actual.status()) {
      failWithMessage("expected an error body with the status, but %s", actual.describe());
    }
    boolean named =
        body.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                error ->
                    error.getString("field").equals(field)
                        && !error.getString("reason", "").isBlank());
    if (!named) {
      failWithMessage("expected an error naming field '%s', but %s", field, actual.describe());
    }
    return this;
  }
}
