package cn.healthsec.reporting.institution.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;

/**
 * The right of a delegate to file for the institution: the delegate's client id (the token's
 * {@code azp}, else {@code client_id}, else its subject) and when the right ends (RFC 3339; in the
 * future, at most three years ahead).
 */
public record GrantRequest(
        @NotNull @Pattern(regexp = "^[A-Za-z0-9._:@/-]{1,200}$") String delegate,
        @NotNull Instant expiresAt) {
}
