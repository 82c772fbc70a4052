package cn.healthsec.reporting.problem;

import cn.healthsec.reporting.rules.LegalTime;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a report says happened cannot have happened after the report arrived. Compared with the
 * moment of receipt, which the request reader gives the validator as its clock: a date with the
 * legal date of receipt (Asia/Shanghai), a year with its year, an instant with the instant of
 * receipt plus {@link #CLOCK_SKEW} (an HIS clock a little ahead is not a report from the future).
 * Error code {@code after_receipt}.
 */
@Documented
@Constraint(validatedBy = {NotAfterReceipt.OnDate.class, NotAfterReceipt.OnYear.class, NotAfterReceipt.OnInstant.class,
        NotAfterReceipt.OnOffsetDateTime.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotAfterReceipt {

    Duration CLOCK_SKEW = Duration.ofMinutes(5);

    String message() default "after_receipt";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The moment of receipt: the clock the request reader validates with. */
    final class Receipt {
        private Receipt() {
        }

        static Instant of(ConstraintValidatorContext context) {
            return context.getClockProvider().getClock().instant();
        }
    }

    class OnDate implements ConstraintValidator<NotAfterReceipt, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isAfter(LegalTime.dateOf(Receipt.of(context)));
        }
    }

    class OnYear implements ConstraintValidator<NotAfterReceipt, Integer> {
        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || value <= LegalTime.dateOf(Receipt.of(context)).getYear();
        }
    }

    class OnInstant implements ConstraintValidator<NotAfterReceipt, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || !value.isAfter(Receipt.of(context).plus(CLOCK_SKEW));
        }
    }

    class OnOffsetDateTime implements ConstraintValidator<NotAfterReceipt, OffsetDateTime> {
        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            return value == null || !value.toInstant().isAfter(Receipt.of(context).plus(CLOCK_SKEW));
        }
    }
}
