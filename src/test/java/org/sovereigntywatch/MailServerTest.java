package org.sovereigntywatch;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Base of the tests of the app with e-mail set up: an SMTP server in the test (GreenMail) that the app sends to, with
 * its own application context and in-memory database, shared by the classes that extend this one.
 */
public abstract class MailServerTest extends KaribuTest {

    // One port for the run, so that a server stopped by a test starts again where the app expects it.
    private static final int SMTP_PORT = freePort();

    /** Started before the application context, so that a job firing at start-up finds it. */
    @RegisterExtension
    protected static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void withSmtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("sovereigntywatch.mail.link-base", () -> "https://watch.example.org/");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:sovereigntywatch-mail;DB_CLOSE_DELAY=-1;LAZY_QUERY_EXECUTION=1");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
