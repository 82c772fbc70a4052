package cn.healthsec.reporting.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localized texts for problems, findings and route reasons: Chinese by default, English when the
 * caller prefers it ({@code Accept-Language}). Templates use {@code {name}} placeholders.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "i18n.messages";
    /** Longer headers are not parsed at all (the header block as a whole is capped by the HTTP layer). */
    private static final int MAX_ACCEPT_LANGUAGE = 256;

    private Messages() {
    }

    /**
     * The caller's language from its {@code Accept-Language} header, read leniently: a malformed
     * header ({@code en;q=2}, {@code xx;q=abc}) is not an error worth refusing a request for, and
     * falls back to Chinese. The header's text is never echoed or logged.
     */
    public static Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_ACCEPT_LANGUAGE) {
            return CHINESE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-", 2)[0];
            if (range.getWeight() > 0 && ("zh".equals(language) || "en".equals(language))) {
                return "en".equals(language) ? ENGLISH : CHINESE;
            }
        }
        return CHINESE;
    }

    public static String text(Locale locale, String key, Map<String, Object> arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("en") ? ENGLISH : CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            template = key;
        }
        for (Map.Entry<String, Object> arg : arguments.entrySet()) {
            template = template.replace("{" + arg.getKey() + "}", String.valueOf(arg.getValue()));
        }
        return template;
    }

    public static String text(Locale locale, String key) {
        return text(locale, key, Map.of());
    }
}
