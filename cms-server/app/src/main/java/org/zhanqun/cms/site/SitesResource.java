package org.zhanqun.cms.site;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.infrastructure.rest.Public;

/** The cluster, its sites and their column trees. Reading is public; changes need a login. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sites")
public class SitesResource {

  @Inject SiteService sites;

  @GET
  @Path("cluster")
  @Public
  @Operation(summary = "The cluster: names, base URL, languages, time zone")
  public ClusterView cluster() {
    return sites.cluster();
  }

  @PUT
  @Path("cluster")
  @Operation(summary = "Change the cluster settings (administrator)")
  @SecurityRequirement(name = "bearer")
  public ClusterView changeCluster(
      @Valid @NotNull(message = "is required") ClusterRequest request) {
    return sites.changeCluster(request);
  }

  @GET
  @Path("sites")
  @Public
  @Operation(summary = "Every site of the cluster in display order")
  public List<SiteView> list() {
    return sites.sites();
  }

  @GET
  @Path("sites/{site}")
  @Public
  @Operation(summary = "One site")
  public SiteView get(@PathParam("site") String site) {
    return sites.site(site);
  }

  @POST
  @Path("sites")
  @Operation(summary = "Create a site (administrator)")
  @SecurityRequirement(name = "bearer")
  public Response create(
      @Valid @NotNull(message = "is required") SiteRequest request, @Context UriInfo uri) {
    SiteView created = sites.createSite(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("sites/{site}")
  @Operation(summary = "Change a site (administrator); send the version you read")
  @SecurityRequirement(name = "bearer")
  public SiteView change(
      @PathParam("site") String site,
      @Valid @NotNull(message = "is required") SiteRequest request) {
    return sites.changeSite(site, request);
  }

  @DELETE
  @Path("sites/{site}")
  @Operation(summary = "Delete a site without columns, items or files (administrator)")
  @SecurityRequirement(name = "bearer")
  public Response delete(@PathParam("site") String site) {
    sites.deleteSite(site);
    return Response.noContent().build();
  }

  @GET
  @Path("sites/{site}/columns")
  @Public
  @Operation(summary = "The site's column tree")
  public List<ColumnView> columns(@PathParam("site") String site) {
    return sites.columnTree(site);
  }

  @GET
  @Path("sites/{site}/columns/{column}")
  @Public
  @Operation(summary = "One column")
  public ColumnView column(@PathParam("site") String site, @PathParam("column") long column) {
    return sites.column(site, column);
  }

  @POST
  @Path("sites/{site}/columns")
  @Operation(summary = "Create a column (administrator or the site's reviewer)")
  @SecurityRequirement(name = "bearer")
  public Response createColumn(
      @PathParam("site") String site,
      @Valid @NotNull(message = "is required") ColumnRequest request,
      @Context UriInfo uri) {
    ColumnView created = sites.createColumn(site, request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("sites/{site}/columns/{column}")
  @Operation(summary = "Change a column; send the version you read")
  @SecurityRequirement(name = "bearer")
  public ColumnView changeColumn(
      @PathParam("site") String site,
      @PathParam("column") long column,
      @Valid @NotNull(message = "is required") ColumnRequest request) {
    return sites.changeColumn(site, column, request);
  }

  @DELETE
  @Path("sites/{site}/columns/{column}")
  @Operation(summary = "Delete an empty column without sub-columns")
  @SecurityRequirement(name = "bearer")
  public Response deleteColumn(@PathParam("site") String site, @PathParam("column") long column) {
    sites.deleteColumn(site, column);
    return Response.noContent().build();
  }
}
