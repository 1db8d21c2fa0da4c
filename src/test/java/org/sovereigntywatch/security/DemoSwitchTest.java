package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No default credentials outside a demo: the settings a bare {@code java -jar} reads leave the demo users out, and
 * only the demo profile (which {@code ./mvnw spring-boot:run} activates, see the pom) or SW_DEMO_DATA turns them on.
 */
class DemoSwitchTest {

    @Test
    void without_a_profile_or_setting_there_are_no_demo_users() throws IOException {
        assertThat(demoData("application.properties")).isEqualTo("false");
    }

    @Test
    void the_demo_profile_turns_the_demo_users_on() throws IOException {
        assertThat(demoData("application-demo.properties")).isEqualTo("true");
    }

    @Test
    void the_postgres_profile_leaves_the_choice_to_the_default() throws IOException {
        assertThat(load("application-postgres.properties").getProperty("sovereigntywatch.demo-data")).isNull();
    }

    private static String demoData(String file) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(load(file));
        return environment.getProperty("sovereigntywatch.demo-data");
    }

    private static org.springframework.core.env.PropertySource<?> load(String file) throws IOException {
        return new PropertiesPropertySourceLoader().load(file, new ClassPathResource(file)).getFirst();
    }
}
