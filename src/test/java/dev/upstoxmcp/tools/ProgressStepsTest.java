package dev.upstoxmcp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ProgressStepsTest {

    final List<int[]> steps = new ArrayList<>();
    final ProgressSteps counter = new ProgressSteps((done, total, message) -> {
        synchronized (steps) {
            steps.add(new int[] {done, total});
        }
    }, 2);

    @Test
    void theTotalGrowsBeforeTheFirstStepAndFinishReachesIt() {
        counter.total(4);
        counter.done("a");
        counter.done("b");
        counter.finish("done");
        assertEquals(List.of("1/4", "2/4", "4/4"), steps.stream().map(s -> s[0] + "/" + s[1]).toList());
    }

    @Test
    void stepsFromParallelThreadsAreCountedOnce() {
        counter.total(101);
        IntStream.range(0, 100).parallel().forEach(i -> counter.done("fetch " + i));
        counter.finish("done");
        assertEquals(101, steps.size());
        assertEquals(List.of(100, 101), steps.stream().map(s -> s[0]).filter(done -> done >= 100).sorted().toList());
        assertEquals(100, steps.stream().mapToInt(s -> s[0]).distinct().count() - 1);
    }

    @Test
    void aTotalBelowTheStepsDoneIsRaised() {
        counter.done("a");
        counter.done("b");
        counter.total(1);
        assertEquals(2, counter.total());
    }
}
