package org.zhanqun.cms.security;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.security.UserRequest.GrantRequest;

/** Accounts, their roles, passwords and sessions; administrators only. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
@SecurityRequirement(name = "bearer")
public class UsersResource {

  @Inject AccountService accounts;
  @Inject CredentialService credentials;
  @Inject CurrentCaller currentCaller;

  @GET
  @Operation(summary = "Every account with its rights and whether it is active")
  public List<UserView> list() {
    currentCaller.requireAdministrator();
    return accounts.users();
  }

  @POST
  @Operation(summary = "Create an account")
  public Response create(@Valid @NotNull(message = "is required") UserRequest request) {
    currentCaller.requireAdministrator();
    UserView created =
        credentials.createAccount(
            request.username(),
            request.password(),
            request.displayName(),
            request.administrator(),
            request.evaluator(),
            grants(request.sites()));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("{username}/sites")
  @Operation(summary = "Replace the account's roles per site")
  public UserView replaceGrants(
      @PathParam("username") String username,
      @NotNull(message = "is required") List<@Valid GrantRequest> sites) {
    currentCaller.requireAdministrator();
    return accounts.replaceGrants(username, grants(sites));
  }

  @PUT
  @Path("{username}/password")
  @Operation(
      summary = "Set a new password for the account",
      description = "Revokes all the user's sessions and forgets the account's failed logins.")
  @APIResponse(responseCode = "204", description = "set; the user's tokens are revoked")
  @APIResponse(responseCode = "400", description = "no such user, or not 10 to 200 characters")
  public Response resetPassword(
      @PathParam("username") String username,
      @Valid @NotNull(message = "is required") PasswordResetRequest request) {
    currentCaller.requireAdministrator();
    credentials.resetPassword(username, request.password());
    return Response.noContent().build();
  }

  @POST
  @Path("{username}/disable")
  @Operation(
      summary = "Disable the account",
      description = "It can no longer log in, and its tokens stop working at once.")
  @APIResponse(responseCode = "200", description = "the account, now inactive")
  @APIResponse(responseCode = "400", description = "no such user, or your own account")
  public UserView disable(@PathParam("username") String username) {
    return accounts.disable(username, currentCaller.requireAdministrator());
  }

  @POST
  @Path("{username}/enable")
  @Operation(summary = "Let a disabled account log in again")
  public UserView enable(@PathParam("username") String username) {
    currentCaller.requireAdministrator();
    return accounts.enable(username);
  }

  @DELETE
  @Path("{username}/sessions")
  @Operation(summary = "Revoke every session (token) of the account")
  @APIResponse(responseCode = "204", description = "revoked")
  public Response revokeSessions(@PathParam("username") String username) {
    currentCaller.requireAdministrator();
    accounts.revokeSessions(username);
    return Response.noContent().build();
  }

  private static Set<SiteGrant> grants(List<GrantRequest> requests) {
    return requests == null
        ? Set.of()
        : requests.stream()
            .map(g -> new SiteGrant(g.site(), g.role()))
            .collect(Collectors.toUnmodifiableSet());
  }
}
