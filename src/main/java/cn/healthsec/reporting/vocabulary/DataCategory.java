package cn.healthsec.reporting.vocabulary;

/** The six GB/T 39725-2020 health-data categories, plus OTHER. */
public enum DataCategory {
    /** 个人属性数据 */
    PERSONAL_ATTRIBUTES,
    /** 健康状况数据 */
    HEALTH_STATUS,
    /** 医疗应用数据 */
    MEDICAL_APPLICATION,
    /** 医疗支付数据 */
    MEDICAL_PAYMENT,
    /** 卫生资源数据 */
    HEALTH_RESOURCES,
    /** 公共卫生数据 */
    PUBLIC_HEALTH,
    OTHER
}
