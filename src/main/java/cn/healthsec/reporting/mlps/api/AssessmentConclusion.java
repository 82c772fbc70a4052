package cn.healthsec.reporting.mlps.api;

/** Conclusion of a level assessment (等级测评): 符合 / 基本符合 / 不符合. */
public enum AssessmentConclusion {
    PASS,
    BASIC_PASS,
    FAIL
}
