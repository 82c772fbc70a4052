package cn.healthsec.reporting.rules;

import java.math.BigDecimal;

/** A quantity a rule computed, the threshold it compared it with (inclusive), and the source of that threshold. */
public record Measurement(String name, BigDecimal value, BigDecimal threshold, boolean thresholdReached, Basis basis) {
}
