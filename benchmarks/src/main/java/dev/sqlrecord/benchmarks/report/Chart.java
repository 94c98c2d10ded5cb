package dev.sqlrecord.benchmarks.report;

import static dev.sqlrecord.benchmarks.report.Report.CONTENDER_NAMES;
import static dev.sqlrecord.benchmarks.report.Report.STORAGES;
import static dev.sqlrecord.benchmarks.report.Report.WORKLOADS;
import static dev.sqlrecord.benchmarks.report.Report.WORKLOAD_NAMES;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A horizontal grouped bar chart, drawn with Java2D: per workload and storage, each contender's
 * throughput as a multiple of hand-written JDBC's, with the 1.0 line and sqlrecord's 0.95 target.
 */
final class Chart {
    private static final Map<String, Color> COLORS = Map.of(
            "jdbc", new Color(0x55, 0x55, 0x55),
            "sqlrecord", new Color(0xD6, 0x27, 0x28),
            "jooq", new Color(0x1F, 0x77, 0xB4),
            "jdbi", new Color(0x2C, 0xA0, 0x2C),
            "spring", new Color(0x6B, 0xAE, 0xD6),
            "hibernate", new Color(0x94, 0x67, 0xBD),
            "drizzle", new Color(0xFF, 0x7F, 0x0E),
            "better-sqlite3", new Color(0xFF, 0xBB, 0x78));
    private static final int BAR = 13;
    private static final int GROUP_GAP = 18;
    private static final int LEFT = 190;
    private static final int PLOT = 760;
    private static final int TOP = 70;

    private Chart() {}

    static void write(Report.Table table, Path png, String title) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> contenders = table.contenders;
        int groups = WORKLOADS.size() * STORAGES.size();
        int groupHeight = contenders.size() * BAR + GROUP_GAP;
        int legendHeight = 30 + 18 * ((contenders.size() + 3) / 4);
        int width = LEFT + PLOT + 70;
        int height = TOP + groups * groupHeight + 40 + legendHeight;

        double max = 1.2;
        for (String w : WORKLOADS) {
            for (String s : STORAGES) {
                for (String c : contenders) {
                    double r = table.bestRatio(w, s, c);
                    if (!Double.isNaN(r)) {
                        max = Math.max(max, r);
                    }
                }
            }
        }
        max = Math.ceil(max * 5) / 5;

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);

        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, 20, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(
                "bar = contender's throughput ÷ hand-written JDBC's, same workload and storage: Java contenders"
                        + " taking turns with JDBC in one JVM (both orientations), Node from separate runs; dashed: 0.95",
                20,
                46);

        int plotBottom = TOP + groups * groupHeight;
        // grid and axis labels
        for (double x = 0; x <= max + 1e-9; x += 0.2) {
            int px = LEFT + (int) Math.round(x / max * PLOT);
            g.setColor(new Color(0xE6, 0xE6, 0xE6));
            g.drawLine(px, TOP - 6, px, plotBottom);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, "%.1f", x);
            g.drawString(label, px - g.getFontMetrics().stringWidth(label) / 2, plotBottom + 14);
        }

        int y = TOP;
        for (String workload : WORKLOADS) {
            for (String storage : STORAGES) {
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
                g.drawString(WORKLOAD_NAMES.get(workload), 12, y + groupHeight / 2 - 4);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
                g.drawString(storage, 12, y + groupHeight / 2 + 10);
                int by = y;
                for (String c : contenders) {
                    double r = table.bestRatio(workload, storage, c);
                    if (!Double.isNaN(r)) {
                        int len = (int) Math.round(r / max * PLOT);
                        g.setColor(COLORS.getOrDefault(c, Color.GRAY));
                        g.fillRect(LEFT, by + 1, Math.max(1, len), BAR - 2);
                        g.setColor(Color.DARK_GRAY);
                        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
                        g.drawString(String.format(Locale.ROOT, "%.2f", r), LEFT + len + 4, by + BAR - 2);
                    }
                    by += BAR;
                }
                y += groupHeight;
                g.setColor(new Color(0xCC, 0xCC, 0xCC));
                g.drawLine(10, y - GROUP_GAP / 2, LEFT + PLOT, y - GROUP_GAP / 2);
            }
        }

        // 1.0 and the 0.95 target
        int one = LEFT + (int) Math.round(1.0 / max * PLOT);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(one, TOP - 6, one, plotBottom);
        int target = LEFT + (int) Math.round(Report.TARGET_RATIO / max * PLOT);
        g.setColor(COLORS.get("sqlrecord"));
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        g.drawLine(target, TOP - 6, target, plotBottom);
        g.setStroke(new BasicStroke(1f));

        // legend
        int ly = plotBottom + 40;
        int lx = 20;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < contenders.size(); i++) {
            String c = contenders.get(i);
            int cx = lx + (i % 4) * 240;
            int cy = ly + (i / 4) * 18;
            g.setColor(COLORS.getOrDefault(c, Color.GRAY));
            g.fillRect(cx, cy - 10, 14, 12);
            g.setColor(Color.BLACK);
            g.drawString(CONTENDER_NAMES.get(c), cx + 20, cy);
        }
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(image, "png", png.toFile());
    }
}
