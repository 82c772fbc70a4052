package cn.healthsec.reporting.vocabulary;

/** 核心数据 / 重要数据 / 一般数据 (2026 Data Measures art. 5; GB/T 43697-2024). */
public enum DataGrade {
    CORE,
    IMPORTANT,
    GENERAL;

    /** Core data is protected as important data and more (2026 art. 11 ¶3: "on the basis of the requirements for important data"). */
    public boolean atLeastImportant() {
        return this == CORE || this == IMPORTANT;
    }
}
