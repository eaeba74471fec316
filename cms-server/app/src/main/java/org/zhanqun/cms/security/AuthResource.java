package org.zhanqun.cms.security;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.zhanqun.cms.infrastructure.rest.Public;

/** Log in, log out, change one's password, and who am I. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  @Inject AccountService accounts;
  @Inject CredentialService credentials;
  @Inject CurrentCaller currentCaller;

  @POST
  @Path("login")
  @Public
  @Operation(
      summary = "Exchange username and password for a bearer token with an expiry",
      description =
          "Failed logins are counted per account and per client address: after a few, further"
              + " attempts must wait (429 with Retry-After), doubling with each further failure."
              + " A successful login forgets the account's failures.")
  @APIResponse(responseCode = "200", description = "the token, its expiry and the user")
  @APIResponse(responseCode = "400", description = "username or password missing or too long")
  @APIResponse(responseCode = "401", description = "wrong username or password, or disabled")
  @APIResponse(
      responseCode = "429",
      description = "too many failed logins for this account or from this address",
      headers = @Header(name = "Retry-After", description = "seconds to wait"))
  @APIResponse(
      responseCode = "503",
      description = "too many passwords being checked at once",
      headers = @Header(name = "Retry-After", description = "seconds to wait"))
  public SessionView login(
      @Valid @NotNull(message = "is required") LoginRequest request,
      @Context HttpServletRequest http) {
    AccountService.Session session =
        credentials.login(request.username(), request.password(), clientAddress(http));
    return new SessionView(session.token(), session.expiresAt(), CallerView.of(session.caller()));
  }

  @POST
  @Path("logout")
  @Operation(summary = "Revoke the bearer token of this request")
  @SecurityRequirement(name = "bearer")
  public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    currentCaller.require();
    accounts.logout(AuthenticationFilter.bearerToken(authorization));
    return Response.noContent().build();
  }

  @PUT
  @Path("password")
  @Operation(
      summary = "Change your own password",
      description =
          "Needs the current password (wrong ones count like failed logins). Revokes every"
              + " session of the user, this one included: log in again with the new password.")
  @SecurityRequirement(name = "bearer")
  @APIResponse(responseCode = "204", description = "changed; all your tokens are revoked")
  @APIResponse(
      responseCode = "400",
      description = "currentPassword wrong, or newPassword not 10 to 200 characters")
  @APIResponse(responseCode = "429", description = "too many wrong current passwords")
  public Response changePassword(
      @Valid @NotNull(message = "is required") PasswordChangeRequest request,
      @Context HttpServletRequest http) {
    credentials.changePassword(
        currentCaller.require(),
        request.currentPassword(),
        request.newPassword(),
        clientAddress(http));
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  @Operation(summary = "The user of the bearer token and their rights")
  @SecurityRequirement(name = "bearer")
  public CallerView me() {
    return CallerView.of(currentCaller.require());
  }

  private String clientAddress(HttpServletRequest http) {
    return credentials.clientAddress(http.getRemoteAddr(), http.getHeader(FORWARDED_FOR));
  }
}
