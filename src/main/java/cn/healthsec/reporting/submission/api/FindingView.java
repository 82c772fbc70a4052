package cn.healthsec.reporting.submission.api;

import cn.healthsec.reporting.rules.Citation;
import cn.healthsec.reporting.rules.Severity;

public record FindingView(String code, Severity severity, String message, String basis, Citation citation) {
}
