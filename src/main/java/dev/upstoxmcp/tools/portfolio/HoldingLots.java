package dev.upstoxmcp.tools.portfolio;

import java.util.List;

import dev.upstoxmcp.upstox.dto.Holding;

/**
 * One delivery holding with its open lots, oldest first. The lots' quantities sum to the holding's and their costs
 * to its invested amount ({@code average_price × quantity}, as get_holdings).
 *
 * @param equity whether Indian equity tax terms apply (shares and ETFs; not gold bonds)
 * @param reconciled whether the trade history explains the holding exactly (else its lots were trimmed)
 */
public record HoldingLots(Holding holding, boolean equity, List<OpenLot> lots, boolean reconciled) {}
