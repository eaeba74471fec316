package org.zhanqun.cms.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameters of the public item list ({@code GET /public/items}), as one
 * {@code @BeanParam}: the editors' filters without status and text, as readers see live items only.
 * One instance per request. Left out of the OpenAPI scan (see microprofile-config.properties); the
 * resource method documents the parameters.
 */
public class PublicItemListParameters {

  @QueryParam("site")
  String site;

  @QueryParam("column")
  Long column;

  @QueryParam("type")
  String type;

  @QueryParam("language")
  String language;

  @QueryParam("updatedSince")
  String updatedSince;

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
        site, column, type, language, null, updatedSince, null, page, size, sort);
  }
}
