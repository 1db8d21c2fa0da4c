package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private final AppUserRepository repository = mock(AppUserRepository.class);
    private final PasswordEncoder encoder = new SecurityConfig().passwordEncoder();
    @TempDir Path dataDirectory;

    @Test
    void an_empty_database_without_demo_data_gets_an_admin_with_the_configured_password_to_be_changed() {
        when(repository.count()).thenReturn(0L);
        bootstrap("chief", "configured password 1").run(null);

        AppUser admin = saved();
        assertThat(admin.getUsername()).isEqualTo("chief");
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("configured password 1", admin.getPasswordHash())).isTrue();
        assertThat(admin.isPasswordChangeRequired()).isTrue();
        assertThat(dataDirectory.resolve(InitialAdminPassword.FILE_NAME)).doesNotExist();
    }

    @Test
    void a_random_password_goes_to_a_file_only_the_owner_reads_and_never_to_the_log(CapturedOutput log) throws IOException {
        when(repository.count()).thenReturn(0L);
        bootstrap("admin", "").run(null);

        AppUser admin = saved();
        Path file = dataDirectory.resolve(InitialAdminPassword.FILE_NAME);
        List<String> lines = Files.readAllLines(file);
        String password = lines.stream().filter(line -> line.startsWith("password: ")).findFirst().orElseThrow()
                .substring("password: ".length());
        assertThat(encoder.matches(password, admin.getPasswordHash())).isTrue();
        assertThat(admin.isPasswordChangeRequired()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(log.getAll()).contains(file.toString()).doesNotContain(password);
    }

    @Test
    void the_file_goes_away_once_its_admin_chose_their_own_password() {
        when(repository.count()).thenReturn(0L);
        InitialAdminPassword file = new InitialAdminPassword(dataDirectory);
        new AdminBootstrap(repository, encoder, file, false, "admin", "").run(null);

        file.discardFor("someone-else");
        assertThat(file.path()).exists();
        file.discardFor("admin");
        assertThat(file.path()).doesNotExist();
    }

    @Test
    void a_configured_password_that_is_too_short_stops_the_start() {
        when(repository.count()).thenReturn(0L);
        assertThatThrownBy(() -> bootstrap("admin", "short").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SW_ADMIN_PASSWORD");
        verify(repository, never()).save(any());
    }

    @Test
    void nothing_is_created_when_users_exist_or_demo_data_provides_them() {
        when(repository.count()).thenReturn(3L);
        bootstrap("admin", "configured password 1").run(null);
        when(repository.count()).thenReturn(0L);
        new AdminBootstrap(repository, encoder, new InitialAdminPassword(dataDirectory), true, "admin",
                "configured password 1").run(null);
        verify(repository, never()).save(any());
    }

    private AdminBootstrap bootstrap(String username, String password) {
        return new AdminBootstrap(repository, encoder, new InitialAdminPassword(dataDirectory), false, username, password);
    }

    private AppUser saved() {
        ArgumentCaptor<AppUser> captor = ArgumentCaptor.forClass(AppUser.class);
        verify(repository).save(captor.capture());
        return captor.getValue();
    }
}
