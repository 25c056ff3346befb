package vn.hanoi.gbv.events;

/**
 * Who caused an event: a person (by user id and the role they acted in) or a service.
 * Ward and agency say which scope the person acted in; either may be null.
 */
public record Actor(String id, String role, String ward, String agency) {

    public static Actor service(String serviceName) {
        return new Actor(serviceName, "SERVICE", null, null);
    }
}
