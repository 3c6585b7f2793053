package io.onewindow.license.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A licence QR reads back whatever the token's length: short ones and ones near the QR code's capacity. */
class QrCodesTests {

    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    @Test
    void shortAndLongTokensDecodeWithModulesOfAtLeastThreePixels() throws Exception {
        for (int length : new int[] {40, 600, 1500, 2600}) {
            String token = "OW1." + "AbCdEfGh-_01234".repeat(length / 15 + 1).substring(0, length);
            byte[] png = QrCodes.png(token, 360);
            assertThat(decode(png)).as("token of %d characters", length).isEqualTo(token);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(3 * 25);
        }
    }
}
