package cn.healthsec.reporting.identifier;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field holds a unified social credit code (GB 32100-2015): 18 characters of its alphabet with
 * a numeric division code. A check character that does not match is not refused here — legally
 * issued pilot codes have one ({@link Uscc.Verdict#CHECK_CHARACTER_MISMATCH}). Error code {@code invalid_uscc}.
 */
@Documented
@Constraint(validatedBy = UsccFormat.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UsccFormat {

    String message() default "invalid_uscc";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is not this constraint's business (@NotNull says whether the field is required). */
    class Check implements ConstraintValidator<UsccFormat, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Uscc.verify(value) != Uscc.Verdict.MALFORMED;
        }
    }
}
