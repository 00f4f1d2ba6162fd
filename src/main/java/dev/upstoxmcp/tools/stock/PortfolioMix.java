package dev.upstoxmcp.tools.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.upstoxmcp.tools.allocation.DiversificationAnswer.HoldingLine;

/**
 * Today's delivery holdings as arrays for {@link dev.upstoxmcp.analytics.PositionChange}: values, weekly betas (NaN
 * when unknown) and membership of the analysed stock's sector. A stock not held is added with value 0.
 */
record PortfolioMix(double[] values, double[] betas, boolean[] sameSector, int index, String sector) {

    static PortfolioMix of(List<HoldingLine> holdings, Map<String, Double> weeklyBetas, String symbol,
                           String profileSector, Double stockBeta) {
        List<HoldingLine> lines = new ArrayList<>(holdings);
        int index = -1;
        for (int i = 0; i < lines.size(); i++) if (symbol.equals(lines.get(i).symbol())) index = i;
        String sector = index >= 0 ? lines.get(index).sector() : profileSector;
        int size = lines.size() + (index < 0 ? 1 : 0);
        double[] values = new double[size];
        double[] betas = new double[size];
        boolean[] same = new boolean[size];
        for (int i = 0; i < lines.size(); i++) {
            HoldingLine line = lines.get(i);
            values[i] = line.value().doubleValue();
            Double beta = weeklyBetas.get(line.symbol());
            betas[i] = beta == null ? Double.NaN : beta;
            same[i] = sector != null && Objects.equals(sector, line.sector());
        }
        if (index < 0) {
            index = size - 1;
            betas[index] = stockBeta == null ? Double.NaN : stockBeta;
            same[index] = sector != null;
        }
        return new PortfolioMix(values, betas, same, index, sector);
    }

    boolean hasBetas() {
        for (double beta : betas) if (!Double.isNaN(beta)) return true;
        return false;
    }
}
