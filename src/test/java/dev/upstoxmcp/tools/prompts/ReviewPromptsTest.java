package dev.upstoxmcp.tools.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolCallException;
import org.junit.jupiter.api.Test;

class ReviewPromptsTest {

    private static final Pattern TOOL_NAME = Pattern.compile("\\b(?:get|analyze|compare|search)_[a-z_]+[a-z]");

    private final ReviewPrompts prompts = new ReviewPrompts();

    @Test
    void everyToolAPromptNamesIsATool() {
        Set<String> tools = new HashSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.upstoxmcp.tools")) {
            for (Method method : type.reflect().getDeclaredMethods()) {
                if (method.isAnnotationPresent(Tool.class)) tools.add(method.getAnnotation(Tool.class).name());
            }
        }
        assertTrue(tools.contains("get_holdings"), tools.toString());
        for (String text : List.of(prompts.holdOrSellReview(Optional.empty()), prompts.governanceReview(
                Optional.empty()), prompts.investmentModelReview(Optional.empty()), prompts.portfolioBetaChart(
                Optional.empty(), Optional.empty()))) {
            Matcher named = TOOL_NAME.matcher(text);
            int count = 0;
            while (named.find()) {
                assertTrue(tools.contains(named.group()), named.group() + " is not a tool");
                count++;
            }
            assertTrue(count > 0, text);
        }
    }

    @Test
    void theBetaChartAsksForTheGivenIndexAndSpanWithCharts() {
        String text = prompts.portfolioBetaChart(Optional.of("NIFTY BANK"), Optional.of("5"));
        assertTrue(text.contains("Call get_portfolio_beta with benchmark \"NIFTY BANK\", years 5 and chart true"),
                text);
        assertTrue(prompts.portfolioBetaChart(Optional.empty(), Optional.empty())
                .contains("benchmark \"NIFTY 50\", years 3"));
    }

    @Test
    void numbersOutOfRangeAreRefusedWithTheRange() {
        assertEquals("years must be a whole number from 1 to 10, got \"eleven\".", assertThrows(
                ToolCallException.class, () -> prompts.portfolioBetaChart(Optional.empty(), Optional.of("eleven")))
                .getMessage());
        assertThrows(ToolCallException.class, () -> prompts.governanceReview(Optional.of("0")));
        assertTrue(prompts.governanceReview(Optional.of("6")).contains("lookback_months 6"));
    }

    @Test
    void modelsAreChosenByNameAndEachStatesItsRule() {
        String text = prompts.investmentModelReview(Optional.of("Value, low-volatility"));
        assertTrue(text.contains("P/E is below its sector's P/E"), text);
        assertTrue(text.contains("weekly beta to NIFTY 50 over 3 years is at most 0.90"), text);
        assertFalse(text.contains("ROCE >= 15 %"), text);
        assertTrue(prompts.investmentModelReview(Optional.empty()).contains("single holding above 10 %"));
        ToolCallException unknown = assertThrows(ToolCallException.class,
                () -> prompts.investmentModelReview(Optional.of("growth")));
        assertEquals("models: unknown model \"growth\"; choose from quality, value, momentum, low_volatility, "
                + "concentration.", unknown.getMessage());
    }

    @Test
    void percentSignsSurviveFormatting() {
        assertTrue(prompts.holdOrSellReview(Optional.of("TCS")).contains("holding | weight % | P&L %"));
    }
}
