package cn.healthsec.reporting.webhook;

/** Whose events a subscription receives: an authority's (its inbox) or an institution's. */
public record Owner(Kind kind, String id) {

    public enum Kind { AUTHORITY, INSTITUTION }

    public static Owner authority(String id) {
        return new Owner(Kind.AUTHORITY, id);
    }

    public static Owner institution(String uscc) {
        return new Owner(Kind.INSTITUTION, uscc);
    }

    /** The API path of the owner's subscriptions. */
    public String subscriptionsPath() {
        return (kind == Kind.AUTHORITY ? "/api/v1/authorities/" : "/api/v1/institutions/") + id + "/subscriptions";
    }

    /** The CloudEvents {@code source} of its events: where the same things are read by polling. */
    public String source() {
        return kind == Kind.AUTHORITY ? "/api/v1/authorities/" + id + "/inbox" : "/api/v1/institutions/" + id;
    }
}
