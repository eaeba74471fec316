package org.zhanqun.cms.infrastructure.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS endpoint (a resource method, or every method of a resource class) that anyone may
 * call without logging in. Every other endpoint of the API answers an anonymous request with 401
 * before its body is read ({@code security.AuthenticationFilter}). Not Jakarta's {@code PermitAll}:
 * on Payara that switches on the container's own security for the whole module.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Public {}
