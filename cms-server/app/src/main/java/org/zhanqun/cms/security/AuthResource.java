package org.zhanqun.cms.security;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Log in, log out, and who am I. */
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

  @Inject AccountService accounts;
  @Inject CurrentCaller currentCaller;

  @POST
  @Path("login")
  @Operation(summary = "Exchange username and password for a bearer token with an expiry")
  public SessionView login(@Valid @NotNull(message = "is required") LoginRequest request) {
    AccountService.Session session = accounts.login(request.username(), request.password());
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

  @GET
  @Path("me")
  @Operation(summary = "The user of the bearer token and their rights")
  @SecurityRequirement(name = "bearer")
  public CallerView me() {
    return CallerView.of(currentCaller.require());
  }
}
