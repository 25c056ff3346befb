package vn.hanoi.gbv.platform.security;

import java.util.Set;
import vn.hanoi.gbv.events.Actor;

/**
 * The person (or service) behind a request, read from the JWT: user id, roles, and the ward or agency their
 * scope is limited to (null when not scoped that way).
 */
public record CurrentUser(String id, Set<String> roles, String ward, String agency) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The actor an event records when this user acts in {@code role}. */
    public Actor actingAs(String role) {
        return new Actor(id, role, ward, agency);
    }

    /** The actor for an event, naming the first of {@code preferredRoles} this user holds. */
    public Actor asActor(String... preferredRoles) {
        for (String role : preferredRoles) {
            if (hasRole(role)) {
                return actingAs(role);
            }
        }
        return actingAs(roles.stream().sorted().findFirst().orElse("UNKNOWN"));
    }
}
