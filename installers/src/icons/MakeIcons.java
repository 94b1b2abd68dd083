import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/// Draws Steward's icon (a shield with a check mark) and writes it in the three formats jpackage wants:
/// steward.png (Linux), steward.ico (Windows) and steward.icns (macOS). Both containers hold PNG images,
/// which Windows Vista+ and macOS 10.7+ read, so no image tool beyond the JDK is needed.
///
/// Run from this folder with a JDK 25:  java MakeIcons.java
/// The outputs are committed; run again only when the design changes.
public class MakeIcons {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(out.resolve("steward.png"), png(256));
        Files.write(out.resolve("steward.ico"), ico(16, 32, 48, 256));
        Files.write(out.resolve("steward.icns"), icns());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2B6F86), 0, 256, new Color(0x143A4A)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        GeneralPath shield = new GeneralPath();
        shield.moveTo(128, 40);
        shield.lineTo(200, 66);
        shield.curveTo(200, 140, 176, 190, 128, 218);
        shield.curveTo(80, 190, 56, 140, 56, 66);
        shield.closePath();
        g.setColor(new Color(0xF4F7F8));
        g.fill(shield);

        GeneralPath check = new GeneralPath();
        check.moveTo(94, 128);
        check.lineTo(120, 154);
        check.lineTo(166, 100);
        g.setColor(new Color(0x1F7A4D));
        g.setStroke(new BasicStroke(20, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check);
        g.dispose();
        return img;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", bytes);
        return bytes.toByteArray();
    }

    /// ICONDIR header, one ICONDIRENTRY per size, then the PNG data of each.
    static byte[] ico(int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
        }
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (byte[] image : images) {
            total += image.length;
        }
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            int s = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256 in an ICONDIRENTRY
            buf.put((byte) s).put((byte) s).put((byte) 0).put((byte) 0);
            buf.putShort((short) 1).putShort((short) 32);
            buf.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            buf.put(image);
        }
        return buf.array();
    }

    /// 'icns' header then typed PNG entries: ic07 = 128 px, ic08 = 256 px, ic09 = 512 px.
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09"};
        int[] sizes = {128, 256, 512};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            body.write(types[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.write(ByteBuffer.allocate(4).putInt(8 + image.length).array());
            body.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        file.write(ByteBuffer.allocate(4).putInt(8 + body.size()).array());
        body.writeTo(file);
        return file.toByteArray();
    }
}
