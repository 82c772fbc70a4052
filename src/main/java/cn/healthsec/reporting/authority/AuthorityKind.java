package cn.healthsec.reporting.authority;

/** The three kinds of body a submission can be routed to. */
public enum AuthorityKind {
    /** 卫生健康行政部门 (health commission), including the NHC. */
    HEALTH_COMMISSION("HC"),
    /** 网信部门 (cybersecurity administration). */
    CYBERSPACE_ADMINISTRATION("CAC"),
    /** 公安机关 (public security organ). */
    PUBLIC_SECURITY("PSB");

    private final String prefix;

    AuthorityKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
