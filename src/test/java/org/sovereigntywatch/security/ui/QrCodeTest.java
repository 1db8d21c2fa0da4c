package org.sovereigntywatch.security.ui;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodeTest {

    private static final String ADDRESS = "otpauth://totp/Sovereignty%20Watch:analyst?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=Sovereignty%20Watch&algorithm=SHA1&digits=6&period=30";

    @Test
    void the_svg_reads_back_as_the_address_and_is_labelled_for_screen_readers() throws Exception {
        String svg = QrCode.svg(ADDRESS, "QR code \"for\" <apps>");

        assertThat(svg).startsWith("<svg").contains("role=\"img\"")
                .contains("aria-label=\"QR code &quot;for&quot; &lt;apps>\"");
        assertThat(decode(svg)).isEqualTo(ADDRESS);
    }

    /** Paints the SVG's rectangles into pixels, 4 per module, and lets ZXing's reader scan them. */
    private static String decode(String svg) throws Exception {
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        int scale = 4;
        int width = Integer.parseInt(size.group(1)) * scale;
        int height = Integer.parseInt(size.group(2)) * scale;
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xffffffff);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z").matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int py = y * scale; py < (y + 1) * scale; py++) {
                for (int px = x0 * scale; px < (x0 + length) * scale; px++) {
                    pixels[py * width + px] = 0xff000000;
                }
            }
        }
        LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
