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

    private Messages() {
    }

    /** The first of the caller's preferred languages that we speak; Chinese when none is. */
    public static Locale choose(List<Locale> preferred) {
        if (preferred != null) {
            for (Locale l : preferred) {
                if ("zh".equals(l.getLanguage())) {
                    return CHINESE;
                }
                if ("en".equals(l.getLanguage())) {
                    return ENGLISH;
                }
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
