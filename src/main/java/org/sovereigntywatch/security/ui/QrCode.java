package org.sovereigntywatch.security.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.Svg;

import java.util.Map;

/**
 * A QR code drawn on the server as inline SVG: no image request, no script, nothing a Content-Security-Policy must
 * allow beyond the page itself. Dark modules on a white square with the standard quiet zone, so phones read it on a
 * dark theme too.
 */
final class QrCode {

    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** The code for {@code text}, described by {@code label} for screen readers. */
    static Svg of(String text, String label) {
        Svg svg = new Svg(svg(text, label));
        svg.addClassName("qr-code");
        return svg;
    }

    static String svg(String text, String label) {
        BitMatrix modules = encode(text);
        int width = modules.getWidth();
        int height = modules.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && modules.get(x, y)) {
                    x++;
                }
                // One rectangle per run of dark modules in a row keeps the path short.
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\""
                + " role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix encode(String text) {
        try {
            // Size 0: one unit per module, plus the quiet zone; the SVG scales it.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Cannot draw a QR code of " + text.length() + " characters", tooLong);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
