package cn.healthsec.reporting.submission.api;

import cn.healthsec.reporting.rules.Citation;

import java.math.BigDecimal;

public record MeasurementView(String name, BigDecimal value, BigDecimal threshold, boolean thresholdReached, String basis,
                              Citation citation) {
}
