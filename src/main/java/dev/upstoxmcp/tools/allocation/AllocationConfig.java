package dev.upstoxmcp.tools.allocation;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Market-cap size classes, in INR crore. AMFI classes the top 100 listed companies by six-month average market
 * capitalisation as large caps and the next 150 as mid caps; in 2025 the cut-offs were near ₹1,00,000 crore and
 * ₹30,000 crore, the defaults here.
 */
@ApplicationScoped
public class AllocationConfig {

    @Inject
    @ConfigProperty(name = "allocation.market-cap.large-from-crore")
    BigDecimal largeCapFromCrore;

    @Inject
    @ConfigProperty(name = "allocation.market-cap.mid-from-crore")
    BigDecimal midCapFromCrore;

    public AllocationConfig() {}

    /** For tests: explicit thresholds. */
    public AllocationConfig(BigDecimal largeCapFromCrore, BigDecimal midCapFromCrore) {
        this.largeCapFromCrore = largeCapFromCrore;
        this.midCapFromCrore = midCapFromCrore;
    }

    BigDecimal largeCapFromCrore() {
        return largeCapFromCrore;
    }

    BigDecimal midCapFromCrore() {
        return midCapFromCrore;
    }
}
