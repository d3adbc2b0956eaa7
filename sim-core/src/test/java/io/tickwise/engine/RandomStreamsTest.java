package io.tickwise.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A source of randomness draws the same numbers in every model that has it, whatever else the model does. */
class RandomStreamsTest {

    /** Spawns {@code entitiesBefore} entities and takes {@code others} streams, then draws from {@code source}. */
    private static List<Long> draws(long seed, int entitiesBefore, List<String> others, String source) {
        List<Long> drawn = new ArrayList<>();
        BuiltWorld.build(new Simulation<Void>() {
            @Override
            public void build(World world) {
                for (int i = 0; i < entitiesBefore; i++) {
                    world.spawn("e" + i, (String m, Context<String> c) -> { });
                }
                others.forEach(o -> world.stream(o).nextLong());
                SplittableRandom stream = world.stream(source);
                for (int i = 0; i < 4; i++) {
                    drawn.add(stream.nextLong());
                }
            }

            @Override
            public Void result(RunStats stats) {
                return null;
            }
        }, seed);
        return drawn;
    }

    @Test
    void aStreamDependsOnTheSeedAndItsSourceOnly() {
        List<Long> alone = draws(11, 0, List.of(), "host-placement");
        assertEquals(alone, draws(11, 40, List.of("first-placement", "guest-placement"), "host-placement"));
        assertNotEquals(alone, draws(11, 0, List.of(), "guest-placement"));
        assertNotEquals(alone, draws(12, 0, List.of(), "host-placement"));
    }

    @Test
    void aSourceIsTakenOncePerRun() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> draws(11, 0, List.of("host-placement"), "host-placement"));
        assertEquals("the random stream of 'host-placement' is taken twice", e.getMessage());
    }
}
