package io.tickwise.host.hypervisor;

import io.tickwise.host.topology.Topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Where threads created one after another on an idle host first ran: fork balancing compares
 * SMT groups, so each new thread takes an idle core while there is one, then the idle siblings.
 * Which idle core is arbitrary (seeded). This is where a VM's vCPU threads last ran when it booted.
 */
public final class ThreadSpread {

    /** The source of randomness of where host threads first ran, before the run starts. */
    public static final String STREAM = "first-placement";

    private ThreadSpread() {
    }

    public static int[] of(int threads, Topology topology, SplittableRandom random) {
        List<Integer> order = new ArrayList<>();
        Random shuffler = new Random(random.nextLong());
        for (int sibling = 0; sibling < topology.threadsPerCore(); sibling++) {
            List<Integer> cores = new ArrayList<>();
            for (int core = 0; core < topology.physicalCores(); core++) {
                cores.add(core);
            }
            Collections.shuffle(cores, shuffler);
            for (int core : cores) {
                order.add(topology.logicalProcessor(core, sibling));
            }
        }
        int[] placed = new int[threads];
        for (int i = 0; i < threads; i++) {
            placed[i] = order.get(i % order.size());
        }
        return placed;
    }
}
