package org.zhanqun.cms.security;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.security.UserRequest.GrantRequest;

/** Accounts and their roles; administrators only. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
@SecurityRequirement(name = "bearer")
public class UsersResource {

  @Inject AccountService accounts;
  @Inject CurrentCaller currentCaller;

  @GET
  @Operation(summary = "Every account with its rights")
  public List<CallerView> list() {
    currentCaller.requireAdministrator();
    return accounts.list().stream().map(CallerView::of).toList();
  }

  @POST
  @Operation(summary = "Create an account")
  public Response create(@Valid @NotNull(message = "is required") UserRequest request) {
    currentCaller.requireAdministrator();
    Caller created =
        accounts.create(
            request.username(),
            request.password(),
            request.displayName(),
            request.administrator(),
            request.evaluator(),
            grants(request.sites()));
    return Response.status(Response.Status.CREATED).entity(CallerView.of(created)).build();
  }

  @PUT
  @Path("{username}/sites")
  @Operation(summary = "Replace the account's roles per site")
  public CallerView replaceGrants(
      @PathParam("username") String username,
      @NotNull(message = "is required") List<@Valid GrantRequest> sites) {
    currentCaller.requireAdministrator();
    return CallerView.of(accounts.replaceGrants(username, grants(sites)));
  }

  private static Set<SiteGrant> grants(List<GrantRequest> requests) {
    return requests == null
        ? Set.of()
        : requests.stream()
            .map(g -> new SiteGrant(g.site(), g.role()))
            .collect(Collectors.toUnmodifiableSet());
  }
}
