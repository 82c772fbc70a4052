package cn.healthsec.reporting.submission.api;

import cn.healthsec.reporting.rules.Citation;
import cn.healthsec.reporting.rules.DeadlineState;

import java.time.LocalDate;

public record DeadlineView(String obligation, LocalDate dueOn, DeadlineState state, boolean provisional,
                           LocalDate doneOn, String basis, Citation citation) {
}
