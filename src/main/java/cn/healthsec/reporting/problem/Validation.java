package cn.healthsec.reporting.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bean Validation violations as field errors with JSON-pointer fields and stable codes. */
public final class Validation {

    private Validation() {
    }

    public static List<FieldError> toFieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(Validation::toFieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::code))
                .toList();
    }

    static FieldError toFieldError(ConstraintViolation<?> v) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attrs = v.getConstraintDescriptor().getAttributes();
        Map<String, Object> args = new HashMap<>();
        String code = switch (a.annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> {
                args.put("min", attrs.getOrDefault("value", 0));
                yield "too_small";
            }
            case "Max", "DecimalMax" -> {
                args.put("max", attrs.get("value"));
                yield "too_large";
            }
            case "Size" -> {
                args.put("min", attrs.get("min"));
                args.put("max", attrs.get("max"));
                yield "size";
            }
            case "Pattern" -> "invalid_format";
            case "PastOrPresent", "Past" -> "in_future";
            case "NotAfterReceipt" -> "after_receipt";
            case "UsccFormat" -> "invalid_uscc";
            default -> "invalid";
        };
        if ("Positive".equals(a.annotationType().getSimpleName())) {
            args.put("min", 1);
        }
        return FieldError.of(pointer(v.getPropertyPath()), code, args);
    }

    /** {@code network.newTechnologies[2]} → {@code /network/newTechnologies/2}; method and parameter nodes of resource validation are skipped. */
    static String pointer(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                out.setLength(0);
                out.append(node.getName());
                continue;
            }
            if (node.getIndex() != null) {
                out.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                out.append('/').append(node.getKey());
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                out.append('/').append(node.getName());
            }
        }
        return out.toString();
    }
}
