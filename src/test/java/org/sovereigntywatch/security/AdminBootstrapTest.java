package org.sovereigntywatch.security;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AdminBootstrapTest {

    private final AppUserRepository repository = mock(AppUserRepository.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void an_empty_database_without_demo_data_gets_an_admin_with_the_configured_password() {
        when(repository.count()).thenReturn(0L);
        new AdminBootstrap(repository, encoder, false, "chief", "configured password 1").run(null);

        AppUser admin = saved();
        assertThat(admin.getUsername()).isEqualTo("chief");
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("configured password 1", admin.getPasswordHash())).isTrue();
    }

    @Test
    void without_a_configured_password_the_admin_gets_a_random_one() {
        when(repository.count()).thenReturn(0L);
        new AdminBootstrap(repository, encoder, false, "admin", "").run(null);
        AppUser admin = saved();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches("admin-password", admin.getPasswordHash())).isFalse();
    }

    @Test
    void a_configured_password_that_is_too_short_stops_the_start() {
        when(repository.count()).thenReturn(0L);
        assertThatThrownBy(() -> new AdminBootstrap(repository, encoder, false, "admin", "short").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SW_ADMIN_PASSWORD");
        verify(repository, never()).save(any());
    }

    @Test
    void nothing_is_created_when_users_exist_or_demo_data_provides_them() {
        when(repository.count()).thenReturn(3L);
        new AdminBootstrap(repository, encoder, false, "admin", "configured password 1").run(null);
        when(repository.count()).thenReturn(0L);
        new AdminBootstrap(repository, encoder, true, "admin", "configured password 1").run(null);
        verify(repository, never()).save(any());
    }

    private AppUser saved() {
        ArgumentCaptor<AppUser> captor = ArgumentCaptor.forClass(AppUser.class);
        verify(repository).save(captor.capture());
        return captor.getValue();
    }
}
