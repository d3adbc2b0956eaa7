package io.tickwise.kernel.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The recorder a guest kernel entity keeps for itself while traced: each vCPU's label over time,
 * a step only when it changes (several changes at one instant keep the last).
 */
public final class GuestTimeline {
    private final String kernel;
    private final int[] hostThreads;
    private final List<List<GuestStep>> vcpus = new ArrayList<>();

    public GuestTimeline(String kernel, int[] hostThreads) {
        this.kernel = kernel;
        this.hostThreads = hostThreads.clone();
        for (int v = 0; v < hostThreads.length; v++) {
            vcpus.add(new ArrayList<>(List.of(new GuestStep(0, ""))));
        }
    }

    public void set(int vcpu, long now, String label) {
        List<GuestStep> steps = vcpus.get(vcpu);
        GuestStep last = steps.get(steps.size() - 1);
        if (last.label().equals(label)) {
            return;
        }
        if (last.timeNs() == now) {
            steps.remove(steps.size() - 1);
            if (!steps.isEmpty() && steps.get(steps.size() - 1).label().equals(label)) {
                return;
            }
        }
        steps.add(new GuestStep(now, label));
    }

    public GuestTrace trace() {
        return new GuestTrace(kernel, Arrays.stream(hostThreads).boxed().toList(), vcpus);
    }
}
