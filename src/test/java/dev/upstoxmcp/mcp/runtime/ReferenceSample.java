package dev.upstoxmcp.mcp.runtime;

import java.util.List;
import java.util.stream.IntStream;

import dev.upstoxmcp.mcp.Complete;
import dev.upstoxmcp.mcp.Resource;
import dev.upstoxmcp.mcp.ToolCallException;

/** Resources and completers for the runtime's tests. */
public class ReferenceSample {

    public record Fact(String itemName, int count) {}

    @Resource(uri = "sample://notes", name = "notes", mimeType = "text/markdown", description = "Some notes.")
    public String notes() {
        return "# Notes";
    }

    @Resource(uri = "sample://fact", name = "fact", description = "A fact as JSON.")
    public Fact fact() {
        return new Fact("apples", 3);
    }

    @Resource(uri = "sample://pixel", name = "pixel", mimeType = "image/png", description = "Bytes.")
    public byte[] pixel() {
        return new byte[] {1, 2, 3};
    }

    @Resource(uri = "sample://days/{year}/{month}", name = "days", description = "Days of a month.")
    public String days(String month, String year) {
        if (!month.matches("\\d{1,2}")) throw new ToolCallException("month must be 1-12; got " + month);
        return year + "-" + month;
    }

    @Complete(resource = "sample://days/{year}/{month}", argument = "month")
    public List<String> months(String typed) {
        return IntStream.rangeClosed(1, 12).mapToObj(Integer::toString).filter(m -> m.startsWith(typed)).toList();
    }

    @Complete(prompt = "big_prompt", argument = "item")
    public List<String> items(String typed) {
        return IntStream.range(0, 250).mapToObj(i -> typed + i).toList();
    }
}
