package org.sovereigntywatch.base;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sovereigntywatch.base.sheet.FormulaCells;
import org.sovereigntywatch.editorial.PublicationState;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    record Row(String text, List<String> many, LocalDate day, Instant at, PublicationState state, Integer number) {
    }

    private static final CsvTable<Row> TABLE = new CsvTable<Row>()
            .column("text", Row::text).column("many", Row::many).column("day", Row::day).column("at", Row::at)
            .column("state", Row::state).column("number", Row::number);

    @Test
    void tricky_text_survives_a_round_trip_through_a_standard_parser() throws IOException {
        String tricky = "Commas, \"quotes\" and\na new line — « Petit Livre Rouge » 小红书";
        byte[] csv = write(new Row(tricky, List.of("https://a.example/1", "https://b.example/2"),
                LocalDate.of(2025, 1, 19), Instant.parse("2025-01-17T15:00:00Z"), PublicationState.IN_REVIEW, 12));

        List<CsvRecord> records = parse(csv);
        assertThat(records.get(0).getFields()).containsExactly("text", "many", "day", "at", "state", "number");
        assertThat(records.get(1).getFields()).containsExactly(tricky, "https://a.example/1|https://b.example/2",
                "2025-01-19", "2025-01-17T15:00:00Z", "IN_REVIEW", "12");
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_and_uses_crlf_line_ends() throws IOException {
        byte[] csv = write(new Row("x", List.of(), LocalDate.of(2020, 9, 18), Instant.EPOCH, PublicationState.DRAFT, 1));
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("number\r\nx,,2020-09-18,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised(String formula) throws IOException {
        byte[] csv = write(new Row(formula, List.of(formula), LocalDate.EPOCH, Instant.EPOCH, PublicationState.DRAFT, 0));
        CsvRecord row = parse(csv).get(1);
        assertThat(row.getField(0)).isEqualTo("'" + formula);
        assertThat(row.getField(1)).isEqualTo("'" + formula);
    }

    @Test
    void null_is_an_empty_cell_and_safe_text_is_left_alone() {
        assertThat(FormulaCells.neutralise(CsvTable.text(null))).isEmpty();
        assertThat(FormulaCells.neutralise("TikTok = ByteDance")).isEqualTo("TikTok = ByteDance");
    }

    @Test
    void a_table_without_rows_is_the_header_alone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTable.RowWriter<Row> writer = TABLE.open(out)) {
            assertThat(writer.rows()).isZero();
        }
        assertThat(parse(out.toByteArray())).hasSize(1);
    }

    @Test
    void a_stream_is_written_in_chunks_in_its_order_with_every_row_counted() throws IOException {
        List<Integer> chunkSizes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = TABLE.write(IntStream.range(0, 2_501).boxed(), 1000, chunk -> {
            chunkSizes.add(chunk.size());
            return chunk.stream().map(CsvTableTest::numbered).toList();
        }, out);

        assertThat(written).isEqualTo(2_501);
        assertThat(chunkSizes).containsExactly(1000, 1000, 501);
        List<CsvRecord> records = parse(out.toByteArray());
        assertThat(records).hasSize(2_502);
        assertThat(records.subList(1, records.size())).extracting(record -> record.getField(5))
                .containsExactlyElementsOf(IntStream.range(0, 2_501).mapToObj(String::valueOf).toList());
    }

    @Test
    void a_client_that_goes_away_stops_the_reading_with_the_write_failure() {
        AtomicInteger chunksRead = new AtomicInteger();
        OutputStream brokenPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Stream<Integer> endless = Stream.iterate(0, i -> i + 1);

        assertThatThrownBy(() -> TABLE.write(endless, 1000, chunk -> {
            chunksRead.incrementAndGet();
            return chunk.stream().map(CsvTableTest::numbered).toList();
        }, brokenPipe)).isInstanceOf(IOException.class).hasMessageContaining("Broken pipe");
        assertThat(chunksRead.get()).isLessThan(20);
    }

    @Test
    void a_failure_while_reading_reaches_the_caller_and_stops_the_writing_thread() {
        Stream<Integer> failing = IntStream.range(0, 5_000).boxed().peek(i -> {
            if (i == 3_500) {
                throw new IllegalStateException("Database went away");
            }
        });

        assertThatThrownBy(() -> TABLE.write(failing, 1000,
                chunk -> chunk.stream().map(CsvTableTest::numbered).toList(), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class).hasMessage("Database went away");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("csv-writer"));
    }

    @Test
    void rising_close_ids_are_looked_up_by_range_and_scattered_ones_by_list() {
        assertThat(CsvTable.isNarrowRange(List.of(10L, 11L, 15L, 20L))).isTrue();
        assertThat(CsvTable.isNarrowRange(List.of(10L, 9L, 11L))).isFalse();
        assertThat(CsvTable.isNarrowRange(List.of(1L, 500_000L))).isFalse();
        assertThat(CsvTable.isNarrowRange(List.of())).isFalse();
    }

    private static Row numbered(int number) {
        return new Row("row " + number, List.of(), LocalDate.EPOCH, Instant.EPOCH, PublicationState.DRAFT, number);
    }

    @Test
    void the_file_name_carries_the_date() {
        assertThat(CsvTable.fileName("concerns", LocalDate.of(2026, 11, 25))).isEqualTo("concerns-2026-11-25.csv");
    }

    private static byte[] write(Row row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTable.RowWriter<Row> writer = TABLE.open(out)) {
            writer.write(row);
            assertThat(writer.rows()).isEqualTo(1);
        }
        return out.toByteArray();
    }

    /** Parses as any standard reader would, after skipping the byte-order mark. */
    static List<CsvRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text.substring(1))) {
            return reader.stream().toList();
        }
    }
}
