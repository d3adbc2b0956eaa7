package io.tickwise.sweep;

import com.typesafe.config.ConfigFactory;
import org.apache.pekko.actor.ExtendedActorSystem;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.serialization.SerializationExtension$;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorStartTest {

    private static boolean serializationLoaded(Simulator simulator) {
        return ((ExtendedActorSystem) Adapter.toClassic(simulator.system())).hasExtension(SerializationExtension$.MODULE$);
    }

    /** The local simulator leaves serialization (every serializer on the class path) until something needs it. */
    @Test
    void aLocalSimulatorStartsWithoutLibraryExtensions() {
        try (Simulator local = Simulator.start()) {
            assertFalse(serializationLoaded(local));
        }
        try (Simulator configured = Simulator.start(ConfigFactory.empty())) {
            assertTrue(serializationLoaded(configured), "a node given its own configuration keeps Pekko's defaults");
        }
    }
}
