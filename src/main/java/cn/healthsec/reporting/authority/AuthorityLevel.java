package cn.healthsec.reporting.authority;

public enum AuthorityLevel {
    NATIONAL,
    PROVINCIAL,
    PREFECTURE,
    COUNTY
}
