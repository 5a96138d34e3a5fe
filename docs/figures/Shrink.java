import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Shrinks a plot the runner drew for the documentation: optionally keeps only the rows of panels
 * from pixel FROM to pixel TO of the original (the runner draws panel rows 360 px tall), scales
 * it to at most WIDTH pixels wide (bicubic, on white) and stores it with the 256-colour palette
 * of the JDK, which keeps a line plot legible at a fraction of the bytes. Run as a source file:
 * {@code java docs/figures/Shrink.java IN.png OUT.png [WIDTH [FROM TO]]}.
 */
public final class Shrink {

    private Shrink() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java Shrink.java IN.png OUT.png [WIDTH [FROM TO]]");
            System.exit(2);
        }
        BufferedImage in = ImageIO.read(new File(args[0]));
        if (in == null) {
            System.err.println("not an image: " + args[0]);
            System.exit(1);
        }
        if (args.length > 4) {
            int from = Integer.parseInt(args[3]);
            int to = Math.min(Integer.parseInt(args[4]), in.getHeight());
            in = in.getSubimage(0, from, in.getWidth(), to - from);
        }
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 640;
        int w = Math.min(width, in.getWidth());
        int h = (int) Math.round(in.getHeight() * (double) w / in.getWidth());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(in, 0, 0, w, h, Color.WHITE, null);
        g.dispose();
        ImageIO.write(out, "png", new File(args[1]));
    }
}
