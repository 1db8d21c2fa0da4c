package org.sovereigntywatch.base.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Spring's validator (the one services validate their arguments with) with the app's translated messages; Spring
 * Boot's own would ignore {@code META-INF/validation.xml}'s interpolator in favour of its message source.
 */
@Configuration(proxyBeanMethods = false)
class ValidatorConfig {

    @Bean
    static LocalValidatorFactoryBean defaultValidator() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setMessageInterpolator(new TranslatedValidationMessages());
        return validator;
    }
}
