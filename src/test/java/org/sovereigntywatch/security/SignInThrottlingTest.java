package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins through the real form: after a few, the next try is turned away before its password is looked at,
 * and the sign-in page is told how long to wait. Time-dependent behaviour (longer waits, the hourly ceiling, the
 * bounded wait) is proven on a moved clock in {@link SignInThrottleTest}.
 */
@ServerTest
class SignInThrottlingTest {

    @LocalServerPort
    int port;

    @Autowired
    RunAs runAs;

    @Autowired
    UserService users;

    @Autowired
    SecurityLogService securityLog;

    @Test
    void after_five_failures_even_the_right_password_is_turned_away_unchecked_with_the_time_to_wait() {
        String username = newUser("Right password 1234!");
        PlainBrowser browser = new PlainBrowser(port, "198.51.100.31");

        List<String> failures = new ArrayList<>();
        for (int failure = 0; failure < 5; failure++) {
            failures.add(PlainBrowser.location(browser.signIn(username, "wrong password " + failure)));
        }
        HttpResponse<String> rightPassword = browser.signIn(username, "Right password 1234!");

        assertThat(failures.subList(0, 4)).allSatisfy(location -> assertThat(location).endsWith("/login?error"));
        assertThat(failures.get(4)).as("the fifth failure says how long the next try waits")
                .matches(".*/login\\?error&wait=\\d+");
        assertThat(PlainBrowser.location(rightPassword)).matches(".*/login\\?wait=\\d+");
        assertThat(browser.isSignedIn()).isFalse();
        assertThat(runAs.user("admin", () -> securityLog.list(SecurityEventFilter.ALL
                .withType(SecurityEventType.SIGN_IN_THROTTLED).withUser(username), PageRequest.of(0, 5))))
                .as("the refused try is in the security log").singleElement()
                .extracting(SecurityEventRow::clientAddress).isEqualTo("198.51.100.31");
    }

    @Test
    void an_account_that_does_not_exist_is_slowed_down_exactly_alike() {
        String existing = newUser("Right password 1234!");
        String missing = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        List<String> forTheMissingAccount = failSixTimes(missing, "198.51.100.41");

        assertThat(forTheMissingAccount).last().asString().contains("wait=");
        assertThat(forTheMissingAccount).isEqualTo(failSixTimes(existing, "198.51.100.42"));
    }

    @Test
    void successful_sign_ins_do_not_count_against_the_account() {
        String username = newUser("Right password 1234!");

        for (int signIn = 1; signIn <= 6; signIn++) {
            PlainBrowser browser = new PlainBrowser(port, "198.51.100.51");
            browser.signIn(username, "Right password 1234!");
            assertThat(browser.isSignedIn()).as("sign-in %d", signIn).isTrue();
        }
    }

    /** Where six failed sign-ins in a row send the browser, with the waits left out (they depend on the time taken). */
    private List<String> failSixTimes(String username, String address) {
        PlainBrowser browser = new PlainBrowser(port, address);
        List<String> answers = new ArrayList<>();
        for (int failure = 0; failure < 6; failure++) {
            String location = PlainBrowser.location(browser.signIn(username, "wrong password " + failure));
            answers.add(location.substring(location.indexOf("/login")).replaceAll("\\d+", "N"));
        }
        return answers;
    }

    private String newUser(String password) {
        String username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        runAs.user("admin", () -> users.create(new AppUser(username, "Throttled User", Role.VIEWER), password));
        return username;
    }
}
