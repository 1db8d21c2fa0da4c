package org.sovereigntywatch.security;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sovereigntywatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the security log: admins only, and their own download of it is logged too. */
@IntegrationTest
class SecurityLogServiceTest {

    @Autowired SecurityLogService service;
    @Autowired SecurityLog log;
    @Autowired RunAs runAs;

    @ParameterizedTest
    @ValueSource(strings = {"viewer", "analyst", "reviewer"})
    void nobody_but_an_admin_reads_the_log(String username) {
        runAs.user(username, () -> {
            assertThatThrownBy(() -> service.list(SecurityEventFilter.ALL, PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.count(SecurityEventFilter.ALL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.exportCsv(SecurityEventFilter.ALL, new ByteArrayOutputStream()))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void an_admin_downloads_the_filtered_log_newest_first_and_the_download_is_logged() {
        String marker = "csv-" + UUID.randomUUID();
        log.recordAs("analyst", SecurityEventType.SIGN_IN_FAILED, null, "First " + marker);
        log.recordAs("analyst", SecurityEventType.SIGN_IN_FAILED, null, "=Second " + marker);
        SecurityEventFilter filter = SecurityEventFilter.ALL.withText(marker);

        List<CsvRecord> csv = runAs.user("admin", () -> csv(filter));

        assertThat(csv.getFirst().getFields())
                .containsExactly("occurred_at", "type", "actor", "subject", "client_address", "detail");
        assertThat(csv.subList(1, csv.size())).extracting(row -> row.getField(5))
                .containsExactly("'=Second " + marker, "First " + marker);
        assertThat(runAs.user("admin", () -> service.list(filter.withType(SecurityEventType.EXPORT),
                PageRequest.of(0, 10)))).singleElement().satisfies(note -> {
            assertThat(note.actor()).isEqualTo("admin");
            assertThat(note.detail()).isEqualTo("Security log, 2 rows; filter: text \"" + marker + "\"");
        });
    }

    private List<CsvRecord> csv(SecurityEventFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            service.exportCsv(filter, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out.toString(StandardCharsets.UTF_8)
                .substring(1))) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
