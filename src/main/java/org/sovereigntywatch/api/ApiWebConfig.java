package org.sovereigntywatch.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Arrays;
import java.util.Locale;

/**
 * Coded values in query parameters in any case: {@code state=published} as {@code state=PUBLISHED}, as jurisdiction
 * codes are. Spring's own conversion wants the exact constant; a value that names none is still refused, and the
 * problem lists the values it takes.
 */
@Configuration
class ApiWebConfig implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new AnyCaseEnums());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class AnyCaseEnums implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return text -> {
                String name = text.strip();
                if (name.isEmpty()) {
                    return null;
                }
                return (T) Arrays.stream(type.getEnumConstants())
                        .filter(constant -> ((Enum<?>) constant).name().equalsIgnoreCase(name.replace('-', '_')))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("No " + type.getSimpleName() + " "
                                + name.toUpperCase(Locale.ROOT)));
            };
        }
    }
}
