package org.zhanqun.cms.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameters of the editors' item list ({@code GET /items}), as one {@code @BeanParam}:
 * numbers are read by {@code StrictParameters}, page and size checked by Bean Validation, the rest
 * parsed by {@link #filters()}. One instance per request. Left out of the OpenAPI scan (see
 * microprofile-config.properties); the resource method documents the parameters.
 */
public class ItemListParameters {

  @QueryParam("site")
  String site;

  @QueryParam("column")
  Long column;

  @QueryParam("type")
  String type;

  @QueryParam("language")
  String language;

  @QueryParam("status")
  String status;

  @QueryParam("updatedSince")
  String updatedSince;

  @QueryParam("q")
  String q;

  @QueryParam("page")
  @Min(value = 1, message = "from 1 to " + ItemFilters.MAX_PAGE)
  @Max(value = ItemFilters.MAX_PAGE, message = "from 1 to " + ItemFilters.MAX_PAGE)
  Integer page;

  @QueryParam("size")
  @Min(value = 1, message = "from 1 to " + ItemFilters.MAX_SIZE)
  @Max(value = ItemFilters.MAX_SIZE, message = "from 1 to " + ItemFilters.MAX_SIZE)
  Integer size;

  @QueryParam("sort")
  String sort;

  /**
   * The parameters parsed.
   *
   * @throws org.zhanqun.cms.infrastructure.error.InvalidInputException naming each invalid one
   */
  ItemFilters filters() {
    return ItemFilters.read(
        site, column, type, language, status, updatedSince, q, page, size, sort);
  }
}
