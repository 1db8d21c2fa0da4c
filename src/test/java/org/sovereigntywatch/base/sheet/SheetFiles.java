package org.sovereigntywatch.base.sheet;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the files the sheet tests read, into a test's temporary directory. */
final class SheetFiles {

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            </Types>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>""";

    private static final String MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Path directory;
    private int files;

    SheetFiles(Path directory) {
        this.directory = directory;
    }

    Path text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    Path bytes(byte[] bytes) {
        try {
            return Files.write(next("csv"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook as fastexcel writes it, Excel's way: shared strings, styles, a cached value for each formula. */
    Path workbook(Consumer<Worksheet> first) {
        return workbook(first, sheet -> { });
    }

    Path workbook(Consumer<Worksheet> first, Consumer<Worksheet> second) {
        Path file = next("xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "SheetReaderTest", "1.0");
            first.accept(workbook.newWorksheet("First"));
            second.accept(workbook.newWorksheet("Second"));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A minimal workbook around a first sheet's {@code <sheetData>} written by hand, for what no writer makes. */
    Path rawWorkbook(String sheetData, String... sharedStrings) {
        StringBuilder strings = new StringBuilder("<sst xmlns=\"" + MAIN_NAMESPACE + "\">");
        for (String string : sharedStrings) {
            strings.append("<si><t>").append(string).append("</t></si>");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES);
        parts.put("xl/workbook.xml", WORKBOOK);
        parts.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        parts.put("xl/sharedStrings.xml", strings.append("</sst>").toString());
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN_NAMESPACE + "\">"
                + "<sheetData>" + sheetData + "</sheetData></worksheet>");
        return zip(parts);
    }

    Path zip(Map<String, String> parts) {
        Path file = next("xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Path next(String extension) {
        return directory.resolve("file-" + ++files + "." + extension);
    }
}
