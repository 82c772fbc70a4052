package cn.healthsec.reporting.mlps.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** New technologies 2022 Measures art. 6(1) asks institutions to survey (云计算、物联网、区块链、5G、大数据). */
public enum NewTechnology {
    CLOUD,
    IOT,
    BLOCKCHAIN,
    @JsonProperty("5G")
    FIVE_G,
    BIG_DATA,
    AI,
    MOBILE,
    INDUSTRIAL_CONTROL
}
